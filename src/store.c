/*
 * store.c: newsline's SQLite store; see store.h and doc/schema.md.
 *
 * The only file that includes sqlite3.h. Statements are prepared once on
 * first use and cached in struct store; every rc is checked and
 * sqlite3_errmsg() copied into the nl_error. Dates are stored as ISO text
 * (YYYY-MM-DD), which sorts correctly and reads well in sqlite3; the
 * library's day numbers never reach the database.
 *
 * Schema changes: append a migration to migrations[] and bump
 * STORE_SCHEMA_VERSION; never edit a released migration.
 */
#include "store.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "interval.h"
#include "banned.h"

/* How long a writer waits for another one (ingest runs in parallel). */
#define STORE_BUSY_TIMEOUT_MS 10000

static const char *const migrations[] = {
    /* 1: documents, sentences, timexes, claims */
    "CREATE TABLE outlet (\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  name TEXT NOT NULL UNIQUE COLLATE NOCASE\n"
    ");\n"
    "CREATE TABLE document (\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  name TEXT NOT NULL,\n"
    "  path TEXT,\n"
    "  url TEXT,\n"
    "  title TEXT,\n"
    "  outlet_id INTEGER REFERENCES outlet(id),\n"
    "  author TEXT,\n"
    "  language TEXT,\n"
    "  published TEXT,\n"
    "  published_date TEXT,\n"
    "  published_source TEXT,\n"
    "  modified TEXT,\n"
    "  content_hash TEXT NOT NULL UNIQUE,\n"
    "  version INTEGER NOT NULL DEFAULT 1,\n"
    "  previous_version_id INTEGER REFERENCES document(id),\n"
    "  text TEXT NOT NULL,\n"
    "  body_start INTEGER NOT NULL,\n"
    "  body_end INTEGER NOT NULL,\n"
    "  ingested_at TEXT NOT NULL\n"
    ");\n"
    "CREATE INDEX document_url ON document(url);\n"
    "CREATE INDEX document_name ON document(name);\n"
    "CREATE INDEX document_published ON document(published_date);\n"
    "CREATE TABLE sentence (\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,\n"
    "  seq INTEGER NOT NULL,\n"
    "  start INTEGER NOT NULL,\n"
    "  end INTEGER NOT NULL,\n"
    "  text TEXT NOT NULL,\n"
    "  UNIQUE (document_id, seq)\n"
    ");\n"
    "CREATE TABLE timex (\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,\n"
    "  sentence_id INTEGER REFERENCES sentence(id),\n"
    "  seq INTEGER NOT NULL,\n"
    "  start INTEGER NOT NULL,\n"
    "  end INTEGER NOT NULL,\n"
    "  text TEXT NOT NULL,\n"
    "  type TEXT NOT NULL CHECK (type IN ('DATE','TIME','DURATION','SET')),\n"
    "  value TEXT NOT NULL,\n"
    "  mod TEXT,\n"
    "  begin_date TEXT,\n"
    "  end_date TEXT,\n"
    "  anchor TEXT,\n"
    "  rule TEXT,\n"
    "  UNIQUE (document_id, seq)\n"
    ");\n"
    "CREATE TABLE claim (\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,\n"
    "  sentence_id INTEGER NOT NULL REFERENCES sentence(id),\n"
    "  seq INTEGER NOT NULL,\n"
    "  start INTEGER NOT NULL,\n"
    "  end INTEGER NOT NULL,\n"
    "  trigger_start INTEGER,\n"
    "  trigger_end INTEGER,\n"
    "  timex_id INTEGER REFERENCES timex(id),\n"
    "  date_source TEXT NOT NULL CHECK (date_source IN ('text','publication','none')),\n"
    "  value TEXT,\n"
    "  begin_date TEXT,\n"
    "  end_date TEXT,\n"
    "  actor TEXT,\n"
    "  action TEXT,\n"
    "  object TEXT,\n"
    "  attribution TEXT,\n"
    "  modality TEXT NOT NULL DEFAULT 'asserted',\n"
    "  polarity TEXT NOT NULL DEFAULT 'positive' CHECK (polarity IN ('positive','negative')),\n"
    "  UNIQUE (document_id, seq)\n"
    ");\n"
    "CREATE INDEX claim_dates ON claim(begin_date, end_date);\n"
    "CREATE INDEX sentence_document ON sentence(document_id);\n"
    "CREATE INDEX timex_document ON timex(document_id);\n"
    "CREATE INDEX claim_document ON claim(document_id);\n",
    /* 2: what triggered a claim, and the amount it states */
    "ALTER TABLE claim ADD COLUMN kind TEXT NOT NULL DEFAULT 'sentence'\n"
    "  CHECK (kind IN ('sentence','verb','noun'));\n"
    "ALTER TABLE claim ADD COLUMN quantity TEXT;\n",
    /* 3: the pronoun an actor was resolved from, and where its antecedent is */
    "ALTER TABLE claim ADD COLUMN actor_pronoun TEXT;\n"
    "ALTER TABLE claim ADD COLUMN antecedent_start INTEGER;\n"
    "ALTER TABLE claim ADD COLUMN antecedent_end INTEGER;\n",
};

