/*
 * lemma.c: lemmatisation by inflection rules plus a learned exception
 * table; see lemma.h.
 *
 * The rules only undo regular English inflection and deliberately guess
 * little: where English spelling is ambiguous (hoped -> hope but opened ->
 * open; added -> add but stopped -> stop) they apply the commoner pattern
 * and leave the rest to the exception table, which the trainer fills with
 * exactly the words of the treebank the rules get wrong. Only ASCII letters
 * change case; other bytes are copied as they are.
 */
#include "lemma.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "lexicon.h"
#include "pos.h"
#include "banned.h"

/* Rules look at words up to this long; longer ones keep their (lower-cased) form. */
#define RULE_MAX 128

struct lemma_entry {
    uint32_t key_off; /* into text */
    uint32_t lemma_off;
    uint8_t key_len;  /* bytes, 1..255 */
    uint8_t lemma_len;
    uint16_t tag;     /* enum pos_tag */
};

struct lemma_table {
    char *text;                 /* keys and lemmas, owned */
    struct lemma_entry *ents;   /* owned */
    size_t n;
    uint32_t *slots;            /* entry index + 1, 0 empty; owned */
    size_t mask;                /* slots - 1 */
};

static uint64_t key_hash(const char *s, size_t len, uint16_t tag)
{
    uint64_t h = 1469598103934665603ULL ^ tag;
    size_t i;
    for (i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h ^ (h >> 29);
}

int lemma_keeps_case(uint16_t tag)
{
    return tag == POS_NNP || tag == POS_NNPS || tag == POS_ADD;
}

static int lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/*
 * Copy s[0..n) then add (NUL-terminated) to out, snprintf style; returns the
 * full length. A cut never splits a UTF-8 sequence: an action cut in the
 * middle of one made the CSV and text outputs invalid UTF-8.
 */
static size_t emit(char *out, size_t outsz, const char *s, size_t n, const char *add)
{
    size_t alen = strlen(add), total = n + alen, k;
    if (outsz == 0)
        return total;
    k = n < outsz - 1 ? n : outsz - 1;
    while (k < n && k > 0 && ((unsigned char)s[k] & 0xc0) == 0x80)
        k--;
    memmove(out, s, k);
    if (k < n) {
        out[k] = '\0';
        return total;
    }
    if (k < outsz - 1) {
        size_t a = alen < outsz - 1 - k ? alen : outsz - 1 - k;
        memcpy(out + k, add, a);
        k += a;
    }
    out[k] = '\0';
    return total;
}

static int is_vowel(int c)
{
    c = lower(c);
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

static int is_cons(int c)
{
    c = lower(c);
    return c >= 'a' && c <= 'z' && !is_vowel(c);
}

static int ends(const char *s, size_t n, const char *suf)
{
    size_t k = strlen(suf);
    return n >= k && !memcmp(s + n - k, suf, k);
}

/* Vowel groups in s[0..n) ('y' after a consonant counts as a vowel). */
static int syllables(const char *s, size_t n)
{
    int groups = 0, in = 0;
    size_t i;
    for (i = 0; i < n; i++) {
        int v = is_vowel(s[i]) || (lower(s[i]) == 'y' && i > 0 && is_cons(s[i - 1]));
        if (v && !in)
            groups++;
        in = v;
    }
    return groups;
}

/*
 * The stem left by removing -ed, -ing, -er or -est: undo consonant doubling
 * (stopp -> stop, bigg -> big; not ll ss ff zz, which English keeps: call,
 * pass) and restore a silent e where the spelling calls for it (hop -> hope,
 * danc -> dance, settl -> settle, realiz -> realize, us -> use).
 */
static size_t fix_stem(const char *s, size_t n, char *out, size_t outsz)
{
    char a, b, c;
    if (n < 2)
        return emit(out, outsz, s, n, "");
    a = (char)lower(s[n - 1]);
    b = (char)lower(s[n - 2]);
    if (a == b && is_cons(a) && a != 'l' && a != 's' && a != 'f' && a != 'z' && n >= 3)
        return emit(out, outsz, s, n - 1, "");
    c = n >= 3 ? (char)lower(s[n - 3]) : 0;
    if (a == 'v' || a == 'z' || (a == 'c' && b != 'i' && b != 'a') ||
        (a == 'g' && (b == 'd' || b == 'r')) || (a == 'l' && is_cons(b) && b != 'l' && b != 'r') ||
        (a == 'u' && is_cons(b)))
        return emit(out, outsz, s, n, "e");
    /* rais, caus, clos, promis -> +e; but focus, bus keep their s. */
    if ((a == 's' && is_vowel(b) && b != 'e' && !(b == 'u' && is_cons(c) && n > 2)) ||
        (a == 'r' && b == 'u' && n >= 4))
        return emit(out, outsz, s, n, "e");
    /* -ate verbs of two or more syllables: nominat, educat (not treat, which has one). */
    if (a == 't' && b == 'a' && is_cons(c) && syllables(s, n) >= 2)
        return emit(out, outsz, s, n, "e");
    /* One syllable ending consonant-vowel-consonant: the vowel is long (hop+ed
     * would have doubled the p had it been short). */
    if (n >= 3 && is_cons(a) && a != 'w' && a != 'x' && a != 'y' && is_vowel(b) &&
        !is_vowel(c) && syllables(s, n) == 1)
        return emit(out, outsz, s, n, "e");
    return emit(out, outsz, s, n, "");
}

/* Plural nouns and third-person verbs: forces -> force, studies -> study, boxes -> box. */
static size_t strip_s(const char *s, size_t n, char *out, size_t outsz)
{
    if (n > 4 && ends(s, n, "ies"))
        return emit(out, outsz, s, n - 3, "y");
    if (n > 4 && (ends(s, n, "sses") || ends(s, n, "shes") || ends(s, n, "ches") ||
                  ends(s, n, "xes") || ends(s, n, "zzes")))
        return emit(out, outsz, s, n - 2, "");
    if (n > 2 && s[n - 1] == 's' && !ends(s, n, "ss") && !ends(s, n, "us") && !ends(s, n, "is"))
        return emit(out, outsz, s, n - 1, "");
    return emit(out, outsz, s, n, "");
}

/*
 * -ed, -ing, -er, -est: n is the form's length, k the ending's; is_y_stem
 * when a stem ending consonant + i comes from y (studied, easier; not for
 * -ing, where y stays: studying).
 */
static size_t strip_ending(const char *s, size_t n, size_t k, int is_y_stem, char *out,
                           size_t outsz)
{
    if (n < k + 2)
        return emit(out, outsz, s, n, "");
    if (is_y_stem && n > k + 2 && lower(s[n - k - 1]) == 'i' && is_cons(s[n - k - 2]))
        return emit(out, outsz, s, n - k - 1, "y"); /* studied, easier, happiest */
    return fix_stem(s, n - k, out, outsz);
}

size_t lemma_rule(const char *form, size_t len, uint16_t tag, char *out, size_t outsz)
{
    char w[RULE_MAX];
    size_t i;

    if (len >= RULE_MAX) {
        size_t r = emit(out, outsz, form, len, "");
        if (!lemma_keeps_case(tag))
            for (i = 0; i < r && i + 1 < outsz; i++)
                out[i] = (char)lower(out[i]);
        return r;
    }
    for (i = 0; i < len; i++)
        w[i] = lemma_keeps_case(tag) ? form[i] : (char)lower(form[i]);
    switch (tag) {
    case POS_NNS:
    case POS_NNPS:
    case POS_VBZ:
        return strip_s(w, len, out, outsz);
    case POS_VBD:
    case POS_VBN:
        if (ends(w, len, "eed") && len > 4)
            return emit(out, outsz, w, len - 1, ""); /* agreed -> agree */
        if (ends(w, len, "ed"))
            return strip_ending(w, len, 2, 1, out, outsz);
        break;
    case POS_VBG:
        if (ends(w, len, "ing"))
            return strip_ending(w, len, 3, 0, out, outsz);
        break;
    case POS_JJR:
    case POS_RBR:
        if (ends(w, len, "er"))
            return strip_ending(w, len, 2, 1, out, outsz);
        break;
    case POS_JJS:
    case POS_RBS:
        if (ends(w, len, "est"))
            return strip_ending(w, len, 3, 1, out, outsz);
        break;
    default:
        break;
    }
    return emit(out, outsz, w, len, "");
}

static const struct lemma_entry *find(const struct lemma_table *t, const char *key, size_t len,
                                      uint16_t tag)
{
    size_t i;
    if (!t || !t->n || len == 0 || len > 255)
        return NULL;
    i = (size_t)key_hash(key, len, tag) & t->mask;
    while (t->slots[i]) {
        const struct lemma_entry *e = &t->ents[t->slots[i] - 1];
        if (e->tag == tag && e->key_len == len && !memcmp(t->text + e->key_off, key, len))
            return e;
        i = (i + 1) & t->mask;
    }
    return NULL;
}

size_t lemma_of(const struct lemma_table *t, const char *form, size_t len, uint16_t tag,
                char *out, size_t outsz)
{
    const struct lemma_entry *e = NULL;

    if (t && len <= 255) {
        char key[256];
        size_t i;
        for (i = 0; i < len; i++)
            key[i] = lemma_keeps_case(tag) ? form[i] : (char)lower(form[i]);
        e = find(t, key, len, tag);
    }
    if (e)
        return emit(out, outsz, t->text + e->lemma_off, e->lemma_len, "");
    return lemma_rule(form, len, tag, out, outsz);
}

/* Is w[0..n) a word of the lexicon, as a noun or a verb? */
static int known(const struct lexicon *lx, int is_noun, const char *w, size_t n)
{
    return is_noun ? lexicon_is_noun(lx, w, n) : lexicon_is_verb(lx, w, n);
}

/*
 * Readings of a regular ending, in order of preference: the stem as it is
 * (combat-ing, open-ed, talk-s), with a final e (hop-ed -> hope), without
 * a doubled final consonant (stopp-ed -> stop), with y for i (studi-ed,
 * stori-es). Writes the first that the lexicon knows to out.
 */
static size_t known_stem(const struct lexicon *lx, uint16_t tag, const char *w, size_t len,
                         char *out, size_t outsz)
{
    static const char *const ing[] = {"ing", NULL}, *const ed[] = {"ed", NULL},
                             *const s[] = {"es", "s", NULL};
    const char *const *end = tag == POS_VBG ? ing : tag == POS_VBD || tag == POS_VBN ? ed : s;
    char buf[LEXICON_WORD_MAX + 2];
    int is_noun = tag == POS_NNS;

    for (; *end; end++) {
        size_t k = strlen(*end), b;
        if (!ends(w, len, *end) || len < k + 2)
            continue;
        b = len - k;
        memcpy(buf, w, b);
        if (known(lx, is_noun, buf, b))
            return emit(out, outsz, buf, b, "");
        buf[b] = 'e';
        if (known(lx, is_noun, buf, b + 1))
            return emit(out, outsz, buf, b + 1, "");
        if (b >= 3 && buf[b - 1] == buf[b - 2] && is_cons(buf[b - 1]) &&
            known(lx, is_noun, buf, b - 1))
            return emit(out, outsz, buf, b - 1, "");
        if (buf[b - 1] == 'i') {
            buf[b - 1] = 'y';
            if (known(lx, is_noun, buf, b))
                return emit(out, outsz, buf, b, "");
        }
    }
    return (size_t)-1;
}

size_t lemma_check(const struct lexicon *lx, const char *form, size_t len, uint16_t tag,
                   char *out, size_t n, size_t outsz)
{
    char w[LEXICON_WORD_MAX + 1];
    const char *irr;
    size_t i, r, ilen;
    int is_noun = tag == POS_NNS;

    if (!lx || n >= outsz || len > LEXICON_WORD_MAX ||
        !(is_noun || tag == POS_VBD || tag == POS_VBN || tag == POS_VBG || tag == POS_VBZ))
        return n;
    if (known(lx, is_noun, out, n))
        return n;
    for (i = 0; i < len; i++)
        w[i] = (char)lower((unsigned char)form[i]);
    irr = lexicon_irregular(lx, is_noun, w, len, &ilen);
    if (irr)
        return emit(out, outsz, irr, ilen, "");
    r = known_stem(lx, tag, w, len, out, outsz);
    return r == (size_t)-1 ? n : r;
}

size_t lemma_table_count(const struct lemma_table *t)
{
    return t ? t->n : 0;
}

void lemma_table_free(struct lemma_table *t)
{
    if (!t)
        return;
    free(t->text);
    free(t->ents);
    free(t->slots);
    free(t);
}

/* Validate one field: 1..255 bytes, no control characters. */
static int bad_field(const char *s, size_t n)
{
    size_t i;
    if (n == 0 || n > 255)
        return 1;
    for (i = 0; i < n; i++)
        if ((unsigned char)s[i] < 0x20 || s[i] == 0x7f)
            return 1;
    return 0;
}

struct lemma_table *lemma_table_new(const char *text, size_t len, const char *name,
                                    struct nl_error *err)
{
    struct lemma_table *t;
    size_t pos = 0, lines = 0, cap = 0, nslots, i;
    long lineno = 0;

    if (len > UINT32_MAX / 2) {
        nl_error_set(err, NL_ETOOBIG, name, "lemma table in '%s' is too big",
                     name ? name : "(memory)");
        return NULL;
    }
    t = nl_calloc(1, sizeof(*t));
    if (!t)
        goto nomem;
    t->text = nl_malloc(len + 1);
    if (!t->text)
        goto nomem;
    if (len)
        memcpy(t->text, text, len);
    t->text[len] = '\0';
    for (i = 0; i < len; i++)
        lines += text[i] == '\n';
    cap = lines + 1;
    t->ents = nl_calloc(cap, sizeof(*t->ents));
    if (!t->ents)
        goto nomem;

    while (pos < len) {
        const char *line = t->text + pos, *nl, *tab1, *tab2;
        size_t llen;
        uint16_t tag;
        struct lemma_entry *e;

        lineno++;
        nl = memchr(line, '\n', len - pos);
        llen = nl ? (size_t)(nl - line) : len - pos;
        pos += llen + (nl ? 1 : 0);
        if (llen == 0 || line[0] == '#')
            continue;
        tab1 = memchr(line, '\t', llen);
        tab2 = tab1 ? memchr(tab1 + 1, '\t', llen - (size_t)(tab1 + 1 - line)) : NULL;
        if (!tab2) {
            nl_error_set(err, NL_EPARSE, name, "lemma table line %ld: expected 3 fields", lineno);
            goto fail;
        }
        tag = pos_tag_from_name(tab1 + 1, (size_t)(tab2 - tab1 - 1));
        if (!tag) {
            nl_error_set(err, NL_EPARSE, name, "lemma table line %ld: unknown tag", lineno);
            goto fail;
        }
        if (bad_field(line, (size_t)(tab1 - line)) ||
            bad_field(tab2 + 1, llen - (size_t)(tab2 + 1 - line))) {
            nl_error_set(err, NL_EPARSE, name, "lemma table line %ld: bad form or lemma",
                         lineno);
            goto fail;
        }
        e = &t->ents[t->n];
        e->key_off = (uint32_t)(line - t->text);
        e->key_len = (uint8_t)(tab1 - line);
        e->lemma_off = (uint32_t)(tab2 + 1 - t->text);
        e->lemma_len = (uint8_t)(llen - (size_t)(tab2 + 1 - line));
        e->tag = tag;
        if (find(t, line, e->key_len, tag)) {
            nl_error_set(err, NL_EPARSE, name, "lemma table line %ld: duplicate entry", lineno);
            goto fail;
        }
        t->n++;
        if (t->n > t->mask / 2 || !t->slots) {
            /* Grow and rehash: keep the load factor at most one half. */
            size_t j;
            free(t->slots);
            nslots = 16;
            while (nslots < 4 * t->n)
                nslots *= 2;
            t->slots = nl_calloc(nslots, sizeof(*t->slots));
            if (!t->slots)
                goto nomem;
            t->mask = nslots - 1;
            for (j = 0; j < t->n; j++) {
                const struct lemma_entry *f = &t->ents[j];
                size_t k = (size_t)key_hash(t->text + f->key_off, f->key_len, f->tag) & t->mask;
                while (t->slots[k])
                    k = (k + 1) & t->mask;
                t->slots[k] = (uint32_t)j + 1;
            }
        } else {
            size_t k = (size_t)key_hash(line, e->key_len, tag) & t->mask;
            while (t->slots[k])
                k = (k + 1) & t->mask;
            t->slots[k] = (uint32_t)t->n;
        }
    }
    return t;
nomem:
    nl_error_set(err, NL_ENOMEM, name, "out of memory");
fail:
    lemma_table_free(t);
    return NULL;
}
