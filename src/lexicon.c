/*
 * lexicon.c: the WordNet-derived word table; see lexicon.h.
 *
 * The file is copied once, its TABs and newlines turned into NULs so that
 * words and lemmas are C strings in place, and every entry goes into one
 * open-addressing hash table keyed by (kind, word). Loading checks every
 * line and the closing counts, so a damaged or truncated file is refused
 * with its line number instead of silently answering "unknown".
 * Lookups lower-case ASCII letters; other bytes compare as they are.
 */
#include "lexicon.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "banned.h"

#define LEXICON_MAGIC "# newsline lexicon 2"
#define LEXICON_MAX_BYTES ((size_t)64 << 20)

enum lex_kind { KIND_N, KIND_V, KIND_VX, KIND_NX, NKINDS };

struct lex_entry {
    uint32_t word;     /* offset of the word in text */
    uint32_t lemma;    /* offset of the lemma (VX, NX); 0 otherwise */
    uint8_t len;       /* word length in bytes, 1..LEXICON_WORD_MAX */
    uint8_t kind;      /* enum lex_kind */
    uint8_t value;     /* N: eventive share, per cent; VX, NX: lemma length */
    uint8_t is_person; /* N: marked person */
};

struct lexicon {
    char *text;               /* the file, fields NUL-terminated; owned */
    struct lex_entry *ents;   /* owned */
    size_t n;
    uint32_t *slots;          /* entry index + 1, 0 when empty; owned */
    size_t mask;              /* number of slots - 1 */
    size_t counts[NKINDS];
    size_t npersons;          /* N entries marked person */
};

static int lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static uint64_t key_hash(const char *s, size_t len, unsigned kind)
{
    uint64_t h = 1469598103934665603ULL ^ (kind + 1);
    size_t i;
    for (i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h ^ (h >> 31);
}

/* The entry for a lower-case key, or NULL. */
static const struct lex_entry *find(const struct lexicon *lx, unsigned kind, const char *key,
                                    size_t len)
{
    size_t i;
    if (!lx || !lx->slots || len == 0 || len > LEXICON_WORD_MAX)
        return NULL;
    i = (size_t)key_hash(key, len, kind) & lx->mask;
    while (lx->slots[i]) {
        const struct lex_entry *e = &lx->ents[lx->slots[i] - 1];
        if (e->kind == kind && e->len == len && !memcmp(lx->text + e->word, key, len))
            return e;
        i = (i + 1) & lx->mask;
    }
    return NULL;
}

/* Look up w[0..len) with ASCII letters lower-cased. */
static const struct lex_entry *lookup(const struct lexicon *lx, unsigned kind, const char *w,
                                      size_t len)
{
    char key[LEXICON_WORD_MAX];
    size_t i;
    if (!lx || len == 0 || len > LEXICON_WORD_MAX)
        return NULL;
    for (i = 0; i < len; i++)
        key[i] = (char)lower((unsigned char)w[i]);
    return find(lx, kind, key, len);
}

int lexicon_noun_event(const struct lexicon *lx, const char *w, size_t len)
{
    const struct lex_entry *e = lookup(lx, KIND_N, w, len);
    return e ? e->value : -1;
}

int lexicon_is_noun(const struct lexicon *lx, const char *w, size_t len)
{
    return lookup(lx, KIND_N, w, len) != NULL;
}

int lexicon_is_person(const struct lexicon *lx, const char *w, size_t len)
{
    const struct lex_entry *e = lookup(lx, KIND_N, w, len);
    return e && e->is_person;
}

int lexicon_is_verb(const struct lexicon *lx, const char *w, size_t len)
{
    return lookup(lx, KIND_V, w, len) != NULL;
}

const char *lexicon_irregular(const struct lexicon *lx, int is_noun, const char *form, size_t len,
                              size_t *lemma_len)
{
    const struct lex_entry *e = lookup(lx, is_noun ? KIND_NX : KIND_VX, form, len);
    if (!e)
        return NULL;
    if (lemma_len)
        *lemma_len = e->value;
    return lx->text + e->lemma;
}

void lexicon_counts(const struct lexicon *lx, size_t counts[5])
{
    size_t k;
    for (k = 0; k < NKINDS; k++)
        counts[k] = lx ? lx->counts[k] : 0;
    counts[NKINDS] = lx ? lx->npersons : 0;
}

void lexicon_free(struct lexicon *lx)
{
    if (!lx)
        return;
    free(lx->text);
    free(lx->ents);
    free(lx->slots);
    free(lx);
}

/* A word: 1..LEXICON_WORD_MAX bytes of a-z 0-9 - ' . */
static int is_word(const char *s, size_t n)
{
    size_t i;
    if (n == 0 || n > LEXICON_WORD_MAX)
        return 0;
    for (i = 0; i < n; i++) {
        char c = s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '\'' ||
              c == '.'))
            return 0;
    }
    return 1;
}

