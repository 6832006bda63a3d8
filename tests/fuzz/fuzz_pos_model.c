/*
 * fuzz_pos_model.c: the POS model loader (pos_model_from_mem, and through
 * it the lemma table parser) on arbitrary bytes. A model that loads is then
 * used: a fixed sentence is tagged, lemmatised and given UPOS tags, so
 * rows, tags and lemma entries that passed the checks are also read.
 * Seeds in corpus/pos_model/: a tiny valid model (tools/train_pos on
 * tests/fuzz/pos-tiny.conllu), damaged copies of it, and junk.
 * Every input is tried twice: as it is, and with the header's checksum
 * rewritten to match, so that mutations reach the tables behind the
 * checksum instead of stopping at it.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lemma.h"
#include "pos.h"

static void try_model(const uint8_t *data, size_t size)
{
    static const char *const text[] = {"The", "ministers", "submitted", "a", "draft", "on",
                                       "Monday", ",", "officials", "said", "."};
    struct pos_word w[11];
    uint16_t tags[11];
    struct nl_error err;
    struct pos_model *m = pos_model_from_mem(data, size, "fuzz", &err);
    size_t i;
    char lemma[64];

    if (!m)
        return;
    for (i = 0; i < 11; i++) {
        w[i].s = text[i];
        w[i].len = strlen(text[i]);
        w[i].gap_after = (unsigned)i % 3;
    }
    pos_tag(m, w, 11, tags);
    for (i = 0; i < 11; i++) {
        (void)pos_word_upos(m, &w[i], tags[i]);
        (void)lemma_of(pos_model_lemmas(m), w[i].s, w[i].len, tags[i], lemma, sizeof(lemma));
    }
    pos_model_free(m);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint8_t *copy;
    uint32_t sum;

    try_model(data, size);
    if (size < POS_MODEL_HEADER)
        return 0;
    copy = malloc(size);
    if (!copy)
        return 0;
    memcpy(copy, data, size);
    sum = pos_checksum(copy + POS_MODEL_HEADER, size - POS_MODEL_HEADER);
    copy[36] = (uint8_t)sum;
    copy[37] = (uint8_t)(sum >> 8);
    copy[38] = (uint8_t)(sum >> 16);
    copy[39] = (uint8_t)(sum >> 24);
    if (memcmp(copy + 36, data + 36, 4))
        try_model(copy, size);
    free(copy);
    return 0;
}
