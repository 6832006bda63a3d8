/*
 * doc.h: one article through the pure stages of the pipeline (DESIGN.md):
 * reader -> segment -> pos -> timex -> claims, everything in one arena.
 *
 *   struct doc d;
 *   doc_init(&d, 0);
 *   d.pos = model;                                 (optional, see below)
 *   d.lex = lexicon;                               (optional, see below)
 *   err = doc_read_file(&d, path, &ropts, &e);     (or doc_read_mem)
 *   if (!err) err = doc_analyse(&d, &e);
 *   ... use d.art, d.seg, d.tx, d.claims ...
 *   doc_release(&d);
 *
 * Nothing here touches the store: that is what lets ingest analyse in
 * parallel workers and `extract` run the same code as a stateless mapper.
 */
#ifndef DOC_H
#define DOC_H

#include <stddef.h>

#include "arena.h"
#include "article.h"
#include "claims.h"
#include "lexicon.h"
#include "nl.h"
#include "pos.h"
#include "reader.h"
#include "segment.h"
#include "timex.h"

struct doc {
    struct arena arena;      /* owns everything below, except pos */
    /*
     * The part-of-speech model (pos.h), borrowed and read-only, so one
     * model serves any number of documents and threads. Set it after
     * doc_init (which leaves it NULL). With a model, doc_analyse tags every
     * token (struct token.pos) before the timex stage, which may then read
     * the tense of a clause, and claims get their trigger, actor, action
     * and object. Without one, tokens stay untagged and claims are one per
     * dated sentence, with no actor or action.
     */
    const struct pos_model *pos;
    /*
     * The WordNet-derived lexicon (lexicon.h), borrowed and read-only like
     * pos; NULL (doc_init) is allowed. With it, claims choose event nouns
     * by their senses, know which common nouns name persons (pronoun
     * actors) and check the lemmas of unseen verbs.
     */
    const struct lexicon *lex;
    struct article art;
    struct segmentation seg;
    struct timex *tx;        /* arena array, text order */
    size_t ntx;
    struct claim *claims;    /* arena array, text order */
    size_t nclaims;
};

/* Prepare d; max_bytes caps its arena (0: ARENA_DEFAULT_MAX). */
void doc_init(struct doc *d, size_t max_bytes);
/* Drop everything d holds; d can be doc_init'ed again. */
void doc_release(struct doc *d);

/* Read an article (reader.h) into d. Errors as reader_read_file / reader_read_mem. */
enum nl_err doc_read_file(struct doc *d, const char *path, const struct reader_opts *opts,
                          struct nl_error *err);
enum nl_err doc_read_mem(struct doc *d, const char *name, const char *data, size_t len,
                         const struct reader_opts *opts, struct nl_error *err);

/*
 * Segment the body, tag it (when d->pos is set), find and resolve timexes
 * against the publication date, extract claims. Errors: NL_ENOMEM /
 * NL_ETOOBIG.
 */
enum nl_err doc_analyse(struct doc *d, struct nl_error *err);

/*
 * The POS stage alone, for callers that segment a text themselves (`newsline
 * tag`): tag every sentence of seg in place (struct token.pos) with pos;
 * scratch memory from a. name labels errors (may be NULL). Errors: NL_ENOMEM
 * / NL_ETOOBIG.
 */
enum nl_err doc_tag_segmentation(struct arena *a, const struct pos_model *pos, const char *text,
                                 struct segmentation *seg, const char *name, struct nl_error *err);

#endif