enum stmt_id {
    Q_FIND_HASH,
    Q_LATEST_URL,
    Q_OUTLET_GET,
    Q_OUTLET_ADD,
    Q_DOC_ADD,
    Q_SENT_ADD,
    Q_TIMEX_ADD,
    Q_CLAIM_ADD,
    Q_COUNT,
    Q_FIND_DOCS,
    Q_DOC_TIMEXES,
    Q_DOC_CLAIMS,
    Q_NSTMT
};

static const char *const stmt_sql[Q_NSTMT] = {
    [Q_FIND_HASH] = "SELECT id FROM document WHERE content_hash = ?1",
    [Q_LATEST_URL] = "SELECT id, version FROM document WHERE url = ?1 "
                     "ORDER BY version DESC LIMIT 1",
    [Q_OUTLET_GET] = "SELECT id FROM outlet WHERE name = ?1",
    [Q_OUTLET_ADD] = "INSERT INTO outlet(name) VALUES (?1)",
    [Q_DOC_ADD] = "INSERT INTO document(name, path, url, title, outlet_id, author, language, "
                  "published, published_date, published_source, modified, content_hash, "
                  "version, previous_version_id, text, body_start, body_end, ingested_at) "
                  "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18)",
    [Q_SENT_ADD] = "INSERT INTO sentence(document_id, seq, start, end, text) "
                   "VALUES (?1,?2,?3,?4,?5)",
    [Q_TIMEX_ADD] = "INSERT INTO timex(document_id, sentence_id, seq, start, end, text, type, "
                    "value, mod, begin_date, end_date, anchor, rule) "
                    "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13)",
    [Q_CLAIM_ADD] = "INSERT INTO claim(document_id, sentence_id, seq, start, end, trigger_start, "
                    "trigger_end, timex_id, date_source, value, begin_date, end_date, actor, "
                    "action, object, attribution, modality, polarity, kind, quantity, "
                    "actor_pronoun, antecedent_start, antecedent_end) "
                    "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,"
                    "?19,?20,?21,?22,?23)",
    [Q_COUNT] = "SELECT (SELECT count(*) FROM outlet), (SELECT count(*) FROM document), "
                "(SELECT count(*) FROM sentence), (SELECT count(*) FROM timex), "
                "(SELECT count(*) FROM claim)",
    [Q_FIND_DOCS] =
        "SELECT d.id, d.name, d.path, d.url, d.title, o.name, d.author, d.language, "
        "d.published, d.published_source, d.modified, d.content_hash, d.version, d.text, "
        "(SELECT count(*) FROM sentence WHERE document_id = d.id), "
        "(SELECT count(*) FROM timex WHERE document_id = d.id), "
        "(SELECT count(*) FROM claim WHERE document_id = d.id) "
        "FROM document d LEFT JOIN outlet o ON o.id = d.outlet_id "
        "WHERE CAST(d.id AS TEXT) = ?1 OR d.name = ?1 OR d.url = ?1 OR d.path = ?1 "
        "ORDER BY d.url, d.version, d.id",
    [Q_DOC_TIMEXES] = "SELECT start, end, text, type, value, mod, begin_date, end_date "
                      "FROM timex WHERE document_id = ?1 ORDER BY seq",
    [Q_DOC_CLAIMS] = NULL, /* built from the timeline query below */
};

/* Shared by store_timeline and store_document_claims. */
#define TIMELINE_SELECT                                                                    \
    "SELECT c.id, d.id, d.name, coalesce(o.name,''), coalesce(d.title,''), "              \
    "coalesce(d.url,''), coalesce(d.published_date,''), coalesce(t.text,''), "            \
    "coalesce(c.value,''), coalesce(c.begin_date,''), coalesce(c.end_date,''), "          \
    "c.date_source, s.text, coalesce(c.actor,''), coalesce(c.action,''), "                \
    "coalesce(c.object,''), coalesce(c.attribution,''), c.modality, c.polarity, "          \
    "coalesce(c.quantity,''), c.kind, coalesce(c.actor_pronoun,'') "                       \
    "FROM claim c JOIN document d ON d.id = c.document_id "                                \
    "JOIN sentence s ON s.id = c.sentence_id "                                             \
    "LEFT JOIN outlet o ON o.id = d.outlet_id LEFT JOIN timex t ON t.id = c.timex_id "

