/*
 * person_nouns.h: does a common noun name a person? ("minister",
 * "spokesman", "analyst": yes; "company", "automaker", "plant": no.)
 *
 * Used by claims.c to tell which noun phrases "he" and "she" may refer to
 * and which "it" may not. The table is generated from WordNet 3.0 by
 * scripts/gen-person-nouns: one-word nouns whose most frequent sense is in
 * WordNet's noun.person file (see doc/claims.md, "Pronoun actors").
 */
#ifndef PERSON_NOUNS_H
#define PERSON_NOUNS_H

#include <stddef.h>

/* 1 when lemma[0..len) (lower case, singular) is a person noun, else 0. */
int person_nouns_has(const char *lemma, size_t len);

#endif
