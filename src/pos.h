/*
 * pos.h: part-of-speech tagging with Penn Treebank tags (XPOS), plus the
 * Universal POS tag (UPOS) of each word.
 *
 * Sits after segment in the pipeline: it tags words given as (pointer,
 * length) pairs, so it works on segment.h tokens (spans into a text) and on
 * the forms of a CoNLL-U file alike. The tagger is a greedy left-to-right
 * averaged perceptron over hashed features (word, lower case, prefixes,
 * suffixes, shape, ambiguity classes, WordNet classes, neighbouring words,
 * previous tags), with a tag dictionary for frequent unambiguous words; the
 * model is trained by tools/train_pos.c (scripts/train-pos) on UD English
 * EWT and WordNet 3.0 and shipped as data/pos.model.
 * doc/pos.md describes the features, the file format and the figures.
 *
 * The model is loaded once and is read-only afterwards: any number of
 * threads may call pos_tag() on one model at the same time. pos_tag()
 * allocates nothing.
 *
 * It does not tokenise, split sentences or lemmatise (lemma.h does, with
 * the exception table this model file carries).
 */
#ifndef POS_H
#define POS_H

#include <stddef.h>
#include <stdint.h>

#include "nl.h"

/*
 * Penn Treebank tags as used by UD English EWT's XPOS column. The values are
 * stable within one build (segment.h's struct token.pos holds them); 0 means
 * untagged. The model file names its tags, so the file does not depend on
 * this numbering.
 */
enum pos_tag {
    POS_NONE = 0,
    POS_DOLLAR,      /* $ */
    POS_QUOTE_CLOSE, /* '' */
    POS_COMMA,       /* , */
    POS_LRB,         /* -LRB- */
    POS_RRB,         /* -RRB- */
    POS_PERIOD,      /* . sentence-final punctuation */
    POS_COLON,       /* : */
    POS_ADD,         /* e-mail address, URL */
    POS_AFX,         /* affix (pre- in "pre-war") */
    POS_CC,
    POS_CD,
    POS_DT,
    POS_EX,
    POS_FW,
    POS_GW,          /* "goes with": part of a word split in two */
    POS_HYPH,
    POS_IN,
    POS_JJ,
    POS_JJR,
    POS_JJS,
    POS_LS,
    POS_MD,
    POS_NFP,         /* superfluous punctuation */
    POS_NN,
    POS_NNP,
    POS_NNPS,
    POS_NNS,
    POS_PDT,
    POS_POS,         /* possessive 's */
    POS_PRP,
    POS_PRPS,        /* PRP$ */
    POS_RB,
    POS_RBR,
    POS_RBS,
    POS_RP,
    POS_SYM,
    POS_TO,
    POS_UH,
    POS_VB,
    POS_VBD,
    POS_VBG,
    POS_VBN,
    POS_VBP,
    POS_VBZ,
    POS_WDT,
    POS_WP,
    POS_WPS,         /* WP$ */
    POS_WRB,
    POS_XX,          /* unknown (not in EWT's training data, kept for other corpora) */
    POS_QUOTE_OPEN,  /* `` */
    POS_NTAGS        /* number of values, POS_NONE included */
};

/* Universal POS tags (universaldependencies.org/u/pos). 0 means none. */
enum pos_upos {
    UPOS_NONE = 0,
    UPOS_ADJ,
    UPOS_ADP,
    UPOS_ADV,
    UPOS_AUX,
    UPOS_CCONJ,
    UPOS_DET,
    UPOS_INTJ,
    UPOS_NOUN,
    UPOS_NUM,
    UPOS_PART,
    UPOS_PRON,
    UPOS_PROPN,
    UPOS_PUNCT,
    UPOS_SCONJ,
    UPOS_SYM,
    UPOS_VERB,
    UPOS_X,
    UPOS_NTAGS
};

/*
 * One word to tag: bytes s[0..len) (UTF-8), not NUL-terminated. Borrowed.
 * gap_after says whether the text had a space after the word (POS_GAP_*):
 * it tells a hyphen inside a compound ("long", "-", "term") from a dash
 * between clauses, and a closing quote from an opening one. 0 when
 * the caller does not know (the tagger then does without).
 */
