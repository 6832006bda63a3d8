/*
 * bench_read.c: reading speed on one core. Loads every file named on the
 * command line into memory, then times (a) a bare libxml2 HTML parse of each
 * page (htmlReadMemory + xmlFreeDoc, the floor any libxml2-based reader
 * pays) and (b) reader_read_mem, the whole newsline reader (decoding,
 * metadata, dates, body extraction). Prints pages/s and MB/s for both.
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

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    struct page *pages = calloc((size_t)argc, sizeof(*pages));
    int i, n = 0, r, rounds = argc > 1 ? atoi(argv[1]) : 3;
    double bytes = 0, t0, t_xml, t_read;
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
    t0 = now();
    for (r = 0; r < rounds; r++)
        for (i = 0; i < n; i++) {
            htmlDocPtr d = htmlReadMemory(pages[i].data, (int)pages[i].len, NULL, "UTF-8",
                                          HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                                              HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER |
                                              HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT);
            if (d)
                xmlFreeDoc(d);
        }
    t_xml = now() - t0;
    t0 = now();
    for (r = 0; r < rounds; r++)
        for (i = 0; i < n; i++) {
            struct arena a;
            struct article art;
            arena_init(&a, 0);
            reader_read_mem(&a, argv[i + 2], pages[i].data, pages[i].len, NULL, &art, &err);
            arena_release(&a);
        }
    t_read = now() - t0;
    printf("%-34s %8.0f pages/s %7.1f MB/s\n", "libxml2 parse only (floor)", n * rounds / t_xml,
           bytes * rounds / t_xml / 1e6);
    printf("%-34s %8.0f pages/s %7.1f MB/s\n", "newsline reader (read_mem)", n * rounds / t_read,
           bytes * rounds / t_read / 1e6);
    printf("(%d pages, %.1f MB, %d rounds, one core)\n", n, bytes / 1e6, rounds);
    for (i = 0; i < n; i++)
        free(pages[i].data);
    free(pages);
    return 0;
}