struct store {
    sqlite3 *db;
    const char *path;
    sqlite3_stmt *stmt[Q_NSTMT];
    sqlite3_stmt *timeline;
    int writer; /* opened for writing: in WAL mode until store_close */
};

static enum nl_err db_error(struct store *st, struct nl_error *err, const char *what)
{
    return nl_error_set(err, NL_EDB, st->path, "%s '%s': %s", what, st->path,
                        sqlite3_errmsg(st->db));
}

static enum nl_err exec(struct store *st, const char *sql, struct nl_error *err)
{
    char *msg = NULL;
    if (sqlite3_exec(st->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        nl_error_set(err, NL_EDB, st->path, "database error in '%s': %s", st->path,
                     msg ? msg : sqlite3_errmsg(st->db));
        sqlite3_free(msg);
        return NL_EDB;
    }
    return NL_OK;
}

static sqlite3_stmt *stmt(struct store *st, enum stmt_id id, struct nl_error *err)
{
    sqlite3_stmt *s = st->stmt[id];
    if (!s) {
        if (sqlite3_prepare_v3(st->db, stmt_sql[id], -1, SQLITE_PREPARE_PERSISTENT, &st->stmt[id],
                               NULL) != SQLITE_OK) {
            db_error(st, err, "cannot prepare a query on");
            return NULL;
        }
        s = st->stmt[id];
    } else {
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
    }
    return s;
}

static void now_iso(char out[32])
{
    time_t t = time(NULL);
    int64_t secs = (int64_t)t;
    int32_t day = (int32_t)(secs >= 0 ? secs / 86400 : (secs - 86399) / 86400);
    int64_t rem = secs - (int64_t)day * 86400;
    char d[11];
    day_format(day, d);
    snprintf(out, 32, "%sT%02d:%02d:%02dZ", d, (int)(rem / 3600), (int)(rem / 60 % 60),
             (int)(rem % 60));
}

/* The schema version, 0 for an empty database, -1 when not newsline's. */
static int schema_version(struct store *st, struct nl_error *err, enum nl_err *e)
{
    sqlite3_stmt *s = NULL;
    int version = 0, rc, ntables = 0, has_ours = 0;

    *e = NL_OK;
    rc = sqlite3_prepare_v2(st->db,
                            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                            "LIKE 'sqlite_%'",
                            -1, &s, NULL);
    if (rc != SQLITE_OK) {
        *e = nl_error_set(err, NL_EDB, st->path, "cannot read database '%s': %s", st->path,
                          sqlite3_errmsg(st->db));
        return -1;
    }
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        ntables++;
        if (!strcmp((const char *)sqlite3_column_text(s, 0), "newsline_schema"))
            has_ours = 1;
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE) {
        *e = nl_error_set(err, NL_EDB, st->path, "cannot read database '%s': %s", st->path,
                          sqlite3_errmsg(st->db));
        return -1;
    }
    if (!has_ours) {
        if (ntables == 0)
            return 0;
        *e = nl_error_set(err, NL_EDB, st->path,
                          "'%s' is not a newsline database (it has other tables)", st->path);
        return -1;
    }
    if (sqlite3_prepare_v2(st->db, "SELECT max(version) FROM newsline_schema", -1, &s, NULL) !=
        SQLITE_OK) {
        *e = nl_error_set(err, NL_EDB, st->path, "cannot read database '%s': %s", st->path,
                          sqlite3_errmsg(st->db));
        return -1;
    }
    if (sqlite3_step(s) == SQLITE_ROW)
        version = sqlite3_column_int(s, 0);
    sqlite3_finalize(s);
    return version;
}

static enum nl_err migrate(struct store *st, int from, struct nl_error *err)
{
    enum nl_err e;
    int v;
    char sql[160], now[32];

    now_iso(now);
    e = exec(st, "BEGIN IMMEDIATE", err);
    if (e)
        return e;
    /*
     * Another process may have migrated between our first look and the
     * write lock (two `ingest` runs starting on a new database): read the
     * version again under the lock, and migrate only what is still missing.
     */
    from = schema_version(st, err, &e);
    if (!e && from > STORE_SCHEMA_VERSION)
        e = nl_error_set(err, NL_EDB, st->path,
                         "database '%s' has schema version %d, newer than this newsline (%d)",
                         st->path, from, STORE_SCHEMA_VERSION);
    if (!e && from == 0)
        e = exec(st,
                 "CREATE TABLE newsline_schema (version INTEGER NOT NULL, applied_at TEXT NOT NULL)",
                 err);
    for (v = from; !e && v < STORE_SCHEMA_VERSION; v++) {
        e = exec(st, migrations[v], err);
        if (!e) {
            snprintf(sql, sizeof(sql), "INSERT INTO newsline_schema VALUES (%d, '%s')", v + 1, now);
            e = exec(st, sql, err);
        }
    }
    if (e) {
        sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
        return e;
    }
    return exec(st, "COMMIT", err);
}

