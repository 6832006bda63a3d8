/*
 * fuzz_doc.c: the whole pure pipeline on arbitrary bytes: reader (HTML or
 * text, by content), segmentation, POS tagging with the shipped model,
 * timexes and claims (doc_read_mem + doc_analyse). Checks that every claim
 * and timex span (actor, object, source and antecedent spans too) lies
 * inside the text, that claim dates are ordered, that a pronoun actor has
 * its antecedent, that an attribution span comes with its attribution
 * (a quotation's speaker named sentences later sets both), that claims come
 * in sentence order and, within a sentence, in text order of their
 * triggers, and that the claim strings are valid UTF-8 when the text is
 * (they are printed in JSON and CSV).
 * The model is data/pos.model (run from the top folder, as make check and
 * make fuzz do) or $NEWSLINE_DATA/pos.model; without it the untagged path
 * is exercised. The lexicon is data/lexicon.tsv, when found there.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "interval.h"
#include "pos.h"
#include "utf8.h"

static struct pos_model *model;
static struct lexicon *lexicon;
static int model_tried;

static int span_out(struct span sp, size_t len)
{
    return (size_t)sp.off + sp.len > len;
}

static int bad_str(const char *s)
{
    return s && utf8_valid_prefix(s, strlen(s)) != strlen(s);
}

static void load_model(void)
{
    struct nl_error err;
    const char *dir = getenv("NEWSLINE_DATA");
    char path[4096];
    model_tried = 1;
    if (dir && *dir) {
        size_t n = strlen(dir);
        if (n + 11 >= sizeof(path))
            return;
        memcpy(path, dir, n);
        memcpy(path + n, "/pos.model", 11);
        model = pos_model_new(path, &err);
    }
    if (!model)
        model = pos_model_new("data/pos.model", &err);
    lexicon = lexicon_new("data/lexicon.tsv", &err);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct reader_opts ro;
    struct nl_error err;
    struct doc d;
    size_t i;

    if (!model_tried)
        load_model();
    memset(&ro, 0, sizeof(ro));
    ro.crawl_day = DAY_NONE;
    doc_init(&d, (size_t)64 << 20);
    d.pos = model;
    d.lex = lexicon;
    if (doc_read_mem(&d, "fuzz", (const char *)data, size, &ro, &err) == NL_OK &&
        doc_analyse(&d, &err) == NL_OK) {
        int text_ok = utf8_valid_prefix(d.art.text, d.art.text_len) == d.art.text_len;
        for (i = 0; i < d.ntx; i++)
            if (d.tx[i].span.off + d.tx[i].span.len > d.art.text_len)
                abort();
        for (i = 0; i < d.nclaims; i++) {
            const struct claim *c = &d.claims[i];
            if (c->span.off + c->span.len > d.art.text_len ||
                c->trigger.off + c->trigger.len > d.art.text_len)
                abort();
            if (c->begin_day != DAY_NONE && c->end_day < c->begin_day)
                abort();
            if (span_out(c->actor_span, d.art.text_len) || span_out(c->object_span, d.art.text_len) ||
                span_out(c->attribution_span, d.art.text_len) ||
                span_out(c->antecedent_span, d.art.text_len))
                abort();
            if (c->actor_pronoun && (!c->actor || !c->antecedent_span.len))
                abort();
            if (c->attribution_span.len && !c->attribution)
                abort();
            if (i > 0) {
                const struct claim *p = &d.claims[i - 1];
                if (c->sentence < p->sentence)
                    abort();
                if (c->sentence == p->sentence && c->kind != CLAIM_SENTENCE &&
                    p->kind != CLAIM_SENTENCE && c->trigger.off <= p->trigger.off)
                    abort();
            }
            if (text_ok && (bad_str(c->actor) || bad_str(c->actor_pronoun) || bad_str(c->action) ||
                            bad_str(c->object) || bad_str(c->attribution) || bad_str(c->quantity) ||
                            bad_str(c->value)))
                abort();
        }
    }
    doc_release(&d);
    return 0;
}
