/*
 * doc.c: runs the pure stages over one article; see doc.h.
 */
#include "doc.h"

#include <string.h>

#include "interval.h"
#include "banned.h"

void doc_init(struct doc *d, size_t max_bytes)
{
    memset(d, 0, sizeof(*d));
    arena_init(&d->arena, max_bytes ? max_bytes : ARENA_DEFAULT_MAX);
    d->art.published_day = DAY_NONE;
}

void doc_release(struct doc *d)
{
    arena_release(&d->arena);
    memset(d, 0, sizeof(*d));
}

enum nl_err doc_read_file(struct doc *d, const char *path, const struct reader_opts *opts,
                          struct nl_error *err)
{
    return reader_read_file(&d->arena, path, opts, &d->art, err);
}

enum nl_err doc_read_mem(struct doc *d, const char *name, const char *data, size_t len,
                         const struct reader_opts *opts, struct nl_error *err)
{
    return reader_read_mem(&d->arena, name, data, len, opts, &d->art, err);
}

enum nl_err doc_tag_segmentation(struct arena *a, const struct pos_model *pos, const char *text,
                                 struct segmentation *seg, const char *name, struct nl_error *err)
{
    struct pos_word *words;
    uint16_t *tags;
    size_t s, longest = 0;

    for (s = 0; s < seg->nsents; s++) {
        size_t n = seg->sents[s].tok_end - seg->sents[s].tok_begin;
        if (n > longest)
            longest = n;
    }
    if (!longest)
        return NL_OK;
    /* one word array, sized for the longest sentence */
    words = arena_calloc(a, longest, sizeof(*words));
    tags = words ? arena_calloc(a, longest, sizeof(*tags)) : NULL;
    if (!tags)
        return nl_error_set(err, arena_errcode(a), name, "cannot tag '%s': %s",
                            name ? name : "-", nl_strerror(arena_errcode(a)));
    for (s = 0; s < seg->nsents; s++) {
        struct token *t = seg->toks + seg->sents[s].tok_begin;
        size_t i, n = seg->sents[s].tok_end - seg->sents[s].tok_begin;
        for (i = 0; i < n; i++) {
            const struct token *next =
                seg->sents[s].tok_begin + i + 1 < seg->ntoks ? &t[i + 1] : NULL;
            words[i].s = text + t[i].span.off;
            words[i].len = t[i].span.len;
            words[i].gap_after = next && next->span.off == t[i].span.off + t[i].span.len
                                     ? POS_GAP_NONE
                                     : POS_GAP_SPACE;
        }
        pos_tag(pos, words, n, tags);
        for (i = 0; i < n; i++)
            t[i].pos = tags[i];
    }
    return NL_OK;
}

enum nl_err doc_analyse(struct doc *d, struct nl_error *err)
{
    struct timex_opts topts;
    enum nl_err e;

    /*
     * Only the body: header lines ("Published: 2016-09-03") are metadata,
     * already read by the reader, not statements of the article.
     */
    e = segment_text(&d->arena, d->art.text, d->art.text_len, d->art.body, &d->seg, err);
    if (e)
        return e;
    /* Before the timexes: the tense of a clause can steer their resolution. */
    if (d->pos) {
        e = doc_tag_segmentation(&d->arena, d->pos, d->art.text, &d->seg, d->art.input, err);
        if (e)
            return e;
    }
    topts.dct_day = d->art.published_day;
    e = timex_find(&d->arena, d->art.text, d->art.text_len, &d->seg, &topts, &d->tx, &d->ntx,
                   err);
    if (e)
        return e;
    return claims_extract(&d->arena, &d->art, &d->seg, d->tx, d->ntx,
                          d->pos, d->lex, &d->claims, &d->nclaims, err);
}
