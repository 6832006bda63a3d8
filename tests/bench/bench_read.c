/*
 * bench_read.c: reading speed on one core. Loads every file named on the
 * command line into memory, then times (a) a bare libxml2 HTML parse of each
 * page (htmlReadMemory + xmlFreeDoc, the floor any libxml2-based reader
 * pays) and (b) reader_read_mem, the whole newsline reader (decoding,
 * metadata, dates, body extraction). Prints pages/s and MB/s for both,
 * per second of this process's CPU time (CLOCK_PROCESS_CPUTIME_ID), which
 * other processes on a shared machine do not inflate, and the wall-clock
 * figure next to it. The best of the rounds is kept.
 * Built and run by scripts/bench.d/20-extract.sh; not part of make check.
 */
#include <libxml/HTMLparser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "arena.h"
#include "reader.h"

struct page {
    char *data;
    size_t len;
};

static double now(clockid_t clk)
{
    struct timespec ts;
    clock_gettime(clk, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

struct timing {
    double cpu, wall; /* seconds of the best round */
};

static void keep_best(struct timing *t, double cpu0, double wall0)
{
    double cpu = now(CLOCK_PROCESS_CPUTIME_ID) - cpu0, wall = now(CLOCK_MONOTONIC) - wall0;
    if (t->cpu == 0 || cpu < t->cpu)
        t->cpu = cpu;
    if (t->wall == 0 || wall < t->wall)
        t->wall = wall;
}

static void report(const char *what, const struct timing *t, int n, double bytes)
{
    printf("%-34s %8.0f pages/s %7.1f MB/s per CPU second (wall: %.0f pages/s)\n", what,
           n / t->cpu, bytes / t->cpu / 1e6, n / t->wall);
}

/* One page each; not inlined, so that callgrind can count them
 * (--toggle-collect=parse_page / read_page, see scripts/bench.d/20-extract.sh). */
__attribute__((noinline)) void parse_page(const struct page *pg);
__attribute__((noinline)) void read_page(const struct page *pg, const char *name);

void parse_page(const struct page *pg)
{
    htmlDocPtr d = htmlReadMemory(pg->data, (int)pg->len, NULL, "UTF-8",
                                  HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                      HTML_PARSE_RECOVER | HTML_PARSE_IGNORE_ENC |
                                      HTML_PARSE_COMPACT);
    if (d)
        xmlFreeDoc(d);
}

void read_page(const struct page *pg, const char *name)
{
    struct arena a;
    struct article art;
    struct nl_error err;
    arena_init(&a, 0);
    reader_read_mem(&a, name, pg->data, pg->len, NULL, &art, &err);
    arena_release(&a);
}

int main(int argc, char **argv)
{
    struct page *pages = calloc((size_t)argc, sizeof(*pages));
    int i, n = 0, r, rounds = argc > 1 ? atoi(argv[1]) : 3;
    double bytes = 0, c0, w0;
    struct timing t_xml = {0, 0}, t_read = {0, 0};
    struct nl_error err;

    if (argc < 3) {
        fprintf(stderr, "usage: bench_read ROUNDS FILE...\n");
        return 2;
    }
    for (i = 2; i < argc; i++) {
        if (reader_slurp(argv[i], 0, &pages[n].data, &pages[n].len, &err) == NL_OK) {
            bytes += (double)pages[n].len;
            n++;
        }
    }
    /* warm up */
    for (i = 0; i < n; i++) {
        htmlDocPtr d = htmlReadMemory(pages[i].data, (int)pages[i].len, NULL, "UTF-8",
                                      HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                                          HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER);
        if (d)
            xmlFreeDoc(d);
    }
    for (r = 0; r < rounds; r++) {
        c0 = now(CLOCK_PROCESS_CPUTIME_ID);
        w0 = now(CLOCK_MONOTONIC);
        for (i = 0; i < n; i++)
            parse_page(&pages[i]);
        keep_best(&t_xml, c0, w0);
    }
    for (r = 0; r < rounds; r++) {
        c0 = now(CLOCK_PROCESS_CPUTIME_ID);
        w0 = now(CLOCK_MONOTONIC);
        for (i = 0; i < n; i++)
            read_page(&pages[i], argv[i + 2]);
        keep_best(&t_read, c0, w0);
    }
    report("libxml2 parse only (floor)", &t_xml, n, bytes);
    report("newsline reader (read_mem)", &t_read, n, bytes);
    printf("(%d pages, %.1f MB, best of %d rounds, one core)\n", n, bytes / 1e6, rounds);
    for (i = 0; i < n; i++)
        free(pages[i].data);
    free(pages);
    return 0;
}
