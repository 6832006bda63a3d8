/*
 * pos.c: the part-of-speech tagger of pos.h: tag tables, word features,
 * the model file loader and the greedy averaged-perceptron decoder.
 *
 * A model is an open-addressing hash table from 64-bit feature hashes to
 * short rows of (tag, weight) pairs: only the tags a feature ever voted for
 * carry a weight, so the table stays a few MB while features are hashed, not
 * enumerated. Scoring a word sums the rows of its ~40 features and takes the
 * best tag; frequent words whose tag never varied in training skip that
 * through the tag dictionary (rows under a special key). The file layout is
 * in doc/pos.md; the loader checks every size, offset and tag against the
 * file, so a damaged or hostile file fails with NL_EPARSE rather than
 * reading out of bounds. Training lives in tools/train_pos.c.
 */
#include "pos.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "hash.h"
#include "lemma.h"
#include "banned.h"

/* Model files larger than this are refused (a model is a few MB). */
#define MODEL_MAX_BYTES ((size_t)256 << 20)

static const char *const tag_names[POS_NTAGS] = {
    "_",   "$",   "''",  ",",   "-LRB-", "-RRB-", ".",  ":",   "ADD", "AFX", "CC",
    "CD",  "DT",  "EX",  "FW",  "GW",    "HYPH",  "IN", "JJ",  "JJR", "JJS", "LS",
    "MD",  "NFP", "NN",  "NNP", "NNPS",  "NNS",   "PDT", "POS", "PRP", "PRP$", "RB",
    "RBR", "RBS", "RP",  "SYM", "TO",    "UH",    "VB", "VBD", "VBG", "VBN", "VBP",
    "VBZ", "WDT", "WP",  "WP$", "WRB",   "XX",    "``",
};

static const char *const upos_names[UPOS_NTAGS] = {
    "_",    "ADJ",  "ADP",   "ADV",   "AUX",  "CCONJ", "DET",  "INTJ", "NOUN",
    "NUM",  "PART", "PRON",  "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X",
};

/* The commonest UPOS of each XPOS in UD English EWT. */
static const uint8_t default_upos[POS_NTAGS] = {
    [POS_NONE] = UPOS_NONE,     [POS_DOLLAR] = UPOS_SYM,   [POS_QUOTE_CLOSE] = UPOS_PUNCT,
    [POS_COMMA] = UPOS_PUNCT,   [POS_LRB] = UPOS_PUNCT,    [POS_RRB] = UPOS_PUNCT,
    [POS_PERIOD] = UPOS_PUNCT,  [POS_COLON] = UPOS_PUNCT,  [POS_ADD] = UPOS_PROPN,
    [POS_AFX] = UPOS_X,         [POS_CC] = UPOS_CCONJ,     [POS_CD] = UPOS_NUM,
    [POS_DT] = UPOS_DET,        [POS_EX] = UPOS_PRON,      [POS_FW] = UPOS_NOUN,
    [POS_GW] = UPOS_X,          [POS_HYPH] = UPOS_PUNCT,   [POS_IN] = UPOS_ADP,
    [POS_JJ] = UPOS_ADJ,        [POS_JJR] = UPOS_ADJ,      [POS_JJS] = UPOS_ADJ,
    [POS_LS] = UPOS_NUM,        [POS_MD] = UPOS_AUX,       [POS_NFP] = UPOS_PUNCT,
    [POS_NN] = UPOS_NOUN,       [POS_NNP] = UPOS_PROPN,    [POS_NNPS] = UPOS_PROPN,
    [POS_NNS] = UPOS_NOUN,      [POS_PDT] = UPOS_DET,      [POS_POS] = UPOS_PART,
    [POS_PRP] = UPOS_PRON,      [POS_PRPS] = UPOS_PRON,    [POS_RB] = UPOS_ADV,
    [POS_RBR] = UPOS_ADV,       [POS_RBS] = UPOS_ADV,      [POS_RP] = UPOS_ADP,
    [POS_SYM] = UPOS_SYM,       [POS_TO] = UPOS_PART,      [POS_UH] = UPOS_INTJ,
    [POS_VB] = UPOS_VERB,       [POS_VBD] = UPOS_VERB,     [POS_VBG] = UPOS_VERB,
    [POS_VBN] = UPOS_VERB,      [POS_VBP] = UPOS_VERB,     [POS_VBZ] = UPOS_VERB,
    [POS_WDT] = UPOS_PRON,      [POS_WP] = UPOS_PRON,      [POS_WPS] = UPOS_PRON,
    [POS_WRB] = UPOS_ADV,       [POS_XX] = UPOS_X,         [POS_QUOTE_OPEN] = UPOS_PUNCT,
};

const char *pos_tag_name(uint16_t tag)
{
    return tag < POS_NTAGS ? tag_names[tag] : "_";
}

uint16_t pos_tag_from_name(const char *name, size_t len)
{
    uint16_t i;
    for (i = 1; i < POS_NTAGS; i++)
        if (strlen(tag_names[i]) == len && !memcmp(tag_names[i], name, len))
            return i;
    return POS_NONE;
}

const char *pos_upos_name(uint16_t upos)
{
    return upos < UPOS_NTAGS ? upos_names[upos] : "_";
}