/* "0".."100", no sign, no leading zero; -1 otherwise. */
static int parse_share(const char *s, size_t n)
{
    int v = 0;
    size_t i;
    if (n == 0 || n > 3 || (n > 1 && s[0] == '0'))
        return -1;
    for (i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v <= 100 ? v : -1;
}

/* "# end N V VX NX P" with the counts seen; 1 when it matches. */
static int footer_matches(const char *s, size_t n, const struct lexicon *lx)
{
    char want[128];
    int k = snprintf(want, sizeof(want), "# end %zu %zu %zu %zu %zu", lx->counts[KIND_N],
                     lx->counts[KIND_V], lx->counts[KIND_VX], lx->counts[KIND_NX],
                     lx->npersons);
    return k > 0 && (size_t)k == n && !memcmp(s, want, n);
}

static int add_slot(struct lexicon *lx, size_t idx)
{
    const struct lex_entry *e = &lx->ents[idx];
    size_t i = (size_t)key_hash(lx->text + e->word, e->len, e->kind) & lx->mask;
    while (lx->slots[i]) {
        const struct lex_entry *o = &lx->ents[lx->slots[i] - 1];
        if (o->kind == e->kind && o->len == e->len &&
            !memcmp(lx->text + o->word, lx->text + e->word, e->len))
            return 0; /* duplicate */
        i = (i + 1) & lx->mask;
    }
    lx->slots[i] = (uint32_t)idx + 1;
    return 1;
}

/* The lexicon in text (len bytes and room for one more), which it takes over:
 * entries point into it. Freed on failure too. */
static struct lexicon *lexicon_from_text(char *text, size_t len, const char *name,
                                         struct nl_error *err)
{
    const char *data = text;
    const char *label = name ? name : "(memory)";
    struct lexicon *lx;
    size_t pos, lines = 0, nslots = 16, i;
    long lineno = 1;
    int has_end = 0;

    if (len > LEXICON_MAX_BYTES) {
        nl_error_set(err, NL_EPARSE, name, "'%s' is too big for a lexicon", label);
        free(text);
        return NULL;
    }
    if (len < sizeof(LEXICON_MAGIC) || memcmp(data, LEXICON_MAGIC "\n", sizeof(LEXICON_MAGIC))) {
        nl_error_set(err, NL_EPARSE, name, "'%s' is not a newsline lexicon (bad first line)",
                     label);
        free(text);
        return NULL;
    }
    lx = nl_calloc(1, sizeof(*lx));
    if (!lx) {
        free(text);
        goto nomem;
    }
    lx->text = text;
    lx->text[len] = '\0';
    for (i = 0; i < len; i++) {
        const char *nl = memchr(data + i, '\n', len - i);
        if (!nl)
            break;
        lines++;
        i = (size_t)(nl - data);
    }
    lx->ents = nl_calloc(lines + 1, sizeof(*lx->ents));
    /* at most two thirds full: 70k words take 128k slots (512 KB), not 256k */
    while (nslots < lines + lines / 2 + 1)
        nslots *= 2;
    lx->slots = nl_calloc(nslots, sizeof(*lx->slots));
    if (!lx->ents || !lx->slots)
        goto nomem;
    lx->mask = nslots - 1;

    for (pos = sizeof(LEXICON_MAGIC); pos < len;) {
        char *line = lx->text + pos, *f[4];
        size_t flen[4], llen, nf = 0, k;
        char *nl = memchr(line, '\n', len - pos);
        struct lex_entry *e;
        const char *why = NULL;
        unsigned kind;

        lineno++;
        llen = nl ? (size_t)(nl - line) : len - pos;
        pos += llen + (nl ? 1 : 0);
        if (nl)
            *nl = '\0';
        else {
            why = "no newline at the end";
            goto bad;
        }
        if (has_end) {
            why = "text after the end line";
            goto bad;
        }
        if (llen > 0 && line[0] == '#') {
            if (llen >= 6 && !memcmp(line, "# end ", 6)) {
                if (!footer_matches(line, llen, lx)) {
                    why = "entry counts differ from the end line (truncated or edited)";
                    goto bad;
                }
                has_end = 1;
            }
            continue;
        }
        /* split on TAB into at most 4 fields */
        f[0] = line;
        for (k = 0; k < llen && nf < 4;) {
            char *tab = memchr(line + k, '\t', llen - k);
            if (!tab)
                break;
            flen[nf] = (size_t)(tab - f[nf]);
            *tab = '\0';
            if (++nf < 4)
                f[nf] = tab + 1;
            k = (size_t)(tab - line) + 1;
        }
        if (nf >= 4) {
            why = "too many fields";
            goto bad;
        }
        flen[nf] = (size_t)(line + llen - f[nf]);
        nf++;
        if (flen[0] == 1 && f[0][0] == 'N')
            kind = KIND_N;
        else if (flen[0] == 1 && f[0][0] == 'V')
            kind = KIND_V;
        else if (flen[0] == 2 && !memcmp(f[0], "VX", 2))
            kind = KIND_VX;
        else if (flen[0] == 2 && !memcmp(f[0], "NX", 2))
            kind = KIND_NX;
        else {
            why = "unknown entry kind (N, V, VX or NX)";
            goto bad;
        }
        if (kind == KIND_V ? nf != 2 : nf != 3 && !(kind == KIND_N && nf == 4)) {
            why = kind == KIND_V ? "expected 2 fields"
                  : kind == KIND_N ? "expected 3 or 4 fields"
                                   : "expected 3 fields";
            goto bad;
        }
        if (!is_word(f[1], flen[1])) {
            why = "bad word (1-63 bytes of a-z 0-9 - ' .)";
            goto bad;
        }
        e = &lx->ents[lx->n];
        e->word = (uint32_t)(f[1] - lx->text);
        e->len = (uint8_t)flen[1];
        e->kind = (uint8_t)kind;
        if (kind == KIND_N) {
            int v = parse_share(f[2], flen[2]);
            if (v < 0) {
                why = "bad share (0-100)";
                goto bad;
            }
            e->value = (uint8_t)v;
            if (nf == 4) {
                if (flen[3] != 6 || memcmp(f[3], "person", 6)) {
                    why = "bad fourth field (only 'person')";
                    goto bad;
                }
                e->is_person = 1;
            }
        } else if (kind == KIND_VX || kind == KIND_NX) {
            if (!is_word(f[2], flen[2])) {
                why = "bad lemma (1-63 bytes of a-z 0-9 - ' .)";
                goto bad;
            }
            e->lemma = (uint32_t)(f[2] - lx->text);
            e->value = (uint8_t)flen[2];
        }
        if (!add_slot(lx, lx->n)) {
            why = "duplicate entry";
            goto bad;
        }
        lx->n++;
        lx->counts[kind]++;
        lx->npersons += e->is_person;
        continue;
bad:
        nl_error_set(err, NL_EPARSE, name, "damaged lexicon '%s': line %ld: %s", label, lineno,
                     why);
        lexicon_free(lx);
        return NULL;
    }
    if (!has_end) {
        nl_error_set(err, NL_EPARSE, name, "damaged lexicon '%s': no end line (truncated?)",
                     label);
        lexicon_free(lx);
        return NULL;
    }
    return lx;
nomem:
    nl_error_set(err, NL_ENOMEM, name, "out of memory");
    lexicon_free(lx);
    return NULL;
}

struct lexicon *lexicon_from_mem(const char *data, size_t len, const char *name,
                                 struct nl_error *err)
{
    char *text;
    if (len > LEXICON_MAX_BYTES) {
        nl_error_set(err, NL_EPARSE, name, "'%s' is too big for a lexicon",
                     name ? name : "(memory)");
        return NULL;
    }
    text = nl_malloc(len + 1);
    if (!text) {
        nl_error_set(err, NL_ENOMEM, name, "out of memory");
        return NULL;
    }
    memcpy(text, data, len);
    return lexicon_from_text(text, len, name, err);
}

struct lexicon *lexicon_new(const char *path, struct nl_error *err)
{
    struct buf b;
    size_t len;
    char *data;

    buf_init(&b, LEXICON_MAX_BYTES);
    if (buf_read_path(&b, path, "lexicon", err)) {
        buf_release(&b);
        return NULL;
    }
    data = buf_detach(&b, &len); /* NUL-terminated, as lexicon_from_text() wants */
    if (!data) {
        nl_error_set(err, NL_ENOMEM, path, "out of memory");
        return NULL;
    }
    return lexicon_from_text(data, len, path, err);
}
