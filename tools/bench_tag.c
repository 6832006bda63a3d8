/*
 * bench_tag.c: speed of the temporal tagger (segment.c, timex_lex.c,
 * timex.c) on one core, texts already in memory (scripts/bench.d/10-tag.sh
 * builds and runs it).
 *
 *   bench_tag DCT < LIST       (LIST: one file name a line)
 *
 * Reads every file first, then makes three timed passes over all of them:
 * segment_text() alone; segment_text() + timex_items(); segment_text() +
 * timex_find() (which builds the items itself and matches). The stage
 * figures are differences of the passes, so no clock is read per document.
 * Times are CPU seconds (CLOCK_PROCESS_CPUTIME_ID, the figure to compare
 * on a shared machine) and wall seconds; each pass is the best of 3. No
 * file reading, output or process start in the timed loops. A command-line
 * tool: it prints and exits.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "arena.h"
#include "interval.h"
#include "segment.h"
#include "timex.h"
#include "timex_lex.h"

struct doc {
    char *text;
    size_t len;
};

static double now_s(clockid_t clock)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* One pass over all documents; stage 0 segment, 1 + items, 2 + timex_find. */
static unsigned long pass(const struct doc *docs, size_t ndocs, int stage, int32_t dct,
                          double *cpu, double *wall)
{
    unsigned long check = 0;
    double c0 = now_s(CLOCK_PROCESS_CPUTIME_ID), w0 = now_s(CLOCK_MONOTONIC);
    size_t i;

    for (i = 0; i < ndocs; i++) {
        struct arena a;
        struct segmentation seg;
        struct nl_error err;
        struct span all;
        struct timex_opts opts;
        struct timex *tx;
        struct item *items;
        size_t n = 0;

        arena_init(&a, ARENA_DEFAULT_MAX);
        all.off = 0;
        all.len = (uint32_t)docs[i].len;
        opts.dct_day = dct;
        if (segment_text(&a, docs[i].text, docs[i].len, all, &seg, &err)) {
            fprintf(stderr, "bench_tag: %s\n", err.msg);
            exit(1);
        }
        check += seg.ntoks;
        if (stage == 1 && timex_items(&a, docs[i].text, &seg, &items, &n)) {
            fputs("bench_tag: out of memory\n", stderr);
            exit(1);
        }
        if (stage == 2 && timex_find(&a, docs[i].text, docs[i].len, &seg, &opts, &tx, &n, &err)) {
            fprintf(stderr, "bench_tag: %s\n", err.msg);
            exit(1);
        }
        check += n;
        arena_release(&a);
    }
    *cpu = now_s(CLOCK_PROCESS_CPUTIME_ID) - c0;
    *wall = now_s(CLOCK_MONOTONIC) - w0;
    return check;
}

int main(int argc, char **argv)
{
    struct doc *docs = NULL;
    size_t ndocs = 0, cap = 0, bytes = 0;
    char *line = NULL;
    size_t lcap = 0;
    ssize_t got;
    int32_t dct;
    double cpu[3], wall[3];
    unsigned long ntimex = 0;
    int stage, run;

    if (argc != 2 || (dct = day_parse_iso(argv[1])) == DAY_NONE) {
        fputs("usage: bench_tag YYYY-MM-DD < LIST\n", stderr);
        return 2;
    }
    while ((got = getline(&line, &lcap, stdin)) > 0) {
        FILE *f;
        long len;
        if (line[got - 1] == '\n')
            line[--got] = '\0';
        f = fopen(line, "rb");
        if (!f) {
            perror(line);
            return 1;
        }
        if (ndocs == cap) {
            cap = cap ? cap * 2 : 1024;
            docs = realloc(docs, cap * sizeof(*docs));
            if (!docs)
                return 1;
        }
        fseek(f, 0, SEEK_END);
        len = ftell(f);
        fseek(f, 0, SEEK_SET);
        docs[ndocs].text = malloc((size_t)len + 1);
        if (!docs[ndocs].text || fread(docs[ndocs].text, 1, (size_t)len, f) != (size_t)len) {
            perror(line);
            return 1;
        }
        docs[ndocs].text[len] = '\0';
        docs[ndocs].len = (size_t)len;
        bytes += (size_t)len;
        ndocs++;
        fclose(f);
    }
    free(line);
    for (stage = 0; stage < 3; stage++) {
        cpu[stage] = wall[stage] = 1e30;
        for (run = 0; run < 3; run++) {
            double c, w;
            unsigned long check = pass(docs, ndocs, stage, dct, &c, &w);
            if (stage == 2)
                ntimex = check;
            if (c < cpu[stage])
                cpu[stage] = c;
            if (w < wall[stage])
                wall[stage] = w;
        }
    }
    printf("in memory: %zu documents, %zu bytes\n", ndocs, bytes);
    printf("  segment_text:            %.3f s CPU  %6.1f MB/s CPU  (%.3f s wall)\n", cpu[0],
           bytes / 1e6 / cpu[0], wall[0]);
    printf("  + timex_items:           %.3f s CPU  (items alone %.3f s)\n", cpu[1],
           cpu[1] - cpu[0]);
    printf("  + timex_find (tagging):  %.3f s CPU  (match alone about %.3f s)\n", cpu[2],
           cpu[2] - cpu[1]);
    printf("  tagging: %.1f MB/s CPU, %.0f docs/s CPU; %.1f MB/s wall (check %lu)\n",
           bytes / 1e6 / cpu[2], ndocs / cpu[2], bytes / 1e6 / wall[2], ntimex);
    return 0;
}
