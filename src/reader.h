/*
 * reader.h: files, folders and stdin -> struct article.
 *
 * A reader takes raw bytes and fills a struct article whose every string
 * lives in the caller's arena. read_html.c is the only file that includes
 * libxml2; read_text.c reads plain text and text dumps of pages.
 * reader_read_mem() picks one by content (not by file extension).
 *
 * How to add a reader: write read_<kind>.c with a
 * "enum nl_err read_<kind>(struct arena *, const char *name, const char *data,
 *  size_t len, const struct reader_opts *, struct article *, struct nl_error *)"
 * entry point, declare it below, teach reader_detect() to recognise its
 * input, and give it a fuzz target in tests/fuzz/.
 */
#ifndef READER_H
#define READER_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "article.h"
#include "nl.h"

struct reader_opts {
    /* Overrides from the command line; NULL when not given. */
    const char *title;
    const char *url;
    const char *outlet;
    const char *published; /* "YYYY-MM-DD" or ISO date-time */
    int32_t crawl_day;     /* dates after this day are impossible; DAY_NONE for none */
    size_t max_bytes;      /* input ceiling; 0 for the default (64 MiB) */
    nl_warn_fn warn;       /* may be NULL */
    void *warn_ud;
};

enum reader_kind { READER_TEXT, READER_HTML };

/* Which reader suits data, by content. */
enum reader_kind reader_detect(const char *data, size_t len);

/*
 * Read one article from memory. name is used in messages and for doc_id.
 * Errors: NL_EPARSE (empty, binary, invalid UTF-8 in text), NL_ENOMEM,
 * NL_ETOOBIG. Every string of *out borrows from a.
 */
enum nl_err reader_read_mem(struct arena *a, const char *name, const char *data, size_t len,
                            const struct reader_opts *opts, struct article *out,
                            struct nl_error *err);

/*
 * Read the file at path ("-" = stdin) into a buffer the caller frees with
 * free(). Errors: NL_EIO (with strerror), NL_ETOOBIG, NL_ENOMEM.
 */
enum nl_err reader_slurp(const char *path, size_t max_bytes, char **data, size_t *len,
                         struct nl_error *err);

/* Read the file at path into *out (reader_slurp + reader_read_mem). */
enum nl_err reader_read_file(struct arena *a, const char *path, const struct reader_opts *opts,
                             struct article *out, struct nl_error *err);

/* The individual readers. */
enum nl_err read_text(struct arena *a, const char *name, const char *data, size_t len,
                      const struct reader_opts *opts, struct article *out, struct nl_error *err);
enum nl_err read_html(struct arena *a, const char *name, const char *data, size_t len,
                      const struct reader_opts *opts, struct article *out, struct nl_error *err);

#endif
