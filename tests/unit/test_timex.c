/*
 * test_timex.c: the temporal tagger (timex.c) on sentences written for the
 * test, one case per line in tests/unit/timex/ (one .tsv per topic):
 *   sentence <TAB> DCT <TAB> expected text <TAB> type <TAB> value [<TAB> mod]
 * DCT is YYYY-MM-DD or "-" (unknown). The expected text must be the exact
 * extent of one timex of the sentence with that type, value (and mod when
 * given; "-" = no mod). Type NONE means the text must not overlap any timex
 * (false-positive traps). A sentence may appear on several lines.
 * Files: absolute.tsv (dates with a year, numeric dates, spelled years),
 * relative.tsv (weekdays and tense cues, months, last/this/next, ago,
 * narrative chains), periods.tsv (quarters, halves, seasons, decades,
 * centuries, mods), durations.tsv, sets.tsv, times.tsv, refs.tsv,
 * traps.tsv (modal May, verb March, counts, ages, phone numbers, scores,
 * versions), seed.tsv (the seed article's sentences); files named pos-*.tsv
 * are tagged with part-of-speech tags first (data/pos.model, as doc.c and
 * `newsline tag --pos` do): pos-tense.tsv (the tense of the clause).
 * Also: begin_day/end_day agree with interval_from_value for every timex.
 */
#include "check.h"

#include <dirent.h>

#include "arena.h"
#include "doc.h"
#include "interval.h"
#include "pos.h"
#include "segment.h"
#include "timex.h"

/* the POS model for pos-*.tsv, NULL for the other files */
static struct pos_model *use_pos;

static int tag(struct arena *a, const char *text, int32_t dct, struct timex **tx, size_t *n)
{
    struct segmentation seg;
    struct nl_error err;
    struct timex_opts opts;
    struct span all = {0, (uint32_t)strlen(text)};
    opts.dct_day = dct;
    if (segment_text(a, text, strlen(text), all, &seg, &err))
        return -1;
    if (use_pos && doc_tag_segmentation(a, use_pos, text, &seg, NULL, &err))
        return -1;
    return timex_find(a, text, strlen(text), &seg, &opts, tx, n, &err) ? -1 : 0;
}

static void dump(const char *text, const struct timex *tx, size_t n, char *out, size_t cap)
{
    size_t i, o = 0;
    out[0] = '\0';
    for (i = 0; i < n && o < cap; i++) {
        int w = snprintf(out + o, cap - o, " [%.*s|%s|%s]", (int)tx[i].span.len,
                         text + tx[i].span.off, timex_type_name(tx[i].type), tx[i].value);
        if (w < 0)
            break;
        o += (size_t)w;
    }
}

static void run_case(const char *file, int lineno, char **col, int ncol)
{
    struct arena a;
    struct timex *tx = NULL;
    size_t n = 0, i;
    int32_t dct = strcmp(col[1], "-") ? day_parse_iso(col[1]) : DAY_NONE;
    size_t wlen = strlen(col[2]);
    char seen[2048];
    int found = 0;

    arena_init(&a, 0);
    if (tag(&a, col[0], dct, &tx, &n)) {
        CHECK_MSG(0, "%s:%d: tagger failed", file, lineno);
        arena_release(&a);
        return;
    }
    dump(col[0], tx, n, seen, sizeof(seen));
    for (i = 0; i < n; i++) {
        const struct timex *x = &tx[i];
        int32_t b, e;
        if (interval_from_value(x->value, &b, &e))
            CHECK_MSG(b == x->begin_day && e == x->end_day, "%s:%d: interval of %s", file,
                      lineno, x->value);
        else
            CHECK_MSG(x->begin_day == DAY_NONE, "%s:%d: interval of %s", file, lineno, x->value);
    }
    if (!strcmp(col[3], "NONE")) {
        const char *p = strstr(col[0], col[2]);
        size_t off = p ? (size_t)(p - col[0]) : 0;
        for (i = 0; i < n; i++)
            if (tx[i].span.off < off + wlen && off < tx[i].span.off + tx[i].span.len)
                found = 1;
        CHECK_MSG(p && !found, "%s:%d: '%s' should not be tagged; got%s", file, lineno, col[2],
                  seen);
        arena_release(&a);
        return;
    }
    for (i = 0; i < n; i++) {
        const struct timex *x = &tx[i];
        if (x->span.len != wlen || memcmp(col[0] + x->span.off, col[2], wlen))
            continue;
        found = 1;
        CHECK_MSG(!strcmp(timex_type_name(x->type), col[3]) && !strcmp(x->value, col[4]) &&
                      (ncol < 6 || !strcmp(x->mod ? x->mod : "-", col[5])),
                  "%s:%d: '%s': got %s %s mod %s, want %s %s %s", file, lineno, col[2],
                  timex_type_name(x->type), x->value, x->mod ? x->mod : "-", col[3], col[4],
                  ncol < 6 ? "(any)" : col[5]);
    }
    CHECK_MSG(found, "%s:%d: no timex '%s'; got%s", file, lineno, col[2], seen);
    arena_release(&a);
}

static void run_file(const char *name)
{
    char path[1024], line[4096];
    FILE *f;
    int lineno = 0;

    snprintf(path, sizeof(path), "%s/%s", check_datadir, name);
    f = fopen(path, "r");
    CHECK_MSG(f != NULL, "cannot open %s", path);
    if (!f)
        return;
    while (fgets(line, sizeof(line), f)) {
        char *col[6], *p = line;
        int ncol = 0;
        lineno++;
        line[strcspn(line, "\r\n")] = '\0';
        if (!line[0] || line[0] == '#')
            continue;
        while (ncol < 6) {
            col[ncol++] = p;
            p = strchr(p, '\t');
            if (!p)
                break;
            *p++ = '\0';
        }
        if (ncol < 5) {
            CHECK_MSG(0, "%s:%d: %d columns, want 5 or 6", name, lineno, ncol);
            continue;
        }
        run_case(name, lineno, col, ncol);
    }
    fclose(f);
}

static int cmp_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void run(void)
{
    DIR *d = opendir(check_datadir);
    struct dirent *e;
    char *names[64];
    size_t n = 0, i;
    struct arena a;
    struct timex *tx;
    size_t ntx;

    CHECK_MSG(d != NULL, "cannot open %s", check_datadir);
    if (!d)
        return;
    while ((e = readdir(d)) && n < NL_ARRAY_LEN(names)) {
        size_t l = strlen(e->d_name);
        if (l > 4 && !strcmp(e->d_name + l - 4, ".tsv"))
            names[n++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof(*names), cmp_name);
    CHECK(n >= 5);
    for (i = 0; i < n; i++) {
        if (!strncmp(names[i], "pos-", 4)) {
            struct nl_error err;
            use_pos = pos_model_new("data/pos.model", &err);
            CHECK_MSG(use_pos != NULL, "cannot load data/pos.model: %s", err.msg);
        }
        run_file(names[i]);
        pos_model_free(use_pos);
        use_pos = NULL;
        free(names[i]);
    }
    /* empty text, and a text with no temporal words */
    arena_init(&a, 0);
    CHECK(tag(&a, "", DAY_NONE, &tx, &ntx) == 0 && ntx == 0);
    CHECK(tag(&a, "Nothing to see here, 2,000 people said.", day_from_ymd(2016, 9, 3), &tx,
              &ntx) == 0 && ntx == 0);
    arena_release(&a);
}

CHECK_MAIN("timex")
