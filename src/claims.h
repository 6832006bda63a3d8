/*
 * claims.h: who did what, when, according to whom: the claims of an
 * article, one per event mention of its body.
 *
 * Comes after pos and timex in the pipeline. With tagged tokens (struct
 * token.pos set by doc.c) a claim is an event trigger (a main verb, or a
 * noun that names a happening: "deal", "attack", "flight", "election"), with
 * its actor (the subject noun phrase, conjuncts kept apart; a subject
 * pronoun replaced by its antecedent when a cautious rule finds one), its object,
 * the date that governs its clause (a temporal expression of the sentence,
 * else the publication date, marked as such), the source it is attributed
 * to ("Lavrov said", "according to state media"), its modality, its
 * polarity and the amount it states ("killed 12 people").
 *
 * Heuristics over tags and chunks, not a parse: see doc/claims.md for the
 * rules, their reasons and their measured figures.
 *
 * Without tags (no POS model) it falls back to one claim per dated
 * sentence, with no trigger, actor or action.
 *
 * Pure function of the article, its segmentation and its timexes.
 */
#ifndef CLAIMS_H
#define CLAIMS_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "article.h"
#include "lemma.h"
#include "lexicon.h"
#include "nl.h"
#include "pos.h"
#include "segment.h"
#include "timex.h"

enum claim_modality {
    CLAIM_ASSERTED,    /* stated by the article itself */
    CLAIM_REPORTED,    /* attributed to a source ("X said", "according to", "reportedly") */
    CLAIM_ALLEGED,     /* "allegedly", "accused of", "X claimed" */
    CLAIM_EXPECTED,    /* future or planned: "will", "is expected to", "plans to" */
    CLAIM_CONDITIONAL, /* "if ...", "would", "could", "might" */
};

enum claim_date_source {
    CLAIM_DATE_TEXT,        /* dated by a temporal expression of its sentence */
    CLAIM_DATE_PUBLICATION, /* no date governs it: the publication date */
    CLAIM_DATE_NONE,        /* neither: no publication date known */
};

enum claim_kind {
    CLAIM_SENTENCE, /* untagged text: the whole sentence, no trigger */
    CLAIM_VERB,     /* triggered by a main verb */
    CLAIM_NOUN,     /* triggered by an event noun */
};

struct claim {
    uint32_t sentence;        /* index into the segmentation's sentences */
    struct span span;         /* the sentence text */
    struct span trigger;      /* the event word; len 0 for CLAIM_SENTENCE */
    enum claim_kind kind;
    int32_t timex;            /* index into the timexes, or -1 */
    enum claim_date_source date_source;
    const char *value;        /* TIMEX3 value of the date ("2016-09-02", the publication
                                 date for CLAIM_DATE_PUBLICATION); NULL when none */
    int32_t begin_day;        /* interval of days, inclusive; DAY_NONE when none */
    int32_t end_day;
    /* Strings below live in the arena; NULL when not found. */
    const char *actor;        /* "Russia; United States": conjuncts joined by "; ",
                                 leading determiners dropped; for a subject pronoun
                                 resolved to an antecedent, the antecedent ("Boeing") */
    const char *actor_pronoun; /* the pronoun as written ("it", "He") when actor was
                                  resolved from it; NULL otherwise */
    const char *action;       /* lemma of the trigger ("submit", "deal") */
    const char *object;       /* "draft of the proposal" */
    const char *attribution;  /* the source: "Lavrov", "multiple media reports" */
    const char *quantity;     /* a number with its unit: "12 people", "more than nine hours" */
    struct span actor_span;   /* extents in the text (whole phrase, determiners included; */
    struct span object_span;  /* the pronoun itself for a resolved actor); len 0 when none */
    struct span attribution_span;
    struct span antecedent_span; /* the phrase a pronoun actor was resolved to (this
                                    sentence or one of the two before); len 0 when none */
    enum claim_modality modality;
    int is_negated;           /* "did not", "denied that", "failed to" */
};

/*
 * Build the claims of an article. *out is an arena array of *n claims in
 * text order (of their triggers). Sentences outside art->body and the
 * publication byline give no claim; nor do fragments without a statement
 * (fewer than three words besides the date, or no lower-case word: menus,
 * headlines in title case, datelines). Tokens must carry their tags
 * (struct token.pos) for triggers and arguments: when none does, the
 * result is one CLAIM_SENTENCE per date of each statement (or per
 * statement). pos (borrowed, may be NULL) gives the lemmas of actions and
 * tells verbal nouns; without it the lemmas come from rules alone. lex
 * (borrowed, may be NULL) decides which nouns are events (by their WordNet
 * senses) and which name persons (for pronoun actors), and checks lemmas
 * of unseen verbs; without it event nouns are chosen by suffix rules and
 * the tagger, and no common noun but "person"/"people" is a person.
 * Errors: NL_ENOMEM / NL_ETOOBIG.
 */
enum nl_err claims_extract(struct arena *a, const struct article *art,
                           const struct segmentation *seg, const struct timex *tx, size_t ntx,
                           const struct pos_model *pos, const struct lexicon *lex,
                           struct claim **out, size_t *n, struct nl_error *err);

/* "asserted", "reported", ... */
const char *claim_modality_name(enum claim_modality m);
/* "text", "publication", "none" */
const char *claim_date_source_name(enum claim_date_source s);
/* "positive", "negative" */
const char *claim_polarity_name(int is_negated);

#endif
