/*
 * fuzz_doc.c: the whole pure pipeline on arbitrary bytes: reader (HTML or
 * text, by content), segmentation, POS tagging with the shipped model,
 * timexes and claims (doc_read_mem + doc_analyse). Checks that every claim
 * and timex span lies inside the text and that claim dates are ordered.
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

static struct pos_model *model;
static struct lexicon *lexicon;
static int model_tried;

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
        }
    }
    doc_release(&d);
    return 0;
}
