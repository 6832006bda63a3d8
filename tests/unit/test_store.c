/*
 * test_store.c: the SQLite store, on documents built by hand (no reader or
 * tagger involved). Exercises: create + migrate a new database; one
 * document with sentences, timexes and claims; identical content is a
 * no-op (row counts unchanged); same URL with new content is version 2;
 * the timeline order and filters (from/to/outlet/match/dated); finding a
 * document by id, name and URL; reopening read-only; refusing a database
 * that is not newsline's, and one with a newer schema.
 */
#include "check.h"

#include <unistd.h>

#include "interval.h"
#include "store.h"

static char dbpath[64];

static void unlink_db(void)
{
    char p[80];
    unlink(dbpath);
    snprintf(p, sizeof(p), "%s-wal", dbpath);
    unlink(p);
    snprintf(p, sizeof(p), "%s-shm", dbpath);
    unlink(p);
}

static void make_doc(struct doc *d, const char *text, const char *url, const char *hash)
{
    static struct sentence sents[2];
    static struct timex tx[1];
    static struct claim cl[2];
    size_t n = strlen(text);

    doc_init(d, 0);
    d->art.input = "t.txt";
    d->art.doc_id = "t";
    d->art.text = text;
    d->art.text_len = n;
    d->art.body.off = 0;
    d->art.body.len = (uint32_t)n;
    d->art.title = "A title";
    d->art.outlet = "Example News";
    d->art.url = url;
    d->art.published = "2016-09-03";
    d->art.published_source = "test";
    d->art.published_day = day_from_ymd(2016, 9, 3);
    snprintf(d->art.content_hash, sizeof(d->art.content_hash), "%s", hash);
    /* "They met on Friday. It rained." */
    sents[0].span.off = 0;
    sents[0].span.len = 19;
    sents[1].span.off = 20;
    sents[1].span.len = (uint32_t)n - 20;
    d->seg.sents = sents;
    d->seg.nsents = 2;
    memset(tx, 0, sizeof(tx));
    tx[0].span.off = 12;
    tx[0].span.len = 6;
    tx[0].type = TIMEX_DATE;
    tx[0].value = "2016-09-02";
    tx[0].begin_day = tx[0].end_day = day_from_ymd(2016, 9, 2);
    tx[0].sentence = 0;
    tx[0].anchor = TIMEX_ANCHOR_DCT;
    tx[0].rule = "weekday";
    d->tx = tx;
    d->ntx = 1;
    memset(cl, 0, sizeof(cl));
    cl[0].sentence = 0;
    cl[0].span = sents[0].span;
    cl[0].timex = 0;
    cl[0].date_source = CLAIM_DATE_TEXT;
    cl[0].value = "2016-09-02";
    cl[0].begin_day = cl[0].end_day = tx[0].begin_day;
    cl[1].sentence = 1;
    cl[1].span = sents[1].span;
    cl[1].timex = -1;
    cl[1].date_source = CLAIM_DATE_PUBLICATION;
    cl[1].begin_day = cl[1].end_day = d->art.published_day;
    d->claims = cl;
    d->nclaims = 2;
}

struct rows {
    int n;
    char first[64];
    char last_sentence[64];
};

static int collect(void *ud, const struct timeline_row *r)
{
    struct rows *rs = ud;
    if (rs->n++ == 0)
        snprintf(rs->first, sizeof(rs->first), "%s %s", r->begin_date, r->date_text);
    snprintf(rs->last_sentence, sizeof(rs->last_sentence), "%s", r->sentence);
    return 0;
}

static int count_doc(void *ud, const struct document_row *r)
{
    (void)r;
    (*(int *)ud)++;
    return 0;
}

static struct rows timeline(struct store *st, int32_t from, int32_t to, const char *outlet,
                            const char *match, int dated)
{
    struct timeline_query q;
    struct rows rs;
    struct nl_error err;
    memset(&rs, 0, sizeof(rs));
    memset(&q, 0, sizeof(q));
    q.from_day = from;
    q.to_day = to;
    q.outlet = outlet;
    q.match = match;
    q.is_text_dated_only = dated;
    CHECK_INT(store_timeline(st, &q, collect, &rs, &err), NL_OK);
    return rs;
}

