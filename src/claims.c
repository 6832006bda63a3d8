/*
 * claims.c: from sentences and timexes to dated claims; see claims.h.
 *
 * Why one claim per date rather than per sentence: "submitted its draft on
 * Monday and circulated a letter on Saturday" states two dated facts, and
 * a timeline must place both. Durations ("for weeks") and sets ("every
 * Friday") do not date a statement, so they do not make a claim.
 */
#include "claims.h"

#include <string.h>

#include "interval.h"
#include "banned.h"

const char *claim_modality_name(enum claim_modality m)
{
    switch (m) {
    case CLAIM_ASSERTED:
        return "asserted";
    case CLAIM_REPORTED:
        return "reported";
    case CLAIM_ALLEGED:
        return "alleged";
    case CLAIM_EXPECTED:
        return "expected";
    case CLAIM_CONDITIONAL:
        return "conditional";
    }
    return "asserted";
}

const char *claim_date_source_name(enum claim_date_source s)
{
    switch (s) {
    case CLAIM_DATE_TEXT:
        return "text";
    case CLAIM_DATE_PUBLICATION:
        return "publication";
    case CLAIM_DATE_NONE:
        return "none";
    }
    return "none";
}

static int spans_overlap(struct span a, struct span b)
{
    return a.off < b.off + b.len && b.off < a.off + a.len;
}

static int is_lower_word(const char *text, const struct token *t)
{
    unsigned char c = (unsigned char)text[t->span.off];
    return t->kind == TOK_WORD && c >= 'a' && c <= 'z';
}

/* Does the sentence make a statement, once its date tokens are set aside? */
static int is_statement(const char *text, const struct segmentation *seg,
                        const struct sentence *s, const struct timex *tx, size_t ntx)
{
    uint32_t i;
    int words = 0, lower = 0;
    for (i = s->tok_begin; i < s->tok_end; i++) {
        const struct token *t = &seg->toks[i];
        size_t k;
        int in_timex = 0;
        if (t->kind != TOK_WORD)
            continue;
        for (k = 0; k < ntx && !in_timex; k++)
            in_timex = spans_overlap(tx[k].span, t->span);
        if (in_timex)
            continue;
        words++;
        lower += is_lower_word(text, t);
    }
    return words >= 3 && lower >= 1;
}

static int is_dating(const struct timex *t)
{
    return (t->type == TIMEX_DATE || t->type == TIMEX_TIME) && t->begin_day != DAY_NONE;
}

enum nl_err claims_extract(struct arena *a, const struct article *art,
                           const struct segmentation *seg, const struct timex *tx, size_t ntx,
                           struct claim **out, size_t *n, struct nl_error *err)
{
    struct claim *cl = NULL;
    size_t ncl = 0, cap = 0, s, k = 0;
    uint32_t body_end = art->body.off + art->body.len;

    *out = NULL;
    *n = 0;
    for (s = 0; s < seg->nsents; s++) {
        const struct sentence *se = &seg->sents[s];
        size_t first = k, j;
        int dated = 0;

        /* timexes are in text order: skip those before this sentence */
        while (k < ntx && tx[k].span.off + tx[k].span.len <= se->span.off)
            k++;
        first = k;
        if (se->span.off < art->body.off || se->span.off >= body_end)
            continue;
        if (art->published_span.len && spans_overlap(se->span, art->published_span))
            continue;
        j = first;
        while (j < ntx && tx[j].span.off < se->span.off + se->span.len)
            j++;
        if (!is_statement(art->text, seg, se, tx + first, j - first))
            continue;
        for (; first <= j; first++) {
            const struct timex *t = first < j ? &tx[first] : NULL;
            struct claim *c;
            if (t && !is_dating(t))
                continue;
            if (!t && dated)
                break;
            if (ncl == cap) {
                size_t ncap = cap ? cap * 2 : 64;
                struct claim *p = arena_grow(a, cl, ncl, ncap, sizeof(*cl));
                if (!p)
                    return nl_error_set(err, arena_errcode(a), art->input,
                                        "cannot store claims: %s",
                                        nl_strerror(arena_errcode(a)));
                cl = p;
                cap = ncap;
            }
            c = &cl[ncl++];
            memset(c, 0, sizeof(*c));
            c->sentence = (uint32_t)s;
            c->span = se->span;
            c->modality = CLAIM_ASSERTED;
            if (t) {
                dated = 1;
                c->timex = (int32_t)first;
                c->date_source = CLAIM_DATE_TEXT;
                c->value = t->value;
                c->begin_day = t->begin_day;
                c->end_day = t->end_day;
            } else {
                c->timex = -1;
                c->date_source = art->published_day != DAY_NONE ? CLAIM_DATE_PUBLICATION
                                                                : CLAIM_DATE_NONE;
                c->value = NULL;
                c->begin_day = c->end_day = art->published_day;
            }
        }
    }
    *out = cl;
    *n = ncl;
    return NL_OK;
}
