/*
 * test_read_html.c: the HTML reader on small hand-written pages in
 * tests/unit/read_html/, one expectation per line of cases.tsv
 * (file <TAB> field <TAB> expected). Exercises:
 *   - every date signal alone: JSON-LD, article: meta, <time pubdate>,
 *     visible bylines (English, German), date-classed elements, the URL;
 *   - conflicts: JSON-LD over meta, a future JSON-LD date rejected in favour
 *     of a byline (crawl day 2020-01-01), dates before 1990 rejected;
 *   - metadata: title without " | Site", outlet, canonical URL, author,
 *     language;
 *   - encodings: Latin-1 declared, BOM, UTF-8 mislabelled as Latin-1,
 *     stray bytes in UTF-8; broken markup;
 *   - body: navigation, share widgets, captions, related links, comments,
 *     cookie notices and footers left out; headings, lists, quotes kept.
 * Also: reader_detect, and reader_read_mem on empty input.
 */
#include <stdlib.h>

#include "check.h"
#include "interval.h"
#include "reader.h"

static char *slurp(const char *path, size_t *len)
{
    char *data = NULL;
    struct nl_error err;
    if (reader_slurp(path, 0, &data, len, &err))
        return NULL;
    return data;
}

static const char *field(const struct article *a, const char *name, char day[11])
{
    if (!strcmp(name, "title")) return a->title;
    if (!strcmp(name, "outlet")) return a->outlet;
    if (!strcmp(name, "url")) return a->url;
    if (!strcmp(name, "author")) return a->author;
    if (!strcmp(name, "language")) return a->language;
    if (!strcmp(name, "published")) return a->published;
    if (!strcmp(name, "published_source")) return a->published_source;
    if (!strcmp(name, "modified")) return a->modified;
    if (!strcmp(name, "published_day")) {
        if (a->published_day == DAY_NONE)
            return NULL;
        day_format(a->published_day, day);
        return day;
    }
    return "?unknown field";
}

static void run_case(const char *file, const char *name, const char *want)
{
    char path[4096], day[11];
    size_t len;
    char *data;
    struct arena a;
    struct article art;
    struct nl_error err;
    struct reader_opts opts = {0};

    snprintf(path, sizeof(path), "%s/%s", check_datadir, file);
    data = slurp(path, &len);
    CHECK_MSG(data != NULL, "cannot read %s", path);
    if (!data)
        return;
    opts.crawl_day = day_from_ymd(2020, 1, 1);
    arena_init(&a, 0);
    CHECK_MSG(reader_read_mem(&a, path, data, len, &opts, &art, &err) == NL_OK, "%s: %s", file,
              err.msg);
    if (!strcmp(name, "body_has") || !strcmp(name, "body_lacks")) {
        int has = art.text && strstr(art.text, want) != NULL;
        CHECK_MSG(has == !strcmp(name, "body_has"), "%s: %s '%s'; body:\n%s", file, name, want,
                  art.text ? art.text : "(null)");
    } else {
        const char *got = field(&art, name, day);
        const char *w = strcmp(want, "-") ? want : NULL;
        CHECK_MSG((got == NULL && w == NULL) || (got && w && !strcmp(got, w)),
                  "%s: %s: got '%s', want '%s'", file, name, got ? got : "(null)",
                  w ? w : "(null)");
    }
    CHECK(art.is_html == 1);
    arena_release(&a);
    free(data);
}

static void run(void)
{
    char path[512], line[2048];
    FILE *f;
    struct arena a;
    struct article art;
    struct nl_error err;

    snprintf(path, sizeof(path), "%s/cases.tsv", check_datadir);
    f = fopen(path, "r");
    CHECK_MSG(f != NULL, "cannot open %s", path);
    if (!f)
        return;
    while (fgets(line, sizeof(line), f)) {
        char *t1, *t2;
        line[strcspn(line, "\n")] = '\0';
        if (!line[0] || line[0] == '#')
            continue;
        t1 = strchr(line, '\t');
        t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
        CHECK_MSG(t2 != NULL, "bad case line: %s", line);
        if (!t2)
            continue;
        *t1 = *t2 = '\0';
        run_case(line, t1 + 1, t2 + 1);
    }
    fclose(f);

    CHECK_INT(reader_detect("<!DOCTYPE html><p>x</p>", 23), READER_HTML);
    CHECK_INT(reader_detect("  <div>x</div>", 14), READER_HTML);
    CHECK_INT(reader_detect("Title: x\n\nbody <b> text", 23), READER_TEXT);
    CHECK_INT(reader_detect("a < b and c > d", 15), READER_TEXT);
    CHECK_INT(reader_detect("text first\n<html><body>x</body></html>", 38), READER_HTML);

    arena_init(&a, 0);
    CHECK_INT(read_html(&a, "e.html", "", 0, NULL, &art, &err), NL_EPARSE);
    CHECK_INT(reader_read_mem(&a, "big.html", "<p>abc</p>", 10,
                              &(struct reader_opts){.max_bytes = 5}, &art, &err),
              NL_ETOOBIG);
    /* deep nesting and hostile markup must not crash */
    {
        char *deep = malloc(200000);
        size_t i, n = 0;
        for (i = 0; i < 20000; i++) {
            memcpy(deep + n, "<div>", 5);
            n += 5;
        }
        memcpy(deep + n, "text", 4);
        n += 4;
        CHECK_INT(reader_read_mem(&a, "deep.html", deep, n, NULL, &art, &err), NL_OK);
        free(deep);
    }
    arena_release(&a);
}

CHECK_MAIN("read_html")