/*
 * PRAGMA journal_mode=WAL on a new database needs an exclusive lock, and
 * SQLite returns SQLITE_BUSY at once, without the busy handler, when another
 * connection is switching or migrating at that moment (two `ingest` runs
 * starting on a new database). So this one statement waits itself, for as
 * long as the busy timeout set in store_open.
 */
static enum nl_err set_wal(struct store *st, struct nl_error *err)
{
    int rc, waited_ms = 0;

    while ((rc = sqlite3_exec(st->db, "PRAGMA journal_mode=WAL", NULL, NULL, NULL)) != SQLITE_OK &&
           (rc & 0xff) == SQLITE_BUSY && waited_ms < STORE_BUSY_TIMEOUT_MS) {
        sqlite3_sleep(20);
        waited_ms += 20;
    }
    if (rc != SQLITE_OK)
        return db_error(st, err, "cannot set up database");
    return NL_OK;
}

enum nl_err store_open(const char *path, enum store_mode mode, struct store **out,
                       struct nl_error *err)
{
    struct store *st;
    enum nl_err e = NL_OK;
    int flags, version;

    *out = NULL;
    st = nl_calloc(1, sizeof(*st));
    if (!st)
        return nl_error_set(err, NL_ENOMEM, path, "out of memory");
    st->path = path;
    flags = mode == STORE_WRITE ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY;
    if (sqlite3_open_v2(path, &st->db, flags, NULL) != SQLITE_OK) {
        if (mode == STORE_READ && !st->db)
            e = nl_error_set(err, NL_EDB, path, "cannot open database '%s': out of memory", path);
        else if (mode == STORE_READ)
            e = nl_error_set(err, NL_EDB, path,
                             "cannot open database '%s': %s (run 'newsline ingest' first?)", path,
                             sqlite3_errmsg(st->db));
        else
            e = db_error(st, err, "cannot open database");
        goto fail;
    }
    sqlite3_extended_result_codes(st->db, 1);
    sqlite3_busy_timeout(st->db, STORE_BUSY_TIMEOUT_MS);
    version = schema_version(st, err, &e);
    if (e)
        goto fail;
    if (version > STORE_SCHEMA_VERSION) {
        e = nl_error_set(err, NL_EDB, path,
                         "database '%s' has schema version %d, newer than this newsline (%d)",
                         path, version, STORE_SCHEMA_VERSION);
        goto fail;
    }
    if (mode == STORE_READ && version == 0) {
        e = nl_error_set(err, NL_EDB, path, "'%s' is not a newsline database (it is empty)", path);
        goto fail;
    }
    if (mode == STORE_READ && version < STORE_SCHEMA_VERSION) {
        /*
         * An older newsline's database: the queries name columns it lacks,
         * so upgrade it as ingest would (one transaction), which needs it
         * opened for writing.
         */
        sqlite3_close(st->db);
        st->db = NULL;
        if (sqlite3_open_v2(path, &st->db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
            e = nl_error_set(err, NL_EDB, path,
                             "database '%s' has schema version %d, older than this newsline "
                             "(%d), and cannot be upgraded: %s",
                             path, version, STORE_SCHEMA_VERSION,
                             st->db ? sqlite3_errmsg(st->db) : "out of memory");
            goto fail;
        }
        sqlite3_extended_result_codes(st->db, 1);
        sqlite3_busy_timeout(st->db, STORE_BUSY_TIMEOUT_MS);
        mode = STORE_WRITE;
    }
    if (mode == STORE_WRITE) {
        e = set_wal(st, err);
        if (!e)
            e = exec(st, "PRAGMA synchronous=NORMAL", err);
    }
    if (!e)
        e = exec(st, "PRAGMA foreign_keys=ON", err);
    if (!e && mode == STORE_WRITE && version < STORE_SCHEMA_VERSION)
        e = migrate(st, version, err);
    /*
     * The schema's CHECK (x IN ('a','b',...)) constraints cost SQLite 3.40 an
     * ephemeral table built for every row inserted (two thirds of the
     * instructions of an ingest went there). What this connection writes in
     * those columns comes from fixed name tables (timex_type_name(),
     * claim_date_source_name(), the kind and polarity literals in put_rows()),
     * so it skips them; the constraints stay in the schema for other writers.
     */
    if (!e && mode == STORE_WRITE)
        e = exec(st, "PRAGMA ignore_check_constraints=ON", err);
    if (e)
        goto fail;
    st->writer = mode == STORE_WRITE;
    *out = st;
    return NL_OK;
fail:
    store_close(st);
    return e;
}

void store_close(struct store *st)
{
    int i;
    if (!st)
        return;
    for (i = 0; i < Q_NSTMT; i++)
        sqlite3_finalize(st->stmt[i]);
    sqlite3_finalize(st->timeline);
    /*
     * WAL is for the time writers work; at rest the database goes back to a
     * rollback journal, so that it is one file again: a read-only connection
     * (timeline, show) to a WAL database creates -wal and -shm files it
     * cannot remove, and a copy of the .db alone would need them. The switch
     * checkpoints first, and fails harmlessly (SQLITE_BUSY) while another
     * connection is open, which then keeps WAL for the next writer's close.
     */
    if (st->writer)
        sqlite3_exec(st->db, "PRAGMA journal_mode=DELETE", NULL, NULL, NULL);
    sqlite3_close(st->db);
    free(st);
}

/* Bind helpers: NULL or empty strings become SQL NULL where noted. */
static int bind_text(sqlite3_stmt *s, int i, const char *v)
{
    if (!v)
        return sqlite3_bind_null(s, i);
    return sqlite3_bind_text(s, i, v, -1, SQLITE_TRANSIENT);
}

static int bind_span_text(sqlite3_stmt *s, int i, const char *text, struct span sp)
{
    return sqlite3_bind_text(s, i, text + sp.off, (int)sp.len, SQLITE_TRANSIENT);
}

static int bind_day(sqlite3_stmt *s, int i, int32_t day)
{
    char d[11];
    if (day == DAY_NONE)
        return sqlite3_bind_null(s, i);
    day_format(day, d);
    return sqlite3_bind_text(s, i, d, 10, SQLITE_TRANSIENT);
}

static int step_done(sqlite3_stmt *s)
{
    int rc = sqlite3_step(s);
    sqlite3_reset(s);
    return rc == SQLITE_DONE ? 0 : -1;
}

static enum nl_err outlet_id(struct store *st, const char *name, int64_t *id, struct nl_error *err)
{
    sqlite3_stmt *s;
    int rc;