uint16_t pos_upos_from_name(const char *name, size_t len)
{
    uint16_t i;
    for (i = 1; i < UPOS_NTAGS; i++)
        if (strlen(upos_names[i]) == len && !memcmp(upos_names[i], name, len))
            return i;
    return UPOS_NONE;
}

uint16_t pos_tag_upos(uint16_t tag)
{
    return tag < POS_NTAGS ? default_upos[tag] : UPOS_NONE;
}

/* ---- Hashing and features ---- */

#define FNV_OFFSET 14695981039346656037ULL
#define FNV_PRIME 1099511628211ULL

static uint64_t feat1(uint32_t tmpl, uint64_t a)
{
    return hash_mix64(a + 0x9e3779b97f4a7c15ULL * tmpl);
}

static uint64_t feat2(uint32_t tmpl, uint64_t a, uint64_t b)
{
    return hash_mix64(feat1(tmpl, a) ^ (b * 0xc2b2ae3d27d4eb4fULL));
}

static int ascii_lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* pos_amb_value(0), the class of words never seen in training. */
static const uint64_t unknown_amb = 0x6f1c8a6bb1b1f3b5ULL;

/* Whether s[0..n) is the lower-case word w, in any case. */
static int is_word_ci(const unsigned char *s, size_t n, const char *w)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (!w[i] || ascii_lower(s[i]) != w[i])
            return 0;
    return !w[n];
}

/*
 * 1 for a form of have, 2 of be, 3 of get (any case), else 0. Called for
 * every word, so the first letter picks the few forms to compare.
 */
static uint32_t aux_kind(const unsigned char *s, size_t n)
{
    static const char *const forms[26][6] = {
        ['h' - 'a'] = {"have", "has", "had", "having"},
        ['b' - 'a'] = {"be", "been", "being"},
        ['i' - 'a'] = {"is"},
        ['a' - 'a'] = {"are", "am"},
        ['w' - 'a'] = {"was", "were"},
        ['g' - 'a'] = {"get", "gets", "got", "gotten", "getting"},
    };
    int c;
    size_t k;
    if (n < 2 || n > 7)
        return 0;
    c = ascii_lower(s[0]);
    if (c == '\'') {
        if (is_word_ci(s, n, "'ve"))
            return 1;
        return is_word_ci(s, n, "'re") || is_word_ci(s, n, "'m") ? 2 : 0;
    }
    if (c < 'a' || c > 'z')
        return 0;
    for (k = 0; k < 6 && forms[c - 'a'][k]; k++)
        if (is_word_ci(s, n, forms[c - 'a'][k]))
            return c == 'h' ? 1 : c == 'g' ? 3 : 2;
    return 0;
}

uint32_t pos_gaps(const struct pos_wordinfo *w, unsigned before, unsigned after)
{
    if (!before || !after || before > POS_GAP_SPACE || after > POS_GAP_SPACE ||
        (w->flags & (POS_WF_ALPHA | POS_WF_DIGIT)))
        return 0;
    return before | after << 2;
}

uint32_t pos_aux_next(uint32_t state, const struct pos_wordinfo *w, uint16_t tag)
{
    if (w->aux)
        return w->aux | 1u << 2;
    if (!state || state >> 2 >= 3)
        return 0;
    switch (tag) {
    case POS_RB:
    case POS_RBR:
    case POS_RBS:
    case POS_PRP:
    case POS_DT:
        return state + (1u << 2);
    default:
        return 0;
    }
}

void pos_word_info(const struct pos_word *w, struct pos_wordinfo *out)
{
    const unsigned char *s = (const unsigned char *)w->s;
    size_t n = w->len, i, k, hyph_at = 0;
    uint64_t hf = FNV_OFFSET, hl = FNV_OFFSET, hs = FNV_OFFSET;
    uint32_t flags = 0;
    int prev = -1, run = 0, nletters = 0, nupper = 0;

    for (i = 0; i < n; i++) {
        int c = s[i], lc = ascii_lower(c), cls;
        hf = (hf ^ (uint64_t)c) * FNV_PRIME;
        hl = (hl ^ (uint64_t)lc) * FNV_PRIME;
        if (i < 4)
            out->pre[i] = hash_mix64(hl);
        if (c >= 'A' && c <= 'Z') {
            cls = 'X';
            flags |= POS_WF_UPPER | POS_WF_ALPHA;
            if (i == 0)
                flags |= POS_WF_INITCAP;
            nletters++;
            nupper++;
        } else if (c >= 'a' && c <= 'z') {
            cls = 'x';
            flags |= POS_WF_ALPHA;
            nletters++;
        } else if (c >= '0' && c <= '9') {
            cls = 'd';
            flags |= POS_WF_DIGIT;
        } else if (c >= 0x80) {
            flags |= POS_WF_NONASCII;
            if ((c & 0xc0) == 0x80)
                continue; /* continuation byte: one class per character */
            cls = 'u';
        } else {
            cls = c;
            if (c == '-') {
                flags |= POS_WF_HYPHEN;
                hyph_at = i + 1;
            } else if (c == '.') {
                flags |= POS_WF_PERIOD;
            }
        }
        /* Shape: character classes, runs of one class cut to two. */
        run = cls == prev ? run + 1 : 1;
        prev = cls;
        if (run <= 2)
            hs = (hs ^ (uint64_t)cls) * FNV_PRIME;
    }
    for (i = n; i < 4; i++)
        out->pre[i] = hash_mix64(hl);
    /* Suffixes, read backwards: suffix k+1 extends suffix k by one byte. */
    {
        uint64_t h = FNV_OFFSET ^ 0x5bd1e995ULL;
        for (k = 0; k < 5; k++) {
            if (k < n)
                h = (h ^ (uint64_t)ascii_lower(s[n - 1 - k])) * FNV_PRIME;
            out->suf[k] = hash_mix64(h);
        }
    }
    /* The last part of a hyphenated word ("well-known" -> "known") says
     * most about its tag. */
    out->hyph = 0;
    if (hyph_at > 1 && hyph_at < n) {
        uint64_t h = FNV_OFFSET ^ 0x2545f4914f6cdd1dULL;
        for (i = hyph_at; i < n; i++)
            h = (h ^ (uint64_t)ascii_lower(s[i])) * FNV_PRIME;
        out->hyph = hash_mix64(h) | 1;
    }
    if (nletters >= 1 && nupper == nletters)
        flags |= POS_WF_ALLCAPS;
    out->form = hash_mix64(hf);
    out->lower = hash_mix64(hl ^ 0x27d4eb2f165667c5ULL);
    out->shape = hash_mix64(hs + (n > 4 ? 4 : n));
    out->amb = pos_amb_value(0);
    out->lex = 0;
    out->wn = 0;
    out->aux = aux_kind(s, n);
    out->auxst = 0;
    out->quote = 0;
    out->gaps = 0;
    out->flags = flags;
}

