/*
 * claims.h: dated statements of an article: for each sentence of the body,
 * one claim per date it states (a DATE or TIME timex with a day interval),
 * or one claim dated by the publication date when it states none.
 *
 * Pure function of the article, its segmentation and its timexes. Actor,
 * action, object, attribution, modality and polarity are fields kept for
 * the claim extractor of issue 5; this first version leaves them NULL /
 * CLAIM_ASSERTED / 0 rather than guess.
 */
#ifndef CLAIMS_H
#define CLAIMS_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "article.h"
#include "nl.h"
#include "segment.h"
#include "timex.h"

enum claim_modality {
    CLAIM_ASSERTED,
    CLAIM_REPORTED,
    CLAIM_ALLEGED,
    CLAIM_EXPECTED,
    CLAIM_CONDITIONAL,
};

enum claim_date_source {
    CLAIM_DATE_TEXT,        /* dated by a temporal expression of its sentence */
    CLAIM_DATE_PUBLICATION, /* no date in the sentence: the publication date */
    CLAIM_DATE_NONE,        /* neither: no publication date known */
};

struct claim {
    uint32_t sentence;        /* index into the segmentation's sentences */
    struct span span;         /* the sentence text */
    struct span trigger;      /* the event word; len 0 until issue 5 */
    int32_t timex;            /* index into the timexes, or -1 */
    enum claim_date_source date_source;
    const char *value;        /* TIMEX3 value of the date ("2016-09-02"); NULL when none */
    int32_t begin_day;        /* interval of days, inclusive; DAY_NONE when none */
    int32_t end_day;
    const char *actor;        /* NULL until issue 5 */
    const char *action;
    const char *object;
    const char *attribution;
    enum claim_modality modality;
    int is_negated;
};

/*
 * Build the claims of an article. *out is an arena array of *n claims in
 * text order. Sentences outside art->body, the publication byline itself
 * and fragments without a statement (fewer than three words besides the
 * date, or no lower-case word: menus, headlines in title case, datelines)
 * give no claim. Errors: NL_ENOMEM / NL_ETOOBIG.
 */
enum nl_err claims_extract(struct arena *a, const struct article *art,
                           const struct segmentation *seg, const struct timex *tx, size_t ntx,
                           struct claim **out, size_t *n, struct nl_error *err);

/* "asserted", "reported", ... */
const char *claim_modality_name(enum claim_modality m);
/* "text", "publication", "none" */
const char *claim_date_source_name(enum claim_date_source s);

#endif