struct pos_word {
    const char *s;
    size_t len;
    unsigned gap_after; /* POS_GAP_* */
};

#define POS_GAP_UNKNOWN 0
#define POS_GAP_NONE 1  /* the next word follows at once ("U.S" "." or "n't") */
#define POS_GAP_SPACE 2 /* white space (or the end of the text) follows */

struct pos_model;

/*
 * Name of a tag ("VBD", "PRP$"); "_" for POS_NONE and out-of-range values.
 * Static storage.
 */
const char *pos_tag_name(uint16_t tag);

/* The tag called name[0..len), or POS_NONE when there is none. */
uint16_t pos_tag_from_name(const char *name, size_t len);

/* Name of a UPOS tag ("VERB"); "_" for UPOS_NONE and out-of-range values. */
const char *pos_upos_name(uint16_t upos);

/* The UPOS tag called name[0..len), or UPOS_NONE. */
uint16_t pos_upos_from_name(const char *name, size_t len);

/*
 * The usual UPOS of an XPOS tag, without looking at the word: VBD -> VERB,
 * IN -> ADP, MD -> AUX. pos_word_upos() is more precise.
 */
uint16_t pos_tag_upos(uint16_t tag);

/*
 * Load a model file (data/pos.model). Returns a heap object that the caller
 * frees with pos_model_free(), or NULL with err filled: NL_EIO (cannot read
 * path), NL_EPARSE (not a model file, or a damaged one: every size, offset
 * and tag is checked, and a checksum covers the contents), NL_ENOMEM.
 */
struct pos_model *pos_model_new(const char *path, struct nl_error *err);

/*
 * The same from a model file's bytes data[0..len) (copied; data may be
 * freed afterwards). name labels error messages (may be NULL).
 */
struct pos_model *pos_model_from_mem(const void *data, size_t len, const char *name,
                                     struct nl_error *err);

/* Free a model; NULL does nothing. No pos_tag() call may be running on it. */
void pos_model_free(struct pos_model *m);

/*
 * Tag one sentence: words[0..n) in order; tags_out[i] receives the tag
 * (enum pos_tag, never POS_NONE) of words[i]. Greedy left to right: tags
 * depend on the whole sentence, so pass sentences, not single words.
 * Thread-safe on a shared model; allocates nothing. Empty words are allowed
 * (tagged like punctuation of unknown kind).
 */
void pos_tag(const struct pos_model *m, const struct pos_word *words, size_t n,
             uint16_t *tags_out);

/*
 * UPOS of a word tagged tag: the model's learned choice for this word and
 * tag when it has one (have/VBP -> AUX or VERB by frequency, that/IN ->
 * SCONJ), else pos_tag_upos(tag).
 */
uint16_t pos_word_upos(const struct pos_model *m, const struct pos_word *w, uint16_t tag);

/*
 * The lemma exception table carried by the model (struct lemma_table,
 * lemma.h), or NULL when the file has none. Borrowed from m.
 */
const struct lemma_table *pos_model_lemmas(const struct pos_model *m);

/*
 * Tags the form was seen with in training, as a bit mask (1 << tag), or 0
 * for a form the model does not know (rare forms have no class).
 */
uint64_t pos_form_tags(const struct pos_model *m, const char *form, size_t len);

/*
 * The lemma of form tagged tag: lemma_of() with the model's exception
 * table, then checked against the model's lexicon: when the rules restore
 * a final e that the lexicon does not know as a verb but it knows the
 * stem without it ("combating" -> combat, not "combate"), the known stem
 * wins. Writes at most outsz bytes with a NUL; returns the lemma's length.
 */
size_t pos_lemma(const struct pos_model *m, const char *form, size_t len, uint16_t tag,
                 char *out, size_t outsz);

/*
 * ---- Trainer interface ----
 * What tools/train_pos.c needs to build a model the tagger reads: the word
 * features and keys are computed here, once, so the two cannot disagree.
 * Not meant for other modules.
 */

/* Feature templates, one id each (the first value hashed into a feature). */
#define POS_FEATURE_SET 8 /* bump when the feature templates change */
#define POS_MAX_FEATS 64  /* at most this many features per word */