    *id = 0;
    if (!name || !*name)
        return NL_OK;
    if (!(s = stmt(st, Q_OUTLET_GET, err)))
        return NL_EDB;
    bind_text(s, 1, name);
    rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        *id = sqlite3_column_int64(s, 0);
        sqlite3_reset(s);
        return NL_OK;
    }
    sqlite3_reset(s);
    if (rc != SQLITE_DONE || !(s = stmt(st, Q_OUTLET_ADD, err)))
        return db_error(st, err, "cannot write outlet to");
    bind_text(s, 1, name);
    if (step_done(s))
        return db_error(st, err, "cannot write outlet to");
    *id = sqlite3_last_insert_rowid(st->db);
    return NL_OK;
}

static enum nl_err put_rows(struct store *st, const struct doc *d, int64_t *doc_id,
                            enum store_put_result *result, struct nl_error *err)
{
    const struct article *a = &d->art;
    sqlite3_stmt *s;
    int64_t out_id, prev_id = 0, version = 1, *sent_ids = NULL, *timex_ids = NULL;
    char now[32];
    enum nl_err e;
    size_t i;
    int rc;

    if (a->url && *a->url) {
        if (!(s = stmt(st, Q_LATEST_URL, err)))
            return NL_EDB;
        bind_text(s, 1, a->url);
        rc = sqlite3_step(s);
        if (rc == SQLITE_ROW) {
            prev_id = sqlite3_column_int64(s, 0);
            version = sqlite3_column_int64(s, 1) + 1;
            *result = STORE_NEW_VERSION;
        }
        sqlite3_reset(s);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return db_error(st, err, "cannot read");
    }
    e = outlet_id(st, a->outlet, &out_id, err);
    if (e)
        return e;
    if (!(s = stmt(st, Q_DOC_ADD, err)))
        return NL_EDB;
    now_iso(now);
    bind_text(s, 1, a->doc_id ? a->doc_id : "-");
    bind_text(s, 2, a->input && strcmp(a->input, "-") ? a->input : NULL);
    bind_text(s, 3, a->url && *a->url ? a->url : NULL);
    bind_text(s, 4, a->title);
    if (out_id)
        sqlite3_bind_int64(s, 5, out_id);
    bind_text(s, 6, a->author);
    bind_text(s, 7, a->language);
    bind_text(s, 8, a->published);
    bind_day(s, 9, a->published_day);
    bind_text(s, 10, a->published_source);
    bind_text(s, 11, a->modified);
    bind_text(s, 12, a->content_hash);
    sqlite3_bind_int64(s, 13, version);
    if (prev_id)
        sqlite3_bind_int64(s, 14, prev_id);
    sqlite3_bind_text(s, 15, a->text, (int)a->text_len, SQLITE_TRANSIENT);
    sqlite3_bind_int64(s, 16, a->body.off);
    sqlite3_bind_int64(s, 17, (int64_t)a->body.off + a->body.len);
    bind_text(s, 18, now);
    if (step_done(s))
        return db_error(st, err, "cannot write document to");
    *doc_id = sqlite3_last_insert_rowid(st->db);