uint32_t pos_sentence_flags(const struct pos_word *words, size_t n)
{
    size_t i, alpha = 0, init = 0, caps = 0;
    uint32_t f = 0;
    for (i = 0; i < n; i++) {
        const unsigned char *s = (const unsigned char *)words[i].s;
        int c = words[i].len ? s[0] : 0;
        if (c >= 'a' && c <= 'z') {
            alpha++;
        } else if (c >= 'A' && c <= 'Z') {
            alpha++;
            init++;
            if (words[i].len > 1 && s[1] >= 'A' && s[1] <= 'Z')
                caps++;
        }
    }
    if (alpha >= 3 && init * 4 >= alpha * 3)
        f |= POS_SF_TITLE;
    if (alpha >= 2 && caps * 2 > alpha)
        f |= POS_SF_SHOUT;
    if (!init)
        f |= POS_SF_LOWER;
    return f;
}

void pos_boundary_info(int is_end, struct pos_wordinfo *out)
{
    uint64_t v = is_end ? 0x1f83d9abfb41bd6bULL : 0x5be0cd19137e2179ULL;
    size_t k;
    out->form = out->lower = out->shape = v;
    for (k = 0; k < 5; k++)
        out->suf[k] = v + k + 1;
    for (k = 0; k < 4; k++)
        out->pre[k] = v + k + 11;
    out->hyph = 0;
    out->amb = v ^ 0x3c6ef372fe94f82bULL;
    out->lex = 0;
    out->wn = 0;
    out->aux = 0;
    out->auxst = 0;
    out->quote = 0;
    out->gaps = 0;
    out->flags = POS_WF_BOUNDARY;
}

/* Template ids: the first value mixed into each feature (doc/pos.md lists them). */
enum {
    F_BIAS = 1,
    F_FORM,
    F_LOWER,
    F_SUF1, /* F_SUF1 .. F_SUF1 + 4 */
    F_PRE1 = F_SUF1 + 5,
    F_SHAPE = F_PRE1 + 3,
    F_FLAGS,
    F_T1,
    F_T12,
    F_T1_LOWER,
    F_PREV_LOWER,
    F_PREV2_LOWER,
    F_NEXT_LOWER,
    F_NEXT2_LOWER,
    F_PREV_SUF3,
    F_NEXT_SUF3,
    F_PREV_LOWER_LOWER,
    F_LOWER_NEXT_LOWER,
    F_PREV_SHAPE,
    F_NEXT_SHAPE,
    F_T1_SUF3,
    F_T1_NEXT_LOWER,
    F_FIRST_SHAPE,
    F_AMB,
    F_NEXT_AMB,
    F_NEXT2_AMB,
    F_PREV_AMB,
    F_AMB_NEXT_AMB,
    F_T1_AMB,
    F_LOWER_NEXT_AMB,
    F_T1_AMB_NEXT_AMB,
    F_R1,
    F_R12,
    F_R1_LOWER,
    F_T1_R1,
    F_R1_SUF3,
    F_UNK_SUF3_CAP,
    F_UNK_SUF2_PREV,
    F_UNK_SHAPE_FIRST,
    F_PRE4,
    F_HYPH,
    F_CASE,
    F_CASE_AMB,
    F_SHAPE_SENT,
    F_T12_LOWER,
    F_T1_SHAPE,
    F_UNK_SUF4_CAP,
    F_UNK_HYPH_CAP,
    F_UNK_SUF3_NEXT,
    F_CLUSTER,
    F_PREV_CLUSTER,
    F_NEXT_CLUSTER,
    F_T1_CLUSTER,
    F_CLUSTER_NEXT_CLUSTER,
    F_WN_CAP_AMB,
    F_AUX_AMB,
    F_AUX_SUF2,
    F_QUOTE,
    F_QUOTE_NEXT,
    F_GAPS_FORM,
    F_GAPS_NEXT,
    F_DICT = 100,
    F_UPOS,
    F_AMB_ROW,
    F_WN_ROW,
    F_SYMBOL_ROW,
};

