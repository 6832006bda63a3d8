/*
 * test_read_text.c: the plain-text reader on small files in
 * tests/unit/read_text/, one expectation per line of cases.tsv. Exercises:
 *   - a page dump (menu bullets, caption with '|', "Published 9 March 2018",
 *     comment counter): headline and byline date found, spans into the file;
 *   - header lines (Title, URL, Outlet, Published, Author) and the body after
 *     them; outlet from the URL; a later "Published ..." line in the body
 *     does not beat the header;
 *   - "Updated: Feb. 14, 2015 10:30 a.m.", a date-only line, German months,
 *     CRLF line ends, no date at all (not an error);
 *   - errors: empty and blank files, NUL bytes, control bytes, invalid UTF-8,
 *     each with the byte offset where it applies;
 *   - command-line overrides beat what the file says.
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

static void run_case(const char *file, const char *name, const char *want)
{
    char path[4096], day[11], tmp[512];
    size_t len;
    char *data;
    struct arena a;
    struct article art;
    struct nl_error err;
    struct reader_opts opts = {0};
    const char *got = "?unknown field";
    enum nl_err e;

    snprintf(path, sizeof(path), "%s/%s", check_datadir, file);
    data = slurp(path, &len);
    CHECK_MSG(data != NULL, "cannot read %s", path);
    if (!data)
        return;
    opts.crawl_day = day_from_ymd(2020, 1, 1);
    arena_init(&a, 0);
    nl_error_clear(&err);
    e = reader_read_mem(&a, file, data, len, &opts, &art, &err);
    if (!strcmp(name, "error")) {
        size_t n = strlen(err.msg), w = strlen(want);
        CHECK_MSG(e == NL_EPARSE && n >= w && !strcmp(err.msg + n - w, want),
                  "%s: got error %d '%s', want '...%s'", file, (int)e, err.msg, want);
        arena_release(&a);
        free(data);
        return;
    }
    CHECK_MSG(e == NL_OK, "%s: %s", file, err.msg);
    if (e) {
        arena_release(&a);
        free(data);
        return;
    }
    CHECK(art.is_html == 0);
    CHECK(art.text_len == len && !memcmp(art.text, data, len));
    if (!strcmp(name, "title")) got = art.title;
    else if (!strcmp(name, "url")) got = art.url;
    else if (!strcmp(name, "outlet")) got = art.outlet;
    else if (!strcmp(name, "author")) got = art.author;
    else if (!strcmp(name, "published")) got = art.published;
    else if (!strcmp(name, "published_source")) got = art.published_source;
    else if (!strcmp(name, "modified")) got = art.modified;
    else if (!strcmp(name, "published_day")) {
        got = NULL;
        if (art.published_day != DAY_NONE) {
            day_format(art.published_day, day);
            got = day;
        }
    } else if (!strcmp(name, "published_text")) {
        snprintf(tmp, sizeof(tmp), "%.*s", (int)art.published_span.len,
                 art.text + art.published_span.off);
        got = tmp;
    } else if (!strcmp(name, "body_off")) {
        snprintf(tmp, sizeof(tmp), "%u", art.body.off);
        got = tmp;
    } else if (!strcmp(name, "body_text")) {
        snprintf(tmp, sizeof(tmp), "%.*s", (int)strcspn(art.text + art.body.off, "\r\n"),
                 art.text + art.body.off);
        if (!strncmp(tmp, want, strlen(want)))
            tmp[strlen(want)] = '\0';
        got = tmp;
    }
    {
        const char *w = strcmp(want, "-") ? want : NULL;
        CHECK_MSG((got == NULL && w == NULL) || (got && w && !strcmp(got, w)),
                  "%s: %s: got '%s', want '%s'", file, name, got ? got : "(null)",
                  w ? w : "(null)");
    }
    arena_release(&a);
    free(data);
}

static void run(void)
{
    char path[4096], line[2048];
    FILE *f;
    struct arena a;
    struct article art;
    struct nl_error err;
    struct reader_opts opts = {0};
    static const char dump[] = "Title: From the file\nPublished: 2016-09-03\n\nBody.\n";

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

    /* Overrides beat the file. */
    opts.title = "From the option";
    opts.published = "2016-09-05";
    opts.outlet = "Option Times";
    opts.url = "https://www.example.net/x";
    arena_init(&a, 0);
    CHECK_INT(reader_read_mem(&a, "dir/doc.txt", dump, strlen(dump), &opts, &art, &err), NL_OK);
    CHECK_STR(art.title, "From the option");
    CHECK_STR(art.published, "2016-09-05");
    CHECK_STR(art.published_source, "option");
    CHECK_INT(art.published_day, day_from_ymd(2016, 9, 5));
    CHECK_STR(art.outlet, "Option Times");
    CHECK_STR(art.url, "https://www.example.net/x");
    CHECK_STR(art.doc_id, "doc");
    CHECK_INT(strlen(art.content_hash), 32);
    /* Terminal controls in the text become spaces, byte for byte (offsets kept). */
    {
        static const char ctl[] = "Title: Control bytes\n\nThe vote \033[2Jwas\a held \xC2\x85on "
                                  "Friday, a t\x7f\tday of rain.\n";
        struct reader_opts o2;
        memset(&o2, 0, sizeof(o2));
        o2.crawl_day = DAY_NONE;
        CHECK_INT(reader_read_mem(&a, "ctl.txt", ctl, sizeof(ctl) - 1, &o2, &art, &err), NL_OK);
        CHECK_INT(art.text_len, sizeof(ctl) - 1);
        CHECK_STR(art.text, "Title: Control bytes\n\nThe vote  [2Jwas  held   on "
                            "Friday, a t \tday of rain.\n");
    }
    /* Unreadable paths. */
    CHECK_INT(reader_read_file(&a, "/nonexistent/x.txt", NULL, &art, &err), NL_EIO);
    CHECK_STR(err.msg, "cannot read '/nonexistent/x.txt': No such file or directory");
    CHECK_INT(reader_read_file(&a, check_datadir, NULL, &art, &err), NL_EIO);
    arena_release(&a);
}

CHECK_MAIN("read_text")