    sent_ids = nl_calloc(d->seg.nsents + 1, sizeof(*sent_ids));
    timex_ids = nl_calloc(d->ntx + 1, sizeof(*timex_ids));
    if (!sent_ids || !timex_ids) {
        e = nl_error_set(err, NL_ENOMEM, a->input, "out of memory");
        goto out;
    }
    e = NL_EDB;
    for (i = 0; i < d->seg.nsents; i++) {
        const struct sentence *se = &d->seg.sents[i];
        if (!(s = stmt(st, Q_SENT_ADD, err)))
            goto out;
        sqlite3_bind_int64(s, 1, *doc_id);
        sqlite3_bind_int64(s, 2, (int64_t)i);
        sqlite3_bind_int64(s, 3, se->span.off);
        sqlite3_bind_int64(s, 4, (int64_t)se->span.off + se->span.len);
        bind_span_text(s, 5, a->text, se->span);
        if (step_done(s)) {
            db_error(st, err, "cannot write sentence to");
            goto out;
        }
        sent_ids[i] = sqlite3_last_insert_rowid(st->db);
    }
    for (i = 0; i < d->ntx; i++) {
        const struct timex *t = &d->tx[i];
        char anchor[32];
        if (!(s = stmt(st, Q_TIMEX_ADD, err)))
            goto out;
        sqlite3_bind_int64(s, 1, *doc_id);
        if (t->sentence < d->seg.nsents)
            sqlite3_bind_int64(s, 2, sent_ids[t->sentence]);
        sqlite3_bind_int64(s, 3, (int64_t)i);
        sqlite3_bind_int64(s, 4, t->span.off);
        sqlite3_bind_int64(s, 5, (int64_t)t->span.off + t->span.len);
        bind_span_text(s, 6, a->text, t->span);
        bind_text(s, 7, timex_type_name(t->type));
        bind_text(s, 8, t->value ? t->value : "");
        bind_text(s, 9, t->mod);
        bind_day(s, 10, t->begin_day);
        bind_day(s, 11, t->end_day);
        if (t->anchor == TIMEX_ANCHOR_DCT)
            snprintf(anchor, sizeof(anchor), "publication");
        else if (t->anchor >= 0)
            snprintf(anchor, sizeof(anchor), "timex %d", (int)t->anchor);
        else
            snprintf(anchor, sizeof(anchor), "absolute");
        bind_text(s, 12, anchor);
        bind_text(s, 13, t->rule);
        if (step_done(s)) {
            db_error(st, err, "cannot write timex to");
            goto out;
        }
        timex_ids[i] = sqlite3_last_insert_rowid(st->db);
    }
    for (i = 0; i < d->nclaims; i++) {
        const struct claim *c = &d->claims[i];
        if (!(s = stmt(st, Q_CLAIM_ADD, err)))
            goto out;
        sqlite3_bind_int64(s, 1, *doc_id);
        sqlite3_bind_int64(s, 2, sent_ids[c->sentence < d->seg.nsents ? c->sentence : 0]);
        sqlite3_bind_int64(s, 3, (int64_t)i);
        sqlite3_bind_int64(s, 4, c->span.off);
        sqlite3_bind_int64(s, 5, (int64_t)c->span.off + c->span.len);
        if (c->trigger.len) {
            sqlite3_bind_int64(s, 6, c->trigger.off);
            sqlite3_bind_int64(s, 7, (int64_t)c->trigger.off + c->trigger.len);
        }
        if (c->timex >= 0 && (size_t)c->timex < d->ntx)
            sqlite3_bind_int64(s, 8, timex_ids[c->timex]);
        bind_text(s, 9, claim_date_source_name(c->date_source));
        bind_text(s, 10, c->value);
        bind_day(s, 11, c->begin_day);
        bind_day(s, 12, c->end_day);
        bind_text(s, 13, c->actor);
        bind_text(s, 14, c->action);
        bind_text(s, 15, c->object);
        bind_text(s, 16, c->attribution);
        bind_text(s, 17, claim_modality_name(c->modality));
        bind_text(s, 18, c->is_negated ? "negative" : "positive");
        bind_text(s, 19, c->kind == CLAIM_VERB ? "verb" : c->kind == CLAIM_NOUN ? "noun" : "sentence");
        bind_text(s, 20, c->quantity);
        bind_text(s, 21, c->actor_pronoun);
        if (c->actor_pronoun) {
            sqlite3_bind_int64(s, 22, c->antecedent_span.off);
            sqlite3_bind_int64(s, 23, (int64_t)c->antecedent_span.off + c->antecedent_span.len);
        }
        if (step_done(s)) {
            db_error(st, err, "cannot write claim to");
            goto out;
        }
    }
    e = NL_OK;
out:
    free(sent_ids);
    free(timex_ids);
    return e;
}

