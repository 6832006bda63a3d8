/*
 * buf.h: the one growable string type (after git's strbuf and curl's dynbuf).
 *
 * Always NUL-terminated once anything was added; len is authoritative (the
 * text may hold NULs). An optional cap makes additions fail with NL_ETOOBIG.
 * A buf owns its memory: buf_release() frees it, buf_detach() hands it over.
 *
 *   struct buf b;
 *   buf_init(&b, 0);
 *   if (buf_addf(&b, "%d", n)) goto out;
 *   ...
 *   buf_release(&b);
 */
#ifndef BUF_H
#define BUF_H

#include <stddef.h>
#include <stdio.h>

#include "nl.h"

struct buf {
    char *buf;        /* NUL-terminated text, or NULL before the first add; owned */
    size_t len;       /* bytes used, not counting the NUL */
    size_t alloc;     /* bytes allocated */
    size_t max_bytes; /* cap on len; 0 means none */
};

void buf_init(struct buf *b, size_t max_bytes);
void buf_release(struct buf *b);
/* Keep the allocation, empty the text. */
void buf_reset(struct buf *b);
/* The text, handed to the caller (free() it); the buf is empty afterwards. Never NULL
 * unless out of memory. */
char *buf_detach(struct buf *b, size_t *len);
/* Text or "" (never NULL). Borrowed until the next change. */
const char *buf_str(const struct buf *b);

/* Each returns NL_OK, NL_ENOMEM or NL_ETOOBIG; on failure the buf is unchanged. */
enum nl_err buf_grow(struct buf *b, size_t extra);
enum nl_err buf_add(struct buf *b, const void *data, size_t len);
enum nl_err buf_adds(struct buf *b, const char *s);
enum nl_err buf_addch(struct buf *b, int c);
enum nl_err buf_addf(struct buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Append s[0..len) as a JSON string literal with quotes; invalid UTF-8 becomes U+FFFD. */
enum nl_err buf_add_json_str(struct buf *b, const char *s, size_t len);
/*
 * Append everything left in f. NL_EIO on a read error (errno says which),
 * NL_ETOOBIG when the file would pass the buf's cap, NL_ENOMEM; on failure
 * the bytes read so far stay in the buf.
 */
enum nl_err buf_read_file(struct buf *b, FILE *f);
/*
 * Append the whole file at path, as buf_read_file(), with err naming the file:
 * "cannot read 'PATH': reason", "'PATH' is too big for a WHAT" (NL_EPARSE, past
 * the buf's cap), or out of memory.
 */
enum nl_err buf_read_path(struct buf *b, const char *path, const char *what,
                          struct nl_error *err);
/* Drop trailing bytes so len becomes n (n <= len). */
void buf_truncate(struct buf *b, size_t n);

#endif
