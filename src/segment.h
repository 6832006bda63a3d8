/*
 * segment.h: sentences and tokens of an article's text.
 *
 * Pure function of the text. Tokens and sentences are spans into the text
 * (nothing is copied). Knows news abbreviations (U.S., Sept., Mr., Gen.),
 * quotes, headlines and datelines; a blank line always ends a sentence.
 */
#ifndef SEGMENT_H
#define SEGMENT_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "nl.h"

enum token_kind {
    TOK_WORD,  /* letters, with inner hyphens/apostrophes/periods (U.S.) */
    TOK_NUM,   /* digits, with inner , . : / (2,000  10:35  3.5) */
    TOK_PUNCT, /* anything else, one character (or a run of dashes or dots) */
};

struct token {
    struct span span;
    uint8_t kind;   /* enum token_kind */
    uint8_t flags;  /* TOKF_* */
    uint16_t pos;   /* part-of-speech tag id (pos.h), 0 when untagged */
};

#define TOKF_CAP 1        /* starts with an upper-case letter */
#define TOKF_ALLCAPS 2    /* two or more letters, all upper-case */
#define TOKF_SENT_START 4 /* first token of its sentence */
#define TOKF_ABBREV 8     /* word ending in '.', an abbreviation (Sept., U.S.) */
#define TOKF_NL_BEFORE 16 /* a newline lies between this token and the previous one */
#define TOKF_HYPHEN 32    /* word or number with an inner hyphen (44-year-old, third-quarter) */

struct sentence {
    struct span span;
    uint32_t tok_begin; /* index of first token */
    uint32_t tok_end;   /* one past the last token */
};

struct segmentation {
    struct sentence *sents; /* arena */
    size_t nsents;
    struct token *toks;     /* arena */
    size_t ntoks;
};

/*
 * Split text[region] into sentences and tokens. Spans are offsets into text.
 * Errors: NL_ENOMEM / NL_ETOOBIG (arena).
 */
enum nl_err segment_text(struct arena *a, const char *text, size_t text_len, struct span region,
                         struct segmentation *out, struct nl_error *err);

#endif