enum nl_err store_put_doc(struct store *st, const struct doc *d, enum store_put_result *result,
                          int64_t *doc_id, struct nl_error *err)
{
    sqlite3_stmt *s;
    enum nl_err e;
    int rc;

    *result = STORE_ADDED;
    *doc_id = 0;
    e = exec(st, "BEGIN IMMEDIATE", err);
    if (e)
        return e;
    if (!(s = stmt(st, Q_FIND_HASH, err))) {
        e = NL_EDB;
        goto fail;
    }
    bind_text(s, 1, d->art.content_hash);
    rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        *doc_id = sqlite3_column_int64(s, 0);
        *result = STORE_UNCHANGED;
        sqlite3_reset(s);
        return exec(st, "ROLLBACK", err);
    }
    sqlite3_reset(s);
    if (rc != SQLITE_DONE) {
        e = db_error(st, err, "cannot read");
        goto fail;
    }
    e = put_rows(st, d, doc_id, result, err);
    if (e)
        goto fail;
    e = exec(st, "COMMIT", err);
    if (e)
        goto fail;
    return NL_OK;
fail:
    sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
    return e;
}

enum nl_err store_count(struct store *st, struct store_counts *c, struct nl_error *err)
{
    sqlite3_stmt *s = stmt(st, Q_COUNT, err);
    if (!s)
        return NL_EDB;
    if (sqlite3_step(s) != SQLITE_ROW) {
        sqlite3_reset(s);
        return db_error(st, err, "cannot read");
    }
    c->outlets = sqlite3_column_int64(s, 0);
    c->documents = sqlite3_column_int64(s, 1);
    c->sentences = sqlite3_column_int64(s, 2);
    c->timexes = sqlite3_column_int64(s, 3);
    c->claims = sqlite3_column_int64(s, 4);
    sqlite3_reset(s);
    return NL_OK;
}

static const char *col(sqlite3_stmt *s, int i)
{
    const unsigned char *t = sqlite3_column_text(s, i);
    return t ? (const char *)t : "";
}

static void read_timeline_row(sqlite3_stmt *s, struct timeline_row *r)
{
    r->claim_id = sqlite3_column_int64(s, 0);
    r->document_id = sqlite3_column_int64(s, 1);
    r->doc_key = col(s, 2);
    r->outlet = col(s, 3);
    r->title = col(s, 4);
    r->url = col(s, 5);
    r->published = col(s, 6);
    r->date_text = col(s, 7);
    r->value = col(s, 8);
    r->begin_date = col(s, 9);
    r->end_date = col(s, 10);
    r->date_source = col(s, 11);
    r->sentence = col(s, 12);
    r->actor = col(s, 13);
    r->action = col(s, 14);
    r->object = col(s, 15);
    r->attribution = col(s, 16);
    r->modality = col(s, 17);
    r->polarity = col(s, 18);
    r->quantity = col(s, 19);
    r->kind = col(s, 20);
    r->actor_pronoun = col(s, 21);
}

static enum nl_err walk_rows(struct store *st, sqlite3_stmt *s, timeline_fn fn, void *ud,
                             struct nl_error *err)
{
    struct timeline_row r;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        read_timeline_row(s, &r);
        if (fn(ud, &r))
            break;
    }
    sqlite3_reset(s);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return db_error(st, err, "cannot read");
    return NL_OK;
}

