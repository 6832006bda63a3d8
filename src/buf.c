/*
 * buf.c: growable NUL-terminated byte strings; see buf.h.
 */
#include "buf.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "utf8.h"
#include "banned.h"

void buf_init(struct buf *b, size_t max_bytes)
{
    b->buf = NULL;
    b->len = 0;
    b->alloc = 0;
    b->max_bytes = max_bytes;
}

void buf_release(struct buf *b)
{
    free(b->buf);
    b->buf = NULL;
    b->len = b->alloc = 0;
}

void buf_reset(struct buf *b)
{
    b->len = 0;
    if (b->buf)
        b->buf[0] = '\0';
}

char *buf_detach(struct buf *b, size_t *len)
{
    char *s;
    if (!b->buf && buf_grow(b, 0))
        return NULL;
    s = b->buf;
    if (len)
        *len = b->len;
    b->buf = NULL;
    b->len = b->alloc = 0;
    return s;
}

const char *buf_str(const struct buf *b)
{
    return b->buf ? b->buf : "";
}

enum nl_err buf_grow(struct buf *b, size_t extra)
{
    size_t need, n;
    char *p;

    if (extra > SIZE_MAX - b->len - 1)
        return NL_ETOOBIG;
    need = b->len + extra + 1;
    if (b->max_bytes && need - 1 > b->max_bytes)
        return NL_ETOOBIG;
    if (need <= b->alloc)
        return NL_OK;
    n = b->alloc ? b->alloc : 64;
    while (n < need)
        n = n > SIZE_MAX / 2 ? need : n * 2;
    p = nl_realloc(b->buf, n);
    if (!p)
        return NL_ENOMEM;
    if (!b->buf)
        p[0] = '\0';
    b->buf = p;
    b->alloc = n;
    return NL_OK;
}

enum nl_err buf_add(struct buf *b, const void *data, size_t len)
{
    /* the room is nearly always there: no buf_grow call then (without a
       ceiling; with one, buf_grow checks it) */
    if (b->max_bytes || len >= b->alloc - b->len) {
        enum nl_err e = buf_grow(b, len);
        if (e)
            return e;
    }
    if (len)
        memcpy(b->buf + b->len, data, len);
    b->len += len;
    b->buf[b->len] = '\0';
    return NL_OK;
}

enum nl_err buf_read_file(struct buf *b, FILE *f)
{
    for (;;) {
        size_t room = (size_t)1 << 16, n;
        enum nl_err e;
        if (b->max_bytes && room > b->max_bytes - b->len)
            room = b->max_bytes - b->len;
        if (room == 0) /* at the cap: one more byte is one too many */
            return getc(f) == EOF ? (ferror(f) ? NL_EIO : NL_OK) : NL_ETOOBIG;
        if ((e = buf_grow(b, room)))
            return e;
        n = b->alloc - b->len - 1;
        if (b->max_bytes && n > b->max_bytes - b->len)
            n = b->max_bytes - b->len;
        n = fread(b->buf + b->len, 1, n, f);
        b->len += n;
        b->buf[b->len] = '\0';
        if (n == 0)
            return ferror(f) ? NL_EIO : NL_OK;
    }
}

enum nl_err buf_read_path(struct buf *b, const char *path, const char *what,
                          struct nl_error *err)
{
    FILE *f = fopen(path, "rb");
    enum nl_err e;
    int saved;

    if (!f)
        return nl_error_set(err, NL_EIO, path, "cannot read '%s': %s", path, strerror(errno));
    e = buf_read_file(b, f);
    saved = errno;
    fclose(f);
    if (e == NL_OK)
        return NL_OK;
    if (e == NL_ETOOBIG)
        return nl_error_set(err, NL_EPARSE, path, "'%s' is too big for a %s", path, what);
    if (e == NL_ENOMEM)
        return nl_error_set(err, NL_ENOMEM, path, "out of memory");
    return nl_error_set(err, NL_EIO, path, "cannot read '%s': %s", path, strerror(saved));
}

enum nl_err buf_adds(struct buf *b, const char *s)
{
    return buf_add(b, s, strlen(s));
}

enum nl_err buf_addch(struct buf *b, int c)
{
    char ch = (char)c;
    return buf_add(b, &ch, 1);
}

enum nl_err buf_addf(struct buf *b, const char *fmt, ...)
{
    va_list ap;
    int n;
    enum nl_err e;

    va_start(ap, fmt);
    n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return NL_EINTERNAL;
    e = buf_grow(b, (size_t)n);
    if (e)
        return e;
    va_start(ap, fmt);
    vsnprintf(b->buf + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return NL_OK;
}

enum nl_err buf_add_json_str(struct buf *b, const char *s, size_t len)
{
    static const char hex[] = "0123456789abcdef";
    size_t i = 0, start = b->len;
    enum nl_err e = buf_addch(b, '"');

    while (!e && i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80) {
            uint32_t cp;
            size_t n = utf8_decode(s + i, len - i, &cp);
            if (n == 0) {
                e = buf_adds(b, "\xEF\xBF\xBD");
                i++;
            } else {
                e = buf_add(b, s + i, n);
                i += n;
            }
            continue;
        }
        switch (c) {
        case '"':
            e = buf_adds(b, "\\\"");
            break;
        case '\\':
            e = buf_adds(b, "\\\\");
            break;
        case '\n':
            e = buf_adds(b, "\\n");
            break;
        case '\t':
            e = buf_adds(b, "\\t");
            break;
        case '\r':
            e = buf_adds(b, "\\r");
            break;
        default:
            if (c < 0x20 || c == 0x7f) {
                char u[7] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15], 0};
                e = buf_add(b, u, 6);
            } else {
                e = buf_addch(b, c);
            }
        }
        i++;
    }
    if (!e)
        e = buf_addch(b, '"');
    if (e)
        buf_truncate(b, start);
    return e;
}

void buf_truncate(struct buf *b, size_t n)
{
    if (n < b->len) {
        b->len = n;
        b->buf[n] = '\0';
    }
}
