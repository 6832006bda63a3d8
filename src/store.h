/*
 * store.h: the SQLite store (DESIGN.md "Store"). The only module that
 * includes sqlite3.h; statements are prepared once, cached in struct store
 * and finalized by store_close(). The schema is documented for users in
 * doc/schema.md: they may query the database with sqlite3 directly.
 *
 * Every document is written in one transaction: either all of its rows
 * exist or none do. Re-storing identical content (same content hash)
 * changes nothing; a document whose URL is already stored with other
 * content becomes a new version of it.
 */
#ifndef STORE_H
#define STORE_H

#include <stddef.h>
#include <stdint.h>

#include "doc.h"
#include "nl.h"

#define STORE_SCHEMA_VERSION 3

struct store;

enum store_mode {
    STORE_READ,   /* existing database only; never created or migrated */
    STORE_WRITE,  /* created when missing, migrated to STORE_SCHEMA_VERSION */
};

/*
 * Open the database at path. Foreign keys on, WAL, a busy timeout.
 * Errors: NL_EDB when it cannot be opened, is not a newsline database, or
 * has a schema newer than this binary (message says which).
 */
enum nl_err store_open(const char *path, enum store_mode mode, struct store **out,
                       struct nl_error *err);
/* Finalize statements and close. store_close(NULL) does nothing. */
void store_close(struct store *st);

enum store_put_result {
    STORE_ADDED,       /* a new document */
    STORE_NEW_VERSION, /* a known URL with new content */
    STORE_UNCHANGED,   /* identical content already stored: nothing written */
};

/*
 * Store an analysed document with its sentences, timexes and claims, in
 * one transaction. *doc_id receives the document's row id (the existing
 * one when unchanged). Errors: NL_EDB (rolled back: nothing half-written).
 */
enum nl_err store_put_doc(struct store *st, const struct doc *d, enum store_put_result *result,
                          int64_t *doc_id, struct nl_error *err);

struct store_counts {
    int64_t outlets, documents, sentences, timexes, claims;
};
enum nl_err store_count(struct store *st, struct store_counts *c, struct nl_error *err);

/* One claim as the timeline shows it; strings borrowed until the callback returns. */
struct timeline_row {
    int64_t claim_id;
    int64_t document_id;
    const char *doc_key;      /* document's name (file stem) */
    const char *outlet;       /* "" when unknown */
    const char *title;        /* "" when unknown */
    const char *url;          /* "" when unknown */
    const char *published;    /* publication date YYYY-MM-DD, "" when unknown */
    const char *date_text;    /* the date as written, "" for publication-dated claims */
    const char *value;        /* TIMEX3 value, "" when none */
    const char *begin_date;   /* YYYY-MM-DD, "" when none */
    const char *end_date;
    const char *date_source;  /* "text", "publication", "none" */
    const char *sentence;     /* the sentence */
    const char *actor, *action, *object; /* "" when the claim has none */
    const char *attribution;  /* the source ("Lavrov"), "" when none */
    const char *modality;     /* "asserted", "reported", "alleged", "expected", "conditional" */
    const char *polarity;     /* "positive", "negative" */
    const char *quantity;     /* "12 people", "" when none */
    const char *kind;         /* "verb", "noun", "sentence" */
    const char *actor_pronoun; /* the pronoun actor was resolved from ("it"), "" when none */
};

struct timeline_query {
    int32_t from_day;         /* claims whose interval ends on or after this day; DAY_NONE: any */
    int32_t to_day;           /* ... and begins on or before this day; DAY_NONE: any */
    const char *outlet;       /* exact outlet name (case-insensitive), NULL for all */
    const char *match;        /* substring of the sentence (case-insensitive), NULL for all */
    int is_text_dated_only;   /* only claims dated by their own text */
    int with_nouns;           /* also claims triggered by event nouns ("deal", "talks") */
    const char *actor;        /* substring of the actor (case-insensitive), NULL for all */
    const char *action;       /* the action's lemma (case-insensitive), NULL for all */
};

typedef int (*timeline_fn)(void *ud, const struct timeline_row *row);

/*
 * Claims matching q in timeline order (begin date, end date, publication
 * date, document, position). Calls fn per row; a non-zero return stops
 * the walk (store_timeline then returns NL_OK). Errors: NL_EDB.
 */
enum nl_err store_timeline(struct store *st, const struct timeline_query *q, timeline_fn fn,
                           void *ud, struct nl_error *err);

/* A stored document for `show`; strings borrowed until the callback returns. */
struct document_row {
    int64_t id;
    const char *doc_key, *path, *url, *title, *outlet, *author, *language;
    const char *published, *published_source, *modified, *content_hash;
    int64_t version;
    const char *text;
    size_t text_len;
    int64_t nsentences, ntimexes, nclaims;
};

struct timex_row {
    int64_t start, end;       /* byte offsets into the document text */
    const char *text, *type, *value, *mod, *begin_date, *end_date;
};

typedef int (*document_fn)(void *ud, const struct document_row *doc);
typedef int (*timex_row_fn)(void *ud, const struct timex_row *row);

/*
 * Find documents by id ("42"), name (file stem), URL or path, newest
 * version last; fn is called once per match. *nfound counts matches.
 */
enum nl_err store_find_documents(struct store *st, const char *key, document_fn fn, void *ud,
                                 int *nfound, struct nl_error *err);
/* The timexes of a document, in text order. */
enum nl_err store_document_timexes(struct store *st, int64_t doc_id, timex_row_fn fn, void *ud,
                                   struct nl_error *err);
/* The claims of a document, in text order (timeline rows). */
enum nl_err store_document_claims(struct store *st, int64_t doc_id, timeline_fn fn, void *ud,
                                  struct nl_error *err);

#endif