/* Hashes of one word's properties, computed once per word. */
struct pos_wordinfo {
    uint64_t form;   /* the exact form */
    uint64_t lower;  /* ASCII lower case */
    uint64_t suf[5]; /* lower-case suffixes of 1..5 bytes (whole word when shorter) */
    uint64_t pre[4]; /* lower-case prefixes of 1..4 bytes */
    uint64_t hyph;   /* lower case of the part after the last '-', 0 without one */
    uint64_t shape;  /* Xxxx, dd.d, X.X.: character classes, runs collapsed */
    uint64_t amb;    /* ambiguity class: pos_amb_value() of the tags the word had in
                        training (set by the tagger from the model, by the trainer
                        from the other folds); pos_word_info() sets "unknown" */
    uint32_t lex;    /* what training said of the lower-case form besides its tags:
                        POS_LEX_CASE bits = how it was capitalised inside sentences
                        (POS_CASE_*), the rest its word cluster + 1 (0: none); 0 for
                        unknown words */
    uint32_t flags;  /* POS_WF_* */
    uint32_t wn;     /* the lower-case form's class in the WordNet lexicon the model
                        carries (POS_WN_* bits), 0 when WordNet does not have it */
    uint32_t aux;    /* the form is one of have (1), be (2), get (3); else 0 */
    uint32_t auxst;  /* set by the tagger: pos_aux_next() over the words before
                        (a have/be/get form 1-3 words back), 0 without one */
    uint32_t gaps;   /* set by the tagger for words with neither letter nor digit:
                        POS_GAP_* before it | POS_GAP_* after it << 2; 0 when
                        either is unknown */
    uint32_t quote;  /* set by the tagger for the form '"': 1 after an even number
                        of '"' in the sentence (opening), 2 after an odd one */
};

#define POS_WF_UPPER 1      /* has an upper-case letter */
#define POS_WF_INITCAP 2    /* starts with an upper-case letter */
#define POS_WF_ALLCAPS 4    /* letters, all upper case */
#define POS_WF_DIGIT 8      /* has a digit */
#define POS_WF_HYPHEN 16    /* has a '-' */
#define POS_WF_PERIOD 32    /* has a '.' */
#define POS_WF_NONASCII 64  /* has a byte >= 0x80 */
#define POS_WF_ALPHA 128    /* has a letter */
#define POS_WF_BOUNDARY 256 /* padding before the first or after the last word */

/* Capitalisation of a known word inside sentences (not first) in training. */
#define POS_LEX_CASE 7       /* mask of lex */
#define POS_LEX_CLUSTER 3    /* shift of the cluster in lex */
enum pos_case {
    POS_CASE_NONE = 0,       /* unknown word */
    POS_CASE_FIRST_ONLY,     /* only ever seen first in a sentence */
    POS_CASE_LOWER,          /* never capitalised inside a sentence */
    POS_CASE_MOSTLY_LOWER,   /* capitalised less than half the time */
    POS_CASE_MOSTLY_UPPER,   /* capitalised at least half the time */
    POS_CASE_UPPER           /* always capitalised */
};

/*
 * WordNet lexicon classes (pos_wordinfo.wn): what WordNet 3.0 says of a
 * lower-case form, read by the trainer from its index, data and exception
 * files and stored in the model, so tagging needs no WordNet.
 */
#define POS_WN_NOUN 1       /* a noun lemma */
#define POS_WN_VERB 2       /* a verb lemma */
#define POS_WN_ADJ 4        /* an adjective lemma */
#define POS_WN_ADV 8        /* an adverb lemma */
#define POS_WN_PLURAL 16    /* a noun lemma's plural (regular, or noun.exc) */
#define POS_WN_VBZ 32       /* a verb lemma + -s */
#define POS_WN_VBD 64       /* a verb lemma + -ed, or an irregular past form */
#define POS_WN_VBG 128      /* a verb lemma + -ing */
#define POS_WN_COMP 256     /* an adjective or adverb lemma + -er, or irregular comparative */
#define POS_WN_SUP 512      /* the same with -est */
#define POS_WN_CAP_ONLY 1024 /* a lemma that WordNet writes capitalised only ("Paris") */
#define POS_WN_CAP_SOME 2048 /* a lemma written capitalised in some synsets, not all */
#define POS_WN_DOM_SHIFT 12 /* 2 bits: the part of speech most of its tagged senses have: */
#define POS_WN_DOM_NOUN 1   /* noun, */
#define POS_WN_DOM_VERB 2   /* verb, */
#define POS_WN_DOM_MOD 3    /* adjective or adverb (0: none tagged) */

