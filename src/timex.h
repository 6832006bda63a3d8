/*
 * timex.h: temporal expressions (TIMEX3) of a text: find them, classify
 * them (DATE, TIME, DURATION, SET) and normalise them to TIMEX3 values
 * against the document creation time (DCT) and the dates mentioned before.
 *
 * Pure function of the text, its segmentation and the DCT. Conventions are
 * those of TempEval-3 news annotation (../shared/notes/timex3.md).
 */
#ifndef TIMEX_H
#define TIMEX_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "nl.h"
#include "segment.h"

enum timex_type { TIMEX_DATE, TIMEX_TIME, TIMEX_DURATION, TIMEX_SET };

#define TIMEX_ANCHOR_NONE (-3)   /* absolute value, or not resolved */
#define TIMEX_ANCHOR_DCT (-1)    /* resolved against the document creation time */

struct timex {
    struct span span;        /* extent in the text */
    enum timex_type type;
    const char *value;       /* TIMEX3 value ("2016-09-02", "P3D", "PAST_REF"); arena */
    const char *mod;         /* TIMEX3 mod ("START", "APPROX") or NULL; arena or static */
    const char *quant;       /* SET quant ("EACH", "EVERY") or NULL */
    const char *freq;        /* SET freq ("1X") or NULL */
    int32_t begin_day;       /* interval of days, inclusive; DAY_NONE when none */
    int32_t end_day;
    uint32_t sentence;       /* index of its sentence in the segmentation */
    int32_t anchor;          /* TIMEX_ANCHOR_DCT, TIMEX_ANCHOR_NONE, or index of the timex
                                it was resolved against */
    const char *rule;        /* name of the rule that fired (static), for --explain */
    const char *cue;         /* tense cue used ("past", "future", "none"), static */
    int32_t point_day;       /* for an event-anchored DURATION ("[two days] later"): the day it
                                points to, counted from the anchor timex; else DAY_NONE */
};

struct timex_opts {
    int32_t dct_day;         /* document creation date, days since 1970-01-01; DAY_NONE if unknown */
};

/*
 * Find and normalise every temporal expression in the text covered by seg.
 * *out is an arena array of *n timexes in text order, non-overlapping.
 * Without a DCT, relative expressions get X-padded values (XXXX-XX-XX).
 * Errors: NL_ENOMEM / NL_ETOOBIG.
 */
enum nl_err timex_find(struct arena *a, const char *text, size_t text_len,
                       const struct segmentation *seg, const struct timex_opts *opts,
                       struct timex **out, size_t *n, struct nl_error *err);

/* "DATE", "TIME", "DURATION", "SET". */
const char *timex_type_name(enum timex_type t);

#endif