size_t pos_features(const struct pos_wordinfo *const ctx[5], uint16_t t1, uint16_t t2,
                    uint16_t r1, uint16_t r2, unsigned pass, size_t index, uint32_t sflags,
                    uint64_t *feats)
{
    const struct pos_wordinfo *w = ctx[2];
    uint64_t lw[5];
    size_t n = 0, k;
    int is_known = w->amb != unknown_amb;
    /* The word's capitalisation where it stands: first or not, in a
     * headline, in a sentence without capitals. */
    uint32_t cap = (w->flags & (POS_WF_INITCAP | POS_WF_ALLCAPS)) | (index == 0) << 3 |
                   sflags << 4;

    /* Words never seen in training say nothing by their identity: they are
     * all "unknown" in context features, and contribute their spelling
     * only. The trainer marks the words of a held-out fold unknown the same
     * way, so the weights learn what new text will look like. */
    for (k = 0; k < 5; k++)
        lw[k] = ctx[k]->amb == unknown_amb ? unknown_amb : ctx[k]->lower;
    feats[n++] = feat1(F_BIAS, 0);
    if (is_known) {
        feats[n++] = feat1(F_FORM, w->form);
        feats[n++] = feat1(F_LOWER, w->lower);
        feats[n++] = feat2(F_T1_LOWER, t1, w->lower);
        feats[n++] = feat2(F_PREV_LOWER_LOWER, lw[1], w->lower);
        feats[n++] = feat2(F_LOWER_NEXT_LOWER, w->lower, lw[3]);
        feats[n++] = feat2(F_LOWER_NEXT_AMB, w->lower, ctx[3]->amb);
    } else {
        feats[n++] = feat2(F_UNK_SUF3_CAP, w->suf[2], w->flags & (POS_WF_INITCAP | POS_WF_ALLCAPS));
        feats[n++] = feat2(F_UNK_SUF2_PREV, w->suf[1], lw[1]);
        feats[n++] = feat2(F_UNK_SHAPE_FIRST, w->shape, index == 0);
        feats[n++] = feat2(F_UNK_SUF4_CAP, w->suf[3], cap);
        feats[n++] = feat2(F_UNK_SUF3_NEXT, w->suf[2], lw[3]);
        if (w->hyph)
            feats[n++] = feat2(F_UNK_HYPH_CAP, w->hyph, cap);
    }
    /* What WordNet says of the form (0: nothing), with capitalisation and
     * the ambiguity class: "Paris" capitalised only, "hopping" a verb + -ing. */
    feats[n++] = feat2(F_WN_CAP_AMB, feat2(0, w->wn, cap), w->amb);
    /* Punctuation glued to a word or standing free: a hyphen or a dash, a
     * quote closing or opening. */
    if (w->gaps) {
        feats[n++] = feat2(F_GAPS_FORM, w->gaps, w->form);
        feats[n++] = feat2(F_GAPS_NEXT, feat2(0, w->gaps, w->form), ctx[3]->shape);
    }
    /* A have/be/get form 1-3 words back: VBN after it ("will be delayed",
     * "has never officially said"), VBD without. */
    if (w->auxst) {
        feats[n++] = feat2(F_AUX_AMB, w->auxst, w->amb);
        feats[n++] = feat2(F_AUX_SUF2, w->auxst, w->suf[1]);
    }
    /* A straight double quote opens or closes by the count before it. */
    if (w->quote) {
        feats[n++] = feat1(F_QUOTE, w->quote);
        feats[n++] = feat2(F_QUOTE_NEXT, w->quote, ctx[3]->shape);
    }
    feats[n++] = feat1(F_PRE4, w->pre[3]);
    if (w->hyph)
        feats[n++] = feat1(F_HYPH, w->hyph);
    feats[n++] = feat2(F_CASE, w->lex & POS_LEX_CASE, cap);
    feats[n++] = feat2(F_CASE_AMB, feat2(0, (w->lex & POS_LEX_CASE) | w->wn << 3, cap), w->amb);
    feats[n++] = feat2(F_SHAPE_SENT, w->shape, cap);
    feats[n++] = feat2(F_T1_SHAPE, t1, w->shape);
    if (is_known)
        feats[n++] = feat2(F_T12_LOWER, feat2(0, t1, t2), w->lower);
    for (k = 0; k < 5; k++)
        feats[n++] = feat1(F_SUF1 + (uint32_t)k, w->suf[k]);
    for (k = 0; k < 3; k++)
        feats[n++] = feat1(F_PRE1 + (uint32_t)k, w->pre[k]);
    feats[n++] = feat1(F_SHAPE, w->shape);
    feats[n++] = feat1(F_FLAGS, w->flags);
    feats[n++] = feat1(F_T1, t1);
    feats[n++] = feat2(F_T12, t1, t2);
    feats[n++] = feat1(F_PREV_LOWER, lw[1]);
    feats[n++] = feat1(F_PREV2_LOWER, lw[0]);
    feats[n++] = feat1(F_NEXT_LOWER, lw[3]);
    feats[n++] = feat1(F_NEXT2_LOWER, lw[4]);
    feats[n++] = feat1(F_PREV_SUF3, ctx[1]->suf[2]);
    feats[n++] = feat1(F_NEXT_SUF3, ctx[3]->suf[2]);
    feats[n++] = feat1(F_PREV_SHAPE, ctx[1]->shape);
    feats[n++] = feat1(F_NEXT_SHAPE, ctx[3]->shape);
    feats[n++] = feat2(F_T1_SUF3, t1, w->suf[2]);
    feats[n++] = feat2(F_T1_NEXT_LOWER, t1, lw[3]);
    feats[n++] = feat2(F_FIRST_SHAPE, index == 0, w->shape);
    feats[n++] = feat1(F_AMB, w->amb);
    feats[n++] = feat1(F_NEXT_AMB, ctx[3]->amb);
    feats[n++] = feat1(F_NEXT2_AMB, ctx[4]->amb);
    feats[n++] = feat1(F_PREV_AMB, ctx[1]->amb);
    feats[n++] = feat2(F_AMB_NEXT_AMB, w->amb, ctx[3]->amb);
    feats[n++] = feat2(F_T1_AMB, t1, w->amb);
    feats[n++] = feat2(F_T1_AMB_NEXT_AMB, feat2(0, t1, w->amb), ctx[3]->amb);
    if (pass == 2) {
        /* The second pass's own weights: every feature in another namespace,
         * plus pass 1's tags of the next two words. */
        feats[n++] = feat1(F_R1, r1);
        feats[n++] = feat2(F_R12, r1, r2);
        feats[n++] = feat2(F_R1_LOWER, r1, w->lower);
        feats[n++] = feat2(F_T1_R1, t1, r1);
        feats[n++] = feat2(F_R1_SUF3, r1, w->suf[2]);
        for (k = 0; k < n; k++)
            feats[k] = hash_mix64(feats[k] ^ 0x6a09e667f3bcc909ULL);
    }
    return n;
}

