/*
 * fuzz_lexicon.c: the lexicon loader (lexicon_from_mem) on arbitrary bytes.
 * A lexicon that loads is then used: every lookup kind on a few words,
 * and lemma_check() on inflected forms, so entries that passed the checks
 * are also read. Seeds in corpus/lexicon/: a small valid table, damaged
 * copies of it (truncated, wrong counts, bad fields, bad person fields,
 * duplicates, no final newline), a version 1 table, and junk.
 */
#include <stdint.h>
#include <string.h>

#include "lemma.h"
#include "lexicon.h"
#include "pos.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const words[] = {"deal", "went", "crises", "combating", "Flight", "",
                                        "a-very-long-word-that-is-longer-than-sixty-three-bytes-"
                                        "in-all-of-its-letters", "Minister"};
    static const uint16_t tags[] = {POS_NNS, POS_VBD, POS_NNS, POS_VBG, POS_VBZ, POS_VBN,
                                    POS_VBG, POS_NNS};
    struct nl_error err;
    struct lexicon *lx = lexicon_from_mem((const char *)data, size, "fuzz", &err);
    size_t i, n, counts[5];
    char out[16];

    if (!lx)
        return 0;
    lexicon_counts(lx, counts);
    for (i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
        const char *w = words[i];
        size_t len = strlen(w);
        (void)lexicon_noun_event(lx, w, len);
        (void)lexicon_is_noun(lx, w, len);
        (void)lexicon_is_person(lx, w, len);
        (void)lexicon_is_verb(lx, w, len);
        (void)lexicon_irregular(lx, 0, w, len, &n);
        (void)lexicon_irregular(lx, 1, w, len, &n);
        n = lemma_rule(w, len, tags[i], out, sizeof(out));
        (void)lemma_check(lx, w, len, tags[i], out, n < sizeof(out) ? n : sizeof(out) - 1,
                          sizeof(out));
    }
    lexicon_free(lx);
    return 0;
}
