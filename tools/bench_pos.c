/*
 * bench_pos.c: tagging speed of src/pos.c on one core, model already
 * loaded (scripts/bench.d/30-pos.sh builds and runs it).
 *
 *   bench_pos MODEL FILE.conllu [SECONDS]
 *
 * Reads the words of FILE.conllu (syntactic words, sentence by sentence),
 * then tags them all again and again for about SECONDS (default 3) and
 * prints tokens per CPU second (CLOCK_PROCESS_CPUTIME_ID, the figure to
 * compare on a shared machine) and per wall-clock second. Tagging only:
 * no reading, lemmas or output in the timed loop. A command-line tool: it
 * prints and exits.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pos.h"

static double now_s(clockid_t clock)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    struct nl_error err;
    struct pos_model *m;
    FILE *f;
    char *line = NULL, *text = NULL;
    size_t cap = 0, text_len = 0, text_cap = 0, nwords = 0, words_cap = 0, nsents = 0, i;
    size_t *word_off = NULL, *sent_end = NULL, sents_cap = 0, maxlen = 0, start, tokens = 0;
    struct pos_word *words;
    uint16_t *tags;
    ssize_t n;
    double seconds = argc > 3 ? strtod(argv[3], NULL) : 3.0, t0, t1, c0, c1;
    unsigned long check = 0;

    if (argc < 3) {
        fputs("usage: bench_pos MODEL FILE.conllu [SECONDS]\n", stderr);
        return 2;
    }
    m = pos_model_new(argv[1], &err);
    if (!m) {
        fprintf(stderr, "bench_pos: %s\n", err.msg);
        return 1;
    }
    f = fopen(argv[2], "r");
    if (!f) {
        perror(argv[2]);
        return 1;
    }
    while ((n = getline(&line, &cap, f)) >= 0) {
        char *tab, *form;
        size_t len;
        if (n <= 1 || line[0] == '#') {
            if (n <= 1 && (nsents == 0 ? nwords > 0 : nwords > sent_end[nsents - 1])) {
                if (nsents == sents_cap) {
                    sents_cap = sents_cap ? sents_cap * 2 : 1024;
                    sent_end = realloc(sent_end, sents_cap * sizeof(*sent_end));
                }
                sent_end[nsents++] = nwords;
            }
            continue;
        }
        tab = strchr(line, '\t');
        if (!tab || memchr(line, '-', (size_t)(tab - line)) || memchr(line, '.', (size_t)(tab - line)))
            continue; /* multiword range or empty node */
        form = tab + 1;
        tab = strchr(form, '\t');
        len = tab ? (size_t)(tab - form) : strlen(form);
        if (text_len + len + 1 > text_cap) {
            text_cap = (text_len + len + 1) * 2;
            text = realloc(text, text_cap);
        }
        if (nwords == words_cap) {
            words_cap = words_cap ? words_cap * 2 : 65536;
            word_off = realloc(word_off, words_cap * sizeof(*word_off));
        }
        if (!text || !word_off) {
            fputs("bench_pos: out of memory\n", stderr);
            return 1;
        }
        memcpy(text + text_len, form, len);
        text[text_len + len] = '\0';
        word_off[nwords++] = text_len;
        text_len += len + 1;
    }
    fclose(f);
    free(line);
    if (!nsents || sent_end[nsents - 1] != nwords) {
        if (nsents == sents_cap)
            sent_end = realloc(sent_end, (sents_cap + 1) * sizeof(*sent_end));
        sent_end[nsents++] = nwords;
    }
    words = malloc(nwords * sizeof(*words));
    tags = malloc(nwords * sizeof(*tags));
    if (!words || !tags)
        return 1;
    for (i = 0; i < nwords; i++) {
        words[i].s = text + word_off[i];
        words[i].len = strlen(words[i].s);
        words[i].gap_after = POS_GAP_SPACE;
    }
    for (i = 0, start = 0; i < nsents; start = sent_end[i++])
        if (sent_end[i] - start > maxlen)
            maxlen = sent_end[i] - start;

    /* The machine may be shared: the CPU time this process used is the
     * figure to compare; wall-clock time is printed beside it. */
    t0 = now_s(CLOCK_MONOTONIC);
    c0 = now_s(CLOCK_PROCESS_CPUTIME_ID);
    do {
        for (i = 0, start = 0; i < nsents; start = sent_end[i++])
            pos_tag(m, words + start, sent_end[i] - start, tags + start);
        tokens += nwords;
        check += tags[nwords / 2];
        c1 = now_s(CLOCK_PROCESS_CPUTIME_ID);
    } while (c1 - c0 < seconds);
    t1 = now_s(CLOCK_MONOTONIC);
    printf("pos: tagged %zu tokens (%zu sentences x %.0f passes) in %.2f s CPU, %.2f s wall: "
           "%.2f M tokens/s per CPU second (%.2f M/s wall) on one core (check %lu)\n",
           tokens, nsents, (double)tokens / (double)nwords, c1 - c0, t1 - t0,
           (double)tokens / (c1 - c0) / 1e6, (double)tokens / (t1 - t0) / 1e6, check % 10);
    pos_model_free(m);
    free(words);
    free(tags);
    free(text);
    free(word_off);
    free(sent_end);
    return 0;
}