uint64_t pos_dict_key(const struct pos_wordinfo *w)
{
    return feat1(F_DICT, w->form);
}

uint64_t pos_amb_key(const struct pos_wordinfo *w)
{
    return feat1(F_AMB_ROW, w->lower);
}

uint64_t pos_symbol_key(void)
{
    return feat1(F_SYMBOL_ROW, 0);
}

uint64_t pos_wn_key(const struct pos_wordinfo *w)
{
    return feat1(F_WN_ROW, w->lower);
}

uint64_t pos_amb_value(uint64_t tag_mask)
{
    return tag_mask ? hash_mix64(tag_mask ^ 0xa54ff53a5f1d36f1ULL) : unknown_amb;
}

uint64_t pos_upos_key(const struct pos_wordinfo *w, uint16_t tcode)
{
    return feat2(F_UPOS, w->lower, tcode);
}

uint32_t pos_checksum(const void *data, size_t len)
{
    const unsigned char *p = data;
    uint32_t h = 2166136261u;
    size_t i;
    for (i = 0; i < len; i++)
        h = (h ^ p[i]) * 16777619u;
    return h;
}

/* ---- The model ---- */

struct slot {
    uint32_t fp;  /* fingerprint: high half of the feature hash, | 1; 0 = empty */
    uint32_t ref; /* row: first entry in the low 24 bits, entry count in the high 8 */
};

/* One weight of a row (the file stores weights and tags apart; memory keeps
 * them together so a row is one cache line). */
struct entry {
    int16_t weight;
    uint8_t tag; /* index into the file's XPOS names (UPOS names for UPOS rows) */
    uint8_t pad;
};

/* A slot of the WordNet lexicon table: fingerprint as in struct slot, and the class. */
struct lex_slot {
    uint32_t fp;
    uint16_t wn; /* POS_WN_* bits */
    uint16_t pad;
};

struct pos_model {
    struct slot *slots;       /* nslots, owned */
    struct lex_slot *lex;     /* nlex, owned; NULL when the file has no lexicon */
    uint32_t lex_mask;        /* nlex - 1 */
    uint32_t mask;            /* nslots - 1 */
    struct entry *ents;       /* nentries, owned: a row's weights side by side */
    uint32_t nentries;
    uint32_t ntags;           /* file's tags */
    uint32_t npasses;         /* 1, or 2: a second pass sees pass 1's tags on the right */
    uint16_t tag_of[256];     /* file tag index -> enum pos_tag */
    uint8_t code_of[POS_NTAGS]; /* enum pos_tag -> file tag index + 1, 0 if absent */
    uint32_t nupos;
    uint16_t upos_of[256];    /* file UPOS index -> enum pos_upos */
    uint8_t is_symbol_tag[256]; /* file tag index -> 1 if words without letter or digit
                                   had it in training (all 1 when the file does not say) */
    struct lemma_table *lemmas; /* owned, may be NULL */
};

static uint32_t get32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

void pos_model_free(struct pos_model *m)
{
    if (!m)
        return;
    free(m->slots);
    free(m->lex);
    free(m->ents);
    lemma_table_free(m->lemmas);
    free(m);
}

/* Read a NUL-padded name of at most POS_MODEL_TAGNAME - 1 bytes; its length or -1. */
static long name_len(const unsigned char *p)
{
    size_t i;
    for (i = 0; i < POS_MODEL_TAGNAME; i++)
        if (!p[i])
            break;
    if (i == 0 || i == POS_MODEL_TAGNAME)
        return -1;
    for (; i < POS_MODEL_TAGNAME; i++)
        if (p[i])
            return -1;
    return (long)strnlen((const char *)p, POS_MODEL_TAGNAME);
}