/* Sentence-level capitalisation, the sflags argument of pos_features(). */
#define POS_SF_TITLE 1       /* most words with letters start upper case (headline) */
#define POS_SF_SHOUT 2       /* most words with letters are all capitals */
#define POS_SF_LOWER 4       /* no word with letters starts upper case */

/* The sflags of the sentence words[0..n) (from first letters only: cheap). */
uint32_t pos_sentence_flags(const struct pos_word *words, size_t n);

/*
 * pos_wordinfo.gaps of a word with gap (POS_GAP_*) before and after it:
 * 0 unless both are known and the word has neither letter nor digit.
 */
uint32_t pos_gaps(const struct pos_wordinfo *w, unsigned before, unsigned after);

/*
 * The aux state of the word after w, given w's state and the tag w got
 * (enum pos_tag): a have, be or get form starts it at distance 1 ("has
 * said"); adverbs, pronouns and determiners keep it, up to distance 3
 * ("has never officially said", "had he known"); any other tag ends it.
 * Value: kind | distance << 2; 0 for none.
 */
uint32_t pos_aux_next(uint32_t state, const struct pos_wordinfo *w, uint16_t tag);

/* Fill *out for word w (gap_after is read by the tagger, not here). */
void pos_word_info(const struct pos_word *w, struct pos_wordinfo *out);

/* The padding word used before the first (is_end 0) and after the last word. */
void pos_boundary_info(int is_end, struct pos_wordinfo *out);

/*
 * Features of the word ctx[2], given ctx[0..5) = the words at offsets -2..+2
 * (padding at the edges), the tag codes t1 (previous word) and t2 (the one
 * before), and the word's index in the sentence. A tag code is 1 + the
 * tag's index in the model file's tag table, 0 before the first word: the
 * features depend on the file's own numbering, not on enum pos_tag.
 * pass is 1 or 2; in pass 2, r1 and r2 are pass 1's tag codes of the next
 * two words (0 past the end), and every feature lives in a namespace of its
 * own, so both passes' weights share one table.
 * Writes at most POS_MAX_FEATS hashes to feats and returns how many.
 */
size_t pos_features(const struct pos_wordinfo *const ctx[5], uint16_t t1, uint16_t t2,
                    uint16_t r1, uint16_t r2, unsigned pass, size_t index, uint32_t sflags,
                    uint64_t *feats);

/*
 * Key of the tag-dictionary entry for a word, and of its UPOS choice under
 * the tag with code tcode (as above).
 */
uint64_t pos_dict_key(const struct pos_wordinfo *w);

/*
 * Ambiguity classes: key of a word's row listing the tags (as entry tags)
 * it had in training, and the value that stands for a set of tag codes
 * (bit c - 1 for code c; 0 for a word never seen).
 */
uint64_t pos_amb_key(const struct pos_wordinfo *w);
uint64_t pos_amb_value(uint64_t tag_mask);
uint64_t pos_upos_key(const struct pos_wordinfo *w, uint16_t tcode);

/*
 * Key of the row listing the tags that words with neither letter nor digit
 * had in training (punctuation, symbols): such words get no other tag.
 */
uint64_t pos_symbol_key(void);

/* Key of a lower-case form in the model's WordNet lexicon table. */
uint64_t pos_wn_key(const struct pos_wordinfo *w);

/* Checksum used by the model file (over the bytes after the header). */
uint32_t pos_checksum(const void *data, size_t len);

/* Model file layout constants (see doc/pos.md). */
#define POS_MODEL_MAGIC "NLPOSMDL"
#define POS_MODEL_VERSION 2
#define POS_MODEL_HEADER 48   /* bytes */
#define POS_MODEL_TAGNAME 8   /* bytes per tag name, NUL-padded */

#endif
