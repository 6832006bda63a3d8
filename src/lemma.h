/*
 * lemma.h: lemmas of tagged English words ("submitted"/VBN -> "submit",
 * "forces"/NNS -> "force", "easier"/JJR -> "easy", "was"/VBD -> "be").
 *
 * Comes after pos (it needs the Penn Treebank tag). Two layers:
 *   - rules for regular English inflection of nouns (NNS, NNPS), verbs
 *     (VBZ, VBD, VBN, VBG) and graded adjectives and adverbs (JJR, JJS,
 *     RBR, RBS): -ies -> y, -sses -> ss, stopped -> stop, hoped -> hope;
 *     every other tag keeps the form (lower-cased except proper nouns);
 *   - an exception table learned from UD English EWT's LEMMA column by
 *     tools/train_pos.c: every (form, tag) whose gold lemma the rules miss
 *     (went -> go, children -> child, n't -> not, me -> I). It travels inside
 *     data/pos.model (pos_model_lemmas()).
 * Lemmas follow EWT's conventions. Pure functions; the table is read-only
 * after loading, so threads share it.
 */
#ifndef LEMMA_H
#define LEMMA_H

#include <stddef.h>
#include <stdint.h>

#include "nl.h"

struct lemma_table;

/*
 * Parse an exception table: UTF-8 text, one entry a line,
 * "key<TAB>XPOS<TAB>lemma", the key being the form in lower case (as is,
 * for NNP, NNPS and ADD, whose lemmas keep their case); lines starting with
 * '#' are comments. Copies what it needs from text. Returns a heap object
 * (lemma_table_free()) or NULL with err: NL_EPARSE (line and reason in the
 * message; name labels it), NL_ENOMEM.
 */
struct lemma_table *lemma_table_new(const char *text, size_t len, const char *name,
                                    struct nl_error *err);

/* Free a table; NULL does nothing. */
void lemma_table_free(struct lemma_table *t);

/* Number of entries. */
size_t lemma_table_count(const struct lemma_table *t);

/*
 * Lemma of form[0..len) tagged tag (enum pos_tag): the table's entry when
 * it has one (t may be NULL), else lemma_rule(). Writes at most outsz-1
 * bytes plus a NUL to out and returns the lemma's full length (as snprintf:
 * a result >= outsz means out was truncated). outsz >= len + 8 is always
 * enough for the rules; table entries are at most 255 bytes.
 */
size_t lemma_of(const struct lemma_table *t, const char *form, size_t len, uint16_t tag,
                char *out, size_t outsz);

/* The rules alone (no table), same conventions as lemma_of(). */
size_t lemma_rule(const char *form, size_t len, uint16_t tag, char *out, size_t outsz);

struct lexicon;

/*
 * Check the lemma out[0..n) of form[0..len) tagged tag against a lexicon
 * (lexicon.h, derived from WordNet): when the tag is an inflected verb
 * (VBD, VBN, VBG, VBZ) or a plural noun (NNS) and the lexicon does not
 * know out as a verb (a noun), the lemma becomes the form's irregular
 * lemma, else the first reading of its regular ending that the lexicon
 * knows: the bare stem, the stem with a final e, the stem without a
 * doubled consonant, y for i ("combating" -> combat where the rules say
 * "combate"; "crises" -> crisis). Otherwise, or with lx NULL, out stays.
 * Writes at most outsz bytes with a NUL; returns the lemma's length, as
 * lemma_of().
 */
size_t lemma_check(const struct lexicon *lx, const char *form, size_t len, uint16_t tag,
                   char *out, size_t n, size_t outsz);

/*
 * Whether lemmas of this tag keep the form's case (NNP, NNPS, ADD); the
 * key of a table entry is lower-cased otherwise.
 */
int lemma_keeps_case(uint16_t tag);

#endif