static uint32_t lookup(const struct pos_model *m, uint64_t h);

struct pos_model *pos_model_from_mem(const void *data, size_t len, const char *name,
                                     struct nl_error *err)
{
    const unsigned char *p = data, *q;
    struct pos_model *m = NULL;
    uint32_t version, fset, ntags, nupos, nslots, nent, lemma_bytes, sum, nlex, i, empty = 0;
    uint64_t need;
    const char *label = name ? name : "(memory)";

    if (len < POS_MODEL_HEADER || memcmp(p, POS_MODEL_MAGIC, 8)) {
        nl_error_set(err, NL_EPARSE, name, "'%s' is not a newsline POS model", label);
        return NULL;
    }
    version = get32(p + 8);
    fset = get32(p + 12);
    ntags = get32(p + 16);
    nupos = get32(p + 20);
    nslots = get32(p + 24);
    nent = get32(p + 28);
    lemma_bytes = get32(p + 32);
    sum = get32(p + 36);
    nlex = get32(p + 44);
    if (version != POS_MODEL_VERSION || fset != POS_FEATURE_SET) {
        nl_error_set(err, NL_EPARSE, name,
                     "'%s' is a POS model of another version (%u.%u, this newsline reads %u.%u)",
                     label, version, fset, POS_MODEL_VERSION, POS_FEATURE_SET);
        return NULL;
    }
    if (ntags == 0 || ntags > 255 || nupos > 255 || nslots < 2 || nslots > (1u << 26) ||
        (nslots & (nslots - 1)) || nent >= (1u << 24) || get32(p + 40) < 1 ||
        get32(p + 40) > 2 || nlex == 1 || nlex > (1u << 26) || (nlex & (nlex - 1))) {
        nl_error_set(err, NL_EPARSE, name, "damaged POS model '%s': bad header", label);
        return NULL;
    }
    need = POS_MODEL_HEADER + (uint64_t)(ntags + nupos) * POS_MODEL_TAGNAME +
           (uint64_t)nslots * 8 + (uint64_t)nent * 3 + (uint64_t)nlex * 6;
    need = (need + 3) & ~(uint64_t)3;
    need += lemma_bytes;
    if (need != len) {
        nl_error_set(err, NL_EPARSE, name,
                     "damaged POS model '%s': %zu bytes, the header says %llu", label, len,
                     (unsigned long long)need);
        return NULL;
    }
    if (pos_checksum(p + POS_MODEL_HEADER, len - POS_MODEL_HEADER) != sum) {
        nl_error_set(err, NL_EPARSE, name, "damaged POS model '%s': checksum mismatch", label);
        return NULL;
    }

    m = nl_calloc(1, sizeof(*m));
    if (!m)
        goto nomem;
    m->ntags = ntags;
    m->npasses = get32(p + 40);
    m->nupos = nupos;
    m->nentries = nent;
    m->mask = nslots - 1;
    q = p + POS_MODEL_HEADER;
    for (i = 0; i < ntags + nupos; i++, q += POS_MODEL_TAGNAME) {
        long n = name_len(q);
        uint16_t t = 0;
        if (n > 0)
            t = i < ntags ? pos_tag_from_name((const char *)q, (size_t)n)
                          : pos_upos_from_name((const char *)q, (size_t)n);
        if (!t) {
            nl_error_set(err, NL_EPARSE, name, "damaged POS model '%s': unknown tag %u",
                         label, i);
            goto fail;
        }
        if (i < ntags) {
            m->tag_of[i] = t;
            if (!m->code_of[t])
                m->code_of[t] = (uint8_t)(i + 1);
        } else {
            m->upos_of[i - ntags] = t;
        }
    }
    m->slots = nl_malloc((size_t)nslots * sizeof(*m->slots));
    m->ents = nl_malloc(nent ? (size_t)nent * sizeof(*m->ents) : 1);
    if (!m->slots || !m->ents)
        goto nomem;
    for (i = 0; i < nslots; i++, q += 8) {
        uint32_t fp = get32(q), ref = get32(q + 4), cnt = ref >> 24, start = ref & 0xffffff;
        if (!fp) {
            empty++;
            if (ref)
                goto bad_table;
        } else if (cnt == 0 || (uint64_t)start + cnt > nent) {
            goto bad_table;
        }
        m->slots[i].fp = fp;
        m->slots[i].ref = ref;
    }
    if (!empty)
        goto bad_table; /* lookups stop at an empty slot: there must be one */
    for (i = 0; i < nent; i++, q += 2)
        m->ents[i].weight = (int16_t)(uint16_t)(q[0] | q[1] << 8);
    for (i = 0; i < nent; i++, q++) {
        if (*q >= ntags)
            goto bad_table;
        m->ents[i].tag = *q;
    }
    if (nlex) {
        const unsigned char *cls = q + (size_t)nlex * 4;
        m->lex = nl_malloc((size_t)nlex * sizeof(*m->lex));
        if (!m->lex)
            goto nomem;
        m->lex_mask = nlex - 1;
        empty = 0;
        for (i = 0; i < nlex; i++, q += 4) {
            m->lex[i].fp = get32(q);
            m->lex[i].wn = (uint16_t)(cls[2 * i] | cls[2 * i + 1] << 8);
            m->lex[i].pad = 0;
            if (!m->lex[i].fp) {
                empty++;
                if (m->lex[i].wn)
                    goto bad_table;
            }
        }
        if (!empty)
            goto bad_table;
    }
    {
        /* The tags that words with neither letter nor digit may get. */
        uint32_t ref = lookup(m, pos_symbol_key()), e;
        for (i = 0; i < 256; i++)
            m->is_symbol_tag[i] = !ref;
        for (e = ref & 0xffffff; ref && e < (ref & 0xffffff) + (ref >> 24); e++)
            m->is_symbol_tag[m->ents[e].tag] = 1;
    }
    if (lemma_bytes) {
        const unsigned char *lem = p + len - lemma_bytes;
        m->lemmas = lemma_table_new((const char *)lem, lemma_bytes, name, err);
        if (!m->lemmas)
            goto fail;
    }
    return m;
bad_table:
    nl_error_set(err, NL_EPARSE, name, "damaged POS model '%s': bad feature table", label);
    goto fail;
nomem:
    nl_error_set(err, NL_ENOMEM, name, "out of memory");
fail:
    pos_model_free(m);
    return NULL;
}