enum nl_err store_timeline(struct store *st, const struct timeline_query *q, timeline_fn fn,
                           void *ud, struct nl_error *err)
{
    static const char sql[] =
        TIMELINE_SELECT
        "WHERE (?1 IS NULL OR c.end_date >= ?1) AND (?2 IS NULL OR c.begin_date <= ?2) "
        "AND (?3 IS NULL OR o.name = ?3 COLLATE NOCASE) "
        "AND (?4 IS NULL OR instr(lower(s.text), lower(?4)) > 0) "
        "AND (?5 = 0 OR c.date_source = 'text') "
        "AND (?6 IS NULL OR instr(lower(c.actor), lower(?6)) > 0) "
        "AND (?7 IS NULL OR c.action = ?7 COLLATE NOCASE) "
        "AND (?8 = 1 OR c.kind <> 'noun') "
        /* a bare copula ("sales were", object-less "be") says nothing on a timeline;
           still there when asked for by --action be */
        "AND (c.action IS NOT 'be' OR coalesce(c.object, '') <> '' OR ?7 IS NOT NULL) "
        "ORDER BY c.begin_date IS NULL, c.begin_date, c.end_date, d.published_date, d.name, "
        "d.id, c.seq";
    sqlite3_stmt *s = st->timeline;

    if (!s) {
        if (sqlite3_prepare_v2(st->db, sql, -1, &st->timeline, NULL) != SQLITE_OK)
            return db_error(st, err, "cannot prepare a query on");
        s = st->timeline;
    } else {
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
    }
    bind_day(s, 1, q->from_day);
    bind_day(s, 2, q->to_day);
    bind_text(s, 3, q->outlet);
    bind_text(s, 4, q->match);
    sqlite3_bind_int(s, 5, q->is_text_dated_only);
    sqlite3_bind_int(s, 8, q->with_nouns);
    bind_text(s, 6, q->actor);
    bind_text(s, 7, q->action);
    return walk_rows(st, s, fn, ud, err);
}

enum nl_err store_find_documents(struct store *st, const char *key, document_fn fn, void *ud,
                                 int *nfound, struct nl_error *err)
{
    sqlite3_stmt *s = stmt(st, Q_FIND_DOCS, err);
    struct document_row r;
    int rc;

    *nfound = 0;
    if (!s)
        return NL_EDB;
    bind_text(s, 1, key);
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        r.id = sqlite3_column_int64(s, 0);
        r.doc_key = col(s, 1);
        r.path = col(s, 2);
        r.url = col(s, 3);
        r.title = col(s, 4);
        r.outlet = col(s, 5);
        r.author = col(s, 6);
        r.language = col(s, 7);
        r.published = col(s, 8);
        r.published_source = col(s, 9);
        r.modified = col(s, 10);
        r.content_hash = col(s, 11);
        r.version = sqlite3_column_int64(s, 12);
        r.text = col(s, 13);
        r.text_len = (size_t)sqlite3_column_bytes(s, 13);
        r.nsentences = sqlite3_column_int64(s, 14);
        r.ntimexes = sqlite3_column_int64(s, 15);
        r.nclaims = sqlite3_column_int64(s, 16);
        (*nfound)++;
        if (fn(ud, &r))
            break;
    }
    sqlite3_reset(s);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return db_error(st, err, "cannot read");
    return NL_OK;
}

enum nl_err store_document_timexes(struct store *st, int64_t doc_id, timex_row_fn fn, void *ud,
                                   struct nl_error *err)
{
    sqlite3_stmt *s = stmt(st, Q_DOC_TIMEXES, err);
    struct timex_row r;
    int rc;
    if (!s)
        return NL_EDB;
    sqlite3_bind_int64(s, 1, doc_id);
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        r.start = sqlite3_column_int64(s, 0);
        r.end = sqlite3_column_int64(s, 1);
        r.text = col(s, 2);
        r.type = col(s, 3);
        r.value = col(s, 4);
        r.mod = col(s, 5);
        r.begin_date = col(s, 6);
        r.end_date = col(s, 7);
        if (fn(ud, &r))
            break;
    }
    sqlite3_reset(s);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return db_error(st, err, "cannot read");
    return NL_OK;
}

enum nl_err store_document_claims(struct store *st, int64_t doc_id, timeline_fn fn, void *ud,
                                  struct nl_error *err)
{
    static const char sql[] = TIMELINE_SELECT "WHERE c.document_id = ?1 ORDER BY c.seq";
    sqlite3_stmt *s = st->stmt[Q_DOC_CLAIMS];
    if (!s) {
        if (sqlite3_prepare_v2(st->db, sql, -1, &st->stmt[Q_DOC_CLAIMS], NULL) != SQLITE_OK)
            return db_error(st, err, "cannot prepare a query on");
        s = st->stmt[Q_DOC_CLAIMS];
    } else {
        sqlite3_reset(s);
    }
    sqlite3_bind_int64(s, 1, doc_id);
    return walk_rows(st, s, fn, ud, err);
}
