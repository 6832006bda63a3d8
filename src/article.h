/*
 * article.h: one article as read by a reader (read_html.c, read_text.c),
 * before any analysis: metadata and the normalised UTF-8 text that every
 * later span points into.
 *
 * Spans: for plain text, text is the file exactly as given (so offsets are
 * offsets into the file); for HTML, text is the extracted body, one
 * paragraph per line, which `show` and `extract` print.
 */
#ifndef ARTICLE_H
#define ARTICLE_H

#include <stddef.h>
#include <stdint.h>

#include "nl.h"

struct article {
    const char *input;      /* input name as given ("-" for stdin); arena */
    const char *doc_id;     /* file name without directory and extension; arena */
    const char *text;       /* UTF-8, NUL-terminated; arena */
    size_t text_len;        /* bytes of text */
    struct span body;       /* the article body within text (after header lines) */
    int is_html;            /* 1 when read from HTML */
    const char *title;      /* NULL when unknown; arena, as are all strings below */
    const char *outlet;     /* normalised outlet name */
    const char *url;        /* canonical URL */
    const char *author;
    const char *language;   /* "en", ... */
    const char *published;  /* "YYYY-MM-DD" or "YYYY-MM-DDThh:mm[:ss][zone]" as found */
    const char *published_source; /* where it came from: "header", "option", "json-ld",
                                     "meta:<name>", "time", "byline", "url", ... */
    struct span published_span;   /* where in text the date was read (len 0 if not in text) */
    const char *modified;   /* last-modified date, same shape as published */
    int32_t published_day;  /* local date of publication, days since 1970-01-01, or DAY_NONE */
    struct span *paragraphs; /* body paragraphs (HTML); arena */
    size_t nparagraphs;
    char content_hash[33];  /* hex of a 128-bit hash of the raw input bytes */
};

#endif