struct pos_model *pos_model_new(const char *path, struct nl_error *err)
{
    struct buf b;
    struct pos_model *m = NULL;

    buf_init(&b, MODEL_MAX_BYTES);
    if (!buf_read_path(&b, path, "POS model", err))
        m = pos_model_from_mem(b.buf, b.len, path, err);
    buf_release(&b);
    return m;
}

const struct lemma_table *pos_model_lemmas(const struct pos_model *m)
{
    return m ? m->lemmas : NULL;
}

/* The row of feature h: its ref, or 0 when the model has no such feature. */
static uint32_t lookup(const struct pos_model *m, uint64_t h)
{
    uint32_t i = (uint32_t)h & m->mask, fp = (uint32_t)(h >> 32) | 1u;
    for (;;) {
        const struct slot *s = &m->slots[i];
        if (s->fp == fp)
            return s->ref;
        if (!s->fp)
            return 0;
        i = (i + 1) & m->mask;
    }
}

/* The WordNet class of the word's lower-case form, 0 when the lexicon lacks it. */
static uint16_t wn_class(const struct pos_model *m, const struct pos_wordinfo *info)
{
    uint64_t h = pos_wn_key(info);
    uint32_t i, fp = (uint32_t)(h >> 32) | 1u;
    if (!m->lex)
        return 0;
    for (i = (uint32_t)h & m->lex_mask;; i = (i + 1) & m->lex_mask) {
        if (m->lex[i].fp == fp)
            return m->lex[i].wn;
        if (!m->lex[i].fp)
            return 0;
    }
}

/* pos_word_info() plus the word's ambiguity class from the model. */
static void word_info(const struct pos_model *m, const struct pos_word *w,
                      struct pos_wordinfo *info)
{
    uint32_t ref, e, end;
    uint64_t mask = 0;
    pos_word_info(w, info);
    ref = lookup(m, pos_amb_key(info));
    if (!ref)
        return;
    e = ref & 0xffffff;
    info->lex = (uint16_t)m->ents[e].weight; /* the row's first weight carries lex, */
    if (ref >> 24 > 1)                        /* the second the WordNet class */
        info->wn = (uint16_t)m->ents[e + 1].weight;
    for (end = e + (ref >> 24); e < end; e++)
        mask |= 1ULL << (m->ents[e].tag & 63);
    info->amb = pos_amb_value(mask);
}

uint64_t pos_form_tags(const struct pos_model *m, const char *form, size_t len)
{
    struct pos_word w;
    struct pos_wordinfo info;
    uint32_t ref, e, end;
    uint64_t mask = 0;

    w.s = form;
    w.len = len;
    pos_word_info(&w, &info);
    ref = lookup(m, pos_amb_key(&info));
    if (!ref)
        return 0;
    e = ref & 0xffffff;
    for (end = e + (ref >> 24); e < end; e++)
        if (m->ents[e].tag < m->ntags && m->tag_of[m->ents[e].tag] < 64)
            mask |= 1ULL << m->tag_of[m->ents[e].tag];
    return mask;
}

static int is_verb_form_tag(uint16_t t)
{
    return t == POS_VB || t == POS_VBP || t == POS_VBD || t == POS_VBG || t == POS_VBN ||
           t == POS_VBZ;
}

size_t pos_lemma(const struct pos_model *m, const char *form, size_t len, uint16_t tag,
                 char *out, size_t outsz)
{
    const uint64_t base = (1ULL << POS_VB) | (1ULL << POS_VBP);
    size_t n = lemma_of(pos_model_lemmas(m), form, len, tag, out, outsz);

    /* Only a rule-made final e of an inflected verb is in doubt. */
    if (!is_verb_form_tag(tag) || tag == POS_VB || tag == POS_VBP || n < 4 || n >= outsz ||
        out[n - 1] != 'e' || len < n || !memcmp(form, out, n))
        return n;
    if (!(pos_form_tags(m, out, n) & base) && (pos_form_tags(m, out, n - 1) & base)) {
        out[--n] = '\0';
    }
    return n;
}