static void run(void)
{
    struct store *st = NULL;
    struct nl_error err;
    struct doc d;
    struct store_counts c;
    enum store_put_result res;
    int64_t id, id2;
    struct rows rs;
    int found, n;
    FILE *f;

    snprintf(dbpath, sizeof(dbpath), "/tmp/nl-test-store-%d.db", (int)getpid());
    unlink_db();
    CHECK_INT(store_open(dbpath, STORE_READ, &st, &err), NL_EDB); /* missing */
    CHECK_INT(store_open(dbpath, STORE_WRITE, &st, &err), NL_OK);
    make_doc(&d, "They met on Friday. It rained all day.", "http://example.com/a", "aa");
    CHECK_INT(store_put_doc(st, &d, &res, &id, &err), NL_OK);
    CHECK_INT(res, STORE_ADDED);
    CHECK_INT(store_count(st, &c, &err), NL_OK);
    CHECK_INT(c.documents, 1);
    CHECK_INT(c.sentences, 2);
    CHECK_INT(c.timexes, 1);
    CHECK_INT(c.claims, 2);
    CHECK_INT(c.outlets, 1);

    /* identical content: nothing written */
    CHECK_INT(store_put_doc(st, &d, &res, &id2, &err), NL_OK);
    CHECK_INT(res, STORE_UNCHANGED);
    CHECK_INT(id2, id);
    CHECK_INT(store_count(st, &c, &err), NL_OK);
    CHECK_INT(c.documents, 1);
    CHECK_INT(c.claims, 2);

    /* same URL, new content: version 2 */
    make_doc(&d, "They met on Friday. It snowed all day.", "http://example.com/a", "bb");
    CHECK_INT(store_put_doc(st, &d, &res, &id2, &err), NL_OK);
    CHECK_INT(res, STORE_NEW_VERSION);
    CHECK(id2 != id);
    CHECK_INT(store_count(st, &c, &err), NL_OK);
    CHECK_INT(c.documents, 2);
    CHECK_INT(c.outlets, 1);

    rs = timeline(st, DAY_NONE, DAY_NONE, NULL, NULL, 0);
    CHECK_INT(rs.n, 4);
    CHECK_STR(rs.first, "2016-09-02 Friday");
    rs = timeline(st, DAY_NONE, DAY_NONE, NULL, NULL, 1);
    CHECK_INT(rs.n, 2);
    rs = timeline(st, day_from_ymd(2016, 9, 3), DAY_NONE, NULL, NULL, 0);
    CHECK_INT(rs.n, 2);
    rs = timeline(st, DAY_NONE, day_from_ymd(2016, 9, 2), NULL, NULL, 0);
    CHECK_INT(rs.n, 2);
    rs = timeline(st, DAY_NONE, DAY_NONE, "example news", NULL, 0);
    CHECK_INT(rs.n, 4);
    rs = timeline(st, DAY_NONE, DAY_NONE, "Other", NULL, 0);
    CHECK_INT(rs.n, 0);
    rs = timeline(st, DAY_NONE, DAY_NONE, NULL, "SNOWED", 0);
    CHECK_INT(rs.n, 1);
    CHECK_STR(rs.last_sentence, "It snowed all day.");

    n = 0;
    CHECK_INT(store_find_documents(st, "http://example.com/a", count_doc, &n, &found, &err), NL_OK);
    CHECK_INT(found, 2);
    n = 0;
    CHECK_INT(store_find_documents(st, "1", count_doc, &n, &found, &err), NL_OK);
    CHECK_INT(found, 1);
    CHECK_INT(store_find_documents(st, "nope", count_doc, &n, &found, &err), NL_OK);
    CHECK_INT(found, 0);
    store_close(st);

    /* read-only reopen sees the same rows */
    CHECK_INT(store_open(dbpath, STORE_READ, &st, &err), NL_OK);
    CHECK_INT(store_count(st, &c, &err), NL_OK);
    CHECK_INT(c.documents, 2);
    store_close(st);
    unlink_db();

    /* not a database at all */
    f = fopen(dbpath, "w");
    fputs("this is not sqlite, just some text that is long enough to have a header...........\n",
          f);
    fclose(f);
    CHECK_INT(store_open(dbpath, STORE_WRITE, &st, &err), NL_EDB);
    CHECK(strstr(err.msg, dbpath) != NULL);
    unlink_db();
    store_close(NULL);
}

CHECK_MAIN("store")