#if defined(__GNUC__)
#define PREFETCH(p) __builtin_prefetch(p)
#else
#define PREFETCH(p) ((void)(p))
#endif

/*
 * One greedy left-to-right pass over the sentence, writing tag codes (file
 * tag index + 1) to codes. In pass 2, codes holds pass 1's tags, read as
 * the right context of each word before being overwritten by pass 2's.
 */
static void tag_pass(const struct pos_model *m, const struct pos_word *words, size_t n,
                     unsigned pass, uint16_t *codes)
{
    struct pos_wordinfo ring[5], pad[2];
    const struct pos_wordinfo *ctx[5];
    uint64_t feats[POS_MAX_FEATS];
    uint32_t refs[POS_MAX_FEATS];
    int32_t scores[256];
    uint16_t t1 = 0, t2 = 0;
    uint32_t sflags = pos_sentence_flags(words, n), nquotes = 0, auxst = 0;
    size_t i, j, k, nf;

    pos_boundary_info(0, &pad[0]);
    pos_boundary_info(1, &pad[1]);
    for (j = 0; j < 2 && j < n; j++)
        word_info(m, &words[j], &ring[j]);
    for (i = 0; i < n; i++) {
        uint32_t ref, best = 0;
        if (i + 2 < n)
            word_info(m, &words[i + 2], &ring[(i + 2) % 5]);
        for (k = 0; k < 5; k++) {
            size_t at = i + k; /* word index i - 2 + k, shifted by 2 */
            ctx[k] = at < 2 ? &pad[0] : at - 2 >= n ? &pad[1] : &ring[(at - 2) % 5];
        }
        ref = lookup(m, pos_dict_key(ctx[2]));
        if (ref) {
            best = m->ents[ref & 0xffffff].tag;
        } else {
            int32_t top;
            uint16_t r1 = 0, r2 = 0;
            if (pass == 2) {
                r1 = i + 1 < n ? codes[i + 1] : 0;
                r2 = i + 2 < n ? codes[i + 2] : 0;
            }
            /* What only the sentence knows: the spaces around the word,
             * the straight quotes before it. */
            ring[i % 5].gaps = pos_gaps(ctx[2], i ? words[i - 1].gap_after : POS_GAP_SPACE,
                                        words[i].gap_after);
            if (words[i].len == 1 && words[i].s[0] == '"')
                ring[i % 5].quote = 1 + (nquotes & 1);
            ring[i % 5].auxst = auxst;
            /* A known word has its WordNet class from its ambiguity-class row
             * (word_info()); an unknown one's is looked up here, for scored
             * words only. */
            if (ctx[2]->amb == unknown_amb)
                ring[i % 5].wn = wn_class(m, ctx[2]);
            nf = pos_features(ctx, t1, t2, r1, r2, pass, i, sflags, feats);
            /* Touch every slot first, so that the cache misses overlap. */
            for (k = 0; k < nf; k++)
                PREFETCH(&m->slots[(uint32_t)feats[k] & m->mask]);
            for (k = 0; k < nf; k++) {
                refs[k] = lookup(m, feats[k]);
                PREFETCH(&m->ents[refs[k] & 0xffffff]);
            }
            memset(scores, 0, m->ntags * sizeof(scores[0]));
            for (k = 0; k < nf; k++) {
                uint32_t e = refs[k] & 0xffffff, end = e + (refs[k] >> 24);
                for (; e < end; e++)
                    scores[m->ents[e].tag] += m->ents[e].weight;
            }
            /* A word of neither letter nor digit ("•", "--") takes one of
             * the tags such words had in training: never CD or VB. */
            if (!(ctx[2]->flags & (POS_WF_ALPHA | POS_WF_DIGIT))) {
                for (j = 0; j < m->ntags; j++)
                    if (!m->is_symbol_tag[j])
                        scores[j] = INT32_MIN;
            }
            top = scores[0];
            for (j = 1; j < m->ntags; j++)
                if (scores[j] > top) {
                    top = scores[j];
                    best = (uint32_t)j;
                }
        }
        codes[i] = (uint16_t)(best + 1);
        nquotes += words[i].len == 1 && words[i].s[0] == '"';
        auxst = pos_aux_next(auxst, ctx[2], m->tag_of[best]);
        t2 = t1;
        t1 = codes[i];
    }
}

void pos_tag(const struct pos_model *m, const struct pos_word *words, size_t n,
             uint16_t *tags_out)
{
    size_t i;
    tag_pass(m, words, n, 1, tags_out);
    if (m->npasses == 2)
        tag_pass(m, words, n, 2, tags_out);
    for (i = 0; i < n; i++)
        tags_out[i] = m->tag_of[tags_out[i] - 1];
}

uint16_t pos_word_upos(const struct pos_model *m, const struct pos_word *w, uint16_t tag)
{
    struct pos_wordinfo info;
    uint32_t ref;
    uint8_t idx;

    if (tag >= POS_NTAGS)
        return UPOS_NONE;
    if (m && m->code_of[tag] && m->nupos) {
        pos_word_info(w, &info);
        ref = lookup(m, pos_upos_key(&info, m->code_of[tag]));
        if (ref) {
            idx = m->ents[ref & 0xffffff].tag;
            if (idx < m->nupos)
                return m->upos_of[idx];
        }
    }
    return default_upos[tag];
}
