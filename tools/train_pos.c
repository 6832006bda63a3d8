/*
 * train_pos.c: trains data/pos.model, the tagger of src/pos.c, from UD
 * English EWT (scripts/train-pos builds and runs it).
 *
 *   train_pos --train TRAIN.conllu [--dev DEV.conllu] -o pos.model
 *             [--epochs N] [--min-weight Q] [--dict-min N] [--dict-ratio R]
 *             [--passes 1|2] [--bags N] [--seed N] [--wordnet DIR] [--dropout P]
 *
 * An averaged perceptron (Collins 2002) over the hashed features of
 * pos_features(), trained greedily left to right on its own previous
 * predictions, sentences shuffled by a fixed-seed generator so that two
 * runs give byte-identical models (--seed N picks another order), each
 * feature left out of a training step at random (--dropout, 0.2). --bags N
 * (default 3) trains N perceptrons on N shuffled orders and averages their
 * weights: one table, so it costs nothing when tagging. The averaged
 * weights are quantised to 16 bits; those that round to less than
 * --min-weight are dropped, which keeps the file small. The file also gets:
 *   - the tag dictionary: forms seen at least --dict-min times with one tag
 *     in at least --dict-ratio of them are tagged without scoring;
 *   - UPOS choices: (lower-case form, XPOS) pairs whose commonest UPOS is not
 *     the XPOS's default (have/VBP -> AUX);
 *   - the lemma exceptions: (form, XPOS) pairs whose commonest gold lemma
 *     the rules of lemma.c do not produce;
 *   - with --wordnet DIR (WordNet 3.0's dictionary files), the WordNet class
 *     of every form WordNet has or inflects regularly (POS_WN_* in pos.h).
 * With --dev, the written model is loaded back through pos_model_new() and
 * scored on the dev file: what is printed is what the shipped model does.
 * Never give it the test file: that is for scripts/eval.d/30-pos.sh only.
 *
 * A command-line tool, not library code: it prints and exits.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lemma.h"
#include "pos.h"

struct word {
    uint32_t off, len;       /* form in text */
    uint32_t lemma_off, lemma_len;
    uint16_t xpos, upos;
    uint16_t gap_after;      /* POS_GAP_NONE or POS_GAP_SPACE, from MISC SpaceAfter=No */
};

struct corpus {
    char *text;
    size_t text_len, text_cap;
    struct word *words;
    size_t nwords, words_cap;
    size_t *sent_start;      /* nsents + 1 entries */
    size_t nsents, sents_cap;
};

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) {
        fprintf(stderr, "train_pos: out of memory\n");
        exit(1);
    }
    return q;
}

static uint32_t add_text(struct corpus *c, const char *s, size_t n)
{
    uint32_t off;
    if (c->text_len + n + 1 > c->text_cap) {
        c->text_cap = (c->text_len + n + 1) * 2;
        c->text = xrealloc(c->text, c->text_cap);
    }
    off = (uint32_t)c->text_len;
    memcpy(c->text + off, s, n);
    c->text[off + n] = '\0';
    c->text_len += n + 1;
    return off;
}

static void end_sentence(struct corpus *c)
{
    if (c->nsents + 2 > c->sents_cap) {
        c->sents_cap = c->sents_cap ? c->sents_cap * 2 : 1024;
        c->sent_start = xrealloc(c->sent_start, c->sents_cap * sizeof(size_t));
    }
    if (c->nsents == 0)
        c->sent_start[0] = 0;
    if (c->nwords > c->sent_start[c->nsents]) {
        c->nsents++;
        c->sent_start[c->nsents] = c->nwords;
    }
}

/* Read the syntactic words of a CoNLL-U file (multiword ranges and empty nodes skipped). */
static void read_conllu(const char *path, struct corpus *c)
{
    FILE *f = fopen(path, "r");
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    long lineno = 0, range_end = 0;
    uint16_t range_gap = POS_GAP_SPACE;

    if (!f) {
        fprintf(stderr, "train_pos: cannot read '%s': %s\n", path, strerror(errno));
        exit(1);
    }
    memset(c, 0, sizeof(*c));
    end_sentence(c);
    while ((n = getline(&line, &cap, f)) >= 0) {
        char *field[10];
        int nf = 0;
        char *p = line;
        struct word *w;

        lineno++;
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            line[--n] = '\0';
        if (n == 0) {
            end_sentence(c);
            range_end = 0;
            continue;
        }
        if (line[0] == '#')
            continue;
        while (nf < 10) {
            field[nf++] = p;
            p = strchr(p, '\t');
            if (!p)
                break;
            *p++ = '\0';
        }
        if (nf < 5) {
            fprintf(stderr, "train_pos: %s:%ld: fewer than 5 columns\n", path, lineno);
            exit(1);
        }
        if (strchr(field[0], '-')) {
            /* A multiword token "2-3 didn't": its words are glued, and the
             * last one has the token's space after it. */
            range_end = strtol(strchr(field[0], '-') + 1, NULL, 10);
            range_gap = nf == 10 && strstr(field[9], "SpaceAfter=No") ? POS_GAP_NONE
                                                                     : POS_GAP_SPACE;
            continue;
        }
        if (strchr(field[0], '.'))
            continue;
        if (c->nwords == c->words_cap) {
            c->words_cap = c->words_cap ? c->words_cap * 2 : 65536;
            c->words = xrealloc(c->words, c->words_cap * sizeof(*c->words));
        }
        w = &c->words[c->nwords++];
        w->len = (uint32_t)strlen(field[1]);
        w->off = add_text(c, field[1], w->len);
        w->lemma_len = (uint32_t)strlen(field[2]);
        w->lemma_off = add_text(c, field[2], w->lemma_len);
        w->upos = pos_upos_from_name(field[3], strlen(field[3]));
        w->xpos = pos_tag_from_name(field[4], strlen(field[4]));
        {
            long id = strtol(field[0], NULL, 10);
            if (id < range_end)
                w->gap_after = POS_GAP_NONE;
            else if (id == range_end)
                w->gap_after = range_gap;
            else
                w->gap_after = nf == 10 && strstr(field[9], "SpaceAfter=No") ? POS_GAP_NONE
                                                                           : POS_GAP_SPACE;
            if (id >= range_end)
                range_end = 0;
        }
        if (!w->xpos) {
            fprintf(stderr, "train_pos: %s:%ld: unknown XPOS '%s'\n", path, lineno, field[4]);
            exit(1);
        }
    }
    end_sentence(c);
    free(line);
    fclose(f);
}

/* ---- Open-addressing map from 64-bit keys to indices ---- */

struct map {
    uint64_t *keys;
    uint32_t *vals; /* index + 1, 0 empty */
    size_t mask, n;
};

static void map_init(struct map *m, size_t slots)
{
    m->keys = xrealloc(NULL, slots * sizeof(uint64_t));
    m->vals = xrealloc(NULL, slots * sizeof(uint32_t));
    memset(m->vals, 0, slots * sizeof(uint32_t));
    m->mask = slots - 1;
    m->n = 0;
}

static uint32_t map_get(const struct map *m, uint64_t key)
{
    size_t i = (size_t)(key ^ (key >> 31)) & m->mask;
    while (m->vals[i]) {
        if (m->keys[i] == key)
            return m->vals[i];
        i = (i + 1) & m->mask;
    }
    return 0;
}

static void map_put(struct map *m, uint64_t key, uint32_t val);

static void map_grow(struct map *m)
{
    struct map big;
    size_t i;
    map_init(&big, (m->mask + 1) * 2);
    for (i = 0; i <= m->mask; i++)
        if (m->vals[i])
            map_put(&big, m->keys[i], m->vals[i]);
    free(m->keys);
    free(m->vals);
    *m = big;
}

static void map_put(struct map *m, uint64_t key, uint32_t val)
{
    size_t i;
    if ((m->n + 1) * 2 > m->mask + 1)
        map_grow(m);
    i = (size_t)(key ^ (key >> 31)) & m->mask;
    while (m->vals[i]) {
        if (m->keys[i] == key) {
            m->vals[i] = val;
            return;
        }
        i = (i + 1) & m->mask;
    }
    m->keys[i] = key;
    m->vals[i] = val;
    m->n++;
}

/* ---- WordNet lexicon ---- */

/*
 * What WordNet 3.0 says of each lower-case form (POS_WN_* bits), read from
 * the files of DIR for each part of speech P (noun, verb, adj, adv):
 * index.P (lemmas and their tagged-sense counts), data.P (how the lemmas
 * are written: capitalised or not), P.exc (irregular inflections), plus
 * the regular inflections of every one-word lemma (the inverse of
 * WordNet's own detachment rules: -s, -es, -ies, -men; -ed, -ied, -ing;
 * -er, -est for short adjectives). Multi-word lemmas are left out. The
 * lexicon is external to the treebank, so unlike the ambiguity classes it
 * needs no jackknifing: training words get the class new text will get.
 */
struct wn_form {
    uint32_t bits;
    uint32_t tagged[4]; /* tagged senses as noun, verb, adjective, adverb */
    uint32_t ncap, nlow; /* synset words written capitalised / not */
};

struct wn_lex {
    struct map index;    /* pos_wn_key -> form + 1 */
    struct wn_form *forms;
    size_t n, cap;
};

static const char *const wn_files[4] = {"noun", "verb", "adj", "adv"};

static struct wn_form *wn_form(struct wn_lex *lx, const char *s, size_t len)
{
    struct pos_word pw = {s, len, 0};
    struct pos_wordinfo info;
    uint64_t key;
    uint32_t v;
    pos_word_info(&pw, &info);
    key = pos_wn_key(&info);
    v = map_get(&lx->index, key);
    if (v)
        return &lx->forms[v - 1];
    if (lx->n == lx->cap) {
        lx->cap = lx->cap ? lx->cap * 2 : 1 << 16;
        lx->forms = xrealloc(lx->forms, lx->cap * sizeof(*lx->forms));
    }
    memset(&lx->forms[lx->n], 0, sizeof(lx->forms[0]));
    map_put(&lx->index, key, (uint32_t)++lx->n);
    return &lx->forms[lx->n - 1];
}

static FILE *wn_open(const char *dir, const char *name)
{
    char path[4096];
    FILE *f;
    snprintf(path, sizeof(path), "%s/%s", dir, name);
    f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "train_pos: cannot read '%s': %s (WordNet 3.0: apt-get install "
                        "wordnet-base)\n", path, strerror(errno));
        exit(1);
    }
    return f;
}

/* Split line at spaces into at most max fields; returns the count. */
static int split_spaces(char *line, char **field, int max)
{
    int n = 0;
    char *p = line;
    while (n < max) {
        while (*p == ' ' || *p == '\n' || *p == '\r')
            p++;
        if (!*p)
            break;
        field[n++] = p;
        while (*p && *p != ' ' && *p != '\n' && *p != '\r')
            p++;
        if (*p)
            *p++ = '\0';
    }
    return n;
}

static int is_consonant(char c)
{
    return c >= 'a' && c <= 'z' && !strchr("aeiou", c);
}

/* Add form = stem[0..keep) + suffix with bits. */
static void wn_add(struct wn_lex *lx, const char *stem, size_t keep, const char *suffix,
                   uint32_t bits)
{
    char buf[256];
    size_t sl = strlen(suffix);
    if (keep + sl >= sizeof(buf))
        return;
    memcpy(buf, stem, keep);
    memcpy(buf + keep, suffix, sl);
    wn_form(lx, buf, keep + sl)->bits |= bits;
}

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && !memcmp(s + n - k, suffix, k);
}

/*
 * Whether adjective s compares with -er/-est rather than more/most: one
 * syllable, or two ending in -y, -le, -ow, -er ("big", "happy", "narrow").
 * Counts vowel groups; only letters.
 */
static int wn_short(const char *s)
{
    int groups = 0, in_vowel = 0;
    const char *p;
    for (p = s; *p; p++) {
        int v;
        if (*p < 'a' || *p > 'z')
            return 0;
        v = strchr("aeiou", *p) || (*p == 'y' && p > s && !in_vowel);
        if (v && !in_vowel)
            groups++;
        in_vowel = v;
    }
    if (ends_with(s, "e") && !ends_with(s, "le") && groups > 1)
        groups--; /* silent e: "large" */
    return groups <= 1 || (groups == 2 && (ends_with(s, "y") || ends_with(s, "le") ||
                                           ends_with(s, "ow") || ends_with(s, "er")));
}

/* The regular inflections of lemma s (lower case) as a word of part of speech p. */
static void wn_inflect(struct wn_lex *lx, const char *s, int p)
{
    size_t n = strlen(s);
    char last = n ? s[n - 1] : 0, before = n > 1 ? s[n - 2] : 0;
    int sibilant = last == 's' || last == 'x' || last == 'z' ||
                   (n > 1 && (last == 'h') && (before == 'c' || before == 's'));
    int cons_y = last == 'y' && is_consonant(before);

    if (n < 2 || !((last >= 'a' && last <= 'z')))
        return;
    if (p == 0 || p == 1) { /* plural and third person: -s, -es, -ies */
        uint32_t b = p == 0 ? POS_WN_PLURAL : POS_WN_VBZ;
        if (cons_y)
            wn_add(lx, s, n - 1, "ies", b);
        else if (sibilant)
            wn_add(lx, s, n, "es", b);
        else
            wn_add(lx, s, n, "s", b);
        if (p == 0 && n > 3 && !strcmp(s + n - 3, "man"))
            wn_add(lx, s, n - 2, "en", b);
    }
    if (p == 1) { /* -ed, -ing (doubled consonants are in verb.exc) */
        if (last == 'e')
            wn_add(lx, s, n, "d", POS_WN_VBD);
        else if (cons_y)
            wn_add(lx, s, n - 1, "ied", POS_WN_VBD);
        else
            wn_add(lx, s, n, "ed", POS_WN_VBD);
        if (last == 'e' && before == 'i')
            wn_add(lx, s, n - 2, "ying", POS_WN_VBG);
        else if (last == 'e' && before != 'e' && before != 'y' && before != 'o')
            wn_add(lx, s, n - 1, "ing", POS_WN_VBG);
        else
            wn_add(lx, s, n, "ing", POS_WN_VBG);
    }
    if (p == 2 && wn_short(s)) { /* -er, -est */
        if (last == 'e') {
            wn_add(lx, s, n, "r", POS_WN_COMP);
            wn_add(lx, s, n, "st", POS_WN_SUP);
        } else if (cons_y) {
            wn_add(lx, s, n - 1, "ier", POS_WN_COMP);
            wn_add(lx, s, n - 1, "iest", POS_WN_SUP);
        } else {
            wn_add(lx, s, n, "er", POS_WN_COMP);
            wn_add(lx, s, n, "est", POS_WN_SUP);
        }
    }
}


static void wn_read(const char *dir, struct wn_lex *lx)
{
    char *line = NULL, *field[512];
    size_t cap = 0, nlemmas = 0, i;
    int p;
    char **lemmas = NULL;
    int *lemma_pos = NULL;
    size_t lemmas_cap = 0;

    memset(lx, 0, sizeof(*lx));
    map_init(&lx->index, 1 << 18);
    for (p = 0; p < 4; p++) {
        char name[32];
        FILE *f;
        snprintf(name, sizeof(name), "index.%s", wn_files[p]);
        f = wn_open(dir, name);
        while (getline(&line, &cap, f) >= 0) {
            int nf, nptr;
            struct wn_form *wf;
            if (line[0] == ' ')
                continue; /* the licence */
            nf = split_spaces(line, field, 512);
            if (nf < 6 || strchr(field[0], '_'))
                continue;
            nptr = atoi(field[3]);
            if (4 + nptr + 1 >= nf)
                continue;
            wf = wn_form(lx, field[0], strlen(field[0]));
            wf->bits |= 1u << p;
            wf->tagged[p] += (uint32_t)atoi(field[4 + nptr + 1]);
            if (nlemmas == lemmas_cap) {
                lemmas_cap = lemmas_cap ? lemmas_cap * 2 : 1 << 16;
                lemmas = xrealloc(lemmas, lemmas_cap * sizeof(*lemmas));
                lemma_pos = xrealloc(lemma_pos, lemmas_cap * sizeof(*lemma_pos));
            }
            lemmas[nlemmas] = strdup(field[0]);
            lemma_pos[nlemmas++] = p;
        }
        fclose(f);
        /* How the synsets write each word: "Paris", but "paris" (the plant) too. */
        snprintf(name, sizeof(name), "data.%s", wn_files[p]);
        f = wn_open(dir, name);
        while (getline(&line, &cap, f) >= 0) {
            int nf, w, nw;
            if (line[0] == ' ')
                continue;
            nf = split_spaces(line, field, 512);
            if (nf < 4)
                continue;
            nw = (int)strtol(field[3], NULL, 16);
            for (w = 0; w < nw && 4 + 2 * w < nf; w++) {
                char *word = field[4 + 2 * w], *paren = strchr(word, '(');
                size_t len, k;
                int upper = 0;
                if (paren)
                    *paren = '\0'; /* adjective markers: "galore(ip)" */
                if (strchr(word, '_'))
                    continue;
                len = strlen(word);
                for (k = 0; k < len; k++)
                    upper |= word[k] >= 'A' && word[k] <= 'Z';
                if (upper)
                    wn_form(lx, word, len)->ncap++;
                else
                    wn_form(lx, word, len)->nlow++;
            }
        }
        fclose(f);
    }
    /* Irregular inflections: "went go", "children child", "better good". */
    for (p = 0; p < 4; p++) {
        char name[32];
        FILE *f;
        snprintf(name, sizeof(name), "%s.exc", wn_files[p]);
        f = wn_open(dir, name);
        while (getline(&line, &cap, f) >= 0) {
            int nf = split_spaces(line, field, 512);
            uint32_t b;
            if (nf < 2 || strchr(field[0], '_') || !strcmp(field[0], field[1]))
                continue;
            if (p == 0)
                b = POS_WN_PLURAL;
            else if (p == 1)
                b = ends_with(field[0], "ing") ? POS_WN_VBG
                    : ends_with(field[0], "s") && !ends_with(field[1], "s") ? POS_WN_VBZ
                                                                             : POS_WN_VBD;
            else
                b = ends_with(field[0], "st") ? POS_WN_SUP : POS_WN_COMP;
            wn_form(lx, field[0], strlen(field[0]))->bits |= b;
        }
        fclose(f);
    }
    for (i = 0; i < nlemmas; i++) {
        if (lemma_pos[i] < 3)
            wn_inflect(lx, lemmas[i], lemma_pos[i]);
        free(lemmas[i]);
    }
    free(lemmas);
    free(lemma_pos);
    free(line);
    /* Capitalisation and the commonest tagged part of speech of each lemma. */
    for (i = 0; i < lx->n; i++) {
        struct wn_form *wf = &lx->forms[i];
        uint32_t best = 0, dom = 0, mod = wf->tagged[2] + wf->tagged[3];
        if (wf->ncap && !wf->nlow)
            wf->bits |= POS_WN_CAP_ONLY;
        else if (wf->ncap)
            wf->bits |= POS_WN_CAP_SOME;
        if (wf->tagged[0] > best) {
            best = wf->tagged[0];
            dom = POS_WN_DOM_NOUN;
        }
        if (wf->tagged[1] > best) {
            best = wf->tagged[1];
            dom = POS_WN_DOM_VERB;
        }
        if (mod > best)
            dom = POS_WN_DOM_MOD;
        wf->bits |= dom << POS_WN_DOM_SHIFT;
    }
    fprintf(stderr, "%s: WordNet lexicon of %zu forms\n", dir, lx->n);
}

static uint32_t wn_bits(const struct wn_lex *lx, const struct pos_wordinfo *info)
{
    uint32_t v;
    if (!lx || !lx->n)
        return 0;
    v = map_get(&lx->index, pos_wn_key(info));
    return v ? lx->forms[v - 1].bits : 0;
}

/* ---- Averaged perceptron ---- */

struct entry {
    float w;        /* current weight */
    uint32_t ts;    /* update count when w last changed */
    double total;   /* sum of w over all updates before ts */
    uint8_t tag;    /* tag code - 1 */
};

struct feature {
    uint64_t key;
    struct entry *e;
    uint32_t n, cap;
};

struct model {
    struct map index;      /* feature hash -> feature index + 1 */
    struct feature *feats;
    size_t nfeats, cap;
    uint32_t now;          /* training instances seen */
};

static struct feature *get_feature(struct model *m, uint64_t key, int create)
{
    uint32_t v = map_get(&m->index, key);
    if (v)
        return &m->feats[v - 1];
    if (!create)
        return NULL;
    if (m->nfeats == m->cap) {
        m->cap = m->cap ? m->cap * 2 : 1 << 16;
        m->feats = xrealloc(m->feats, m->cap * sizeof(*m->feats));
    }
    m->feats[m->nfeats].key = key;
    m->feats[m->nfeats].e = NULL;
    m->feats[m->nfeats].n = m->feats[m->nfeats].cap = 0;
    map_put(&m->index, key, (uint32_t)++m->nfeats);
    return &m->feats[m->nfeats - 1];
}

static void update(struct model *m, struct feature *f, unsigned tag, float delta)
{
    uint32_t i;
    struct entry *e = NULL;
    for (i = 0; i < f->n; i++)
        if (f->e[i].tag == tag) {
            e = &f->e[i];
            break;
        }
    if (!e) {
        if (f->n == f->cap) {
            f->cap = f->cap ? f->cap * 2 : 2;
            f->e = xrealloc(f->e, f->cap * sizeof(*f->e));
        }
        e = &f->e[f->n++];
        e->w = 0;
        e->ts = m->now;
        e->total = 0;
        e->tag = (uint8_t)tag;
    }
    e->total += (double)(m->now - e->ts) * e->w;
    e->ts = m->now;
    e->w += delta;
}

static unsigned predict_scores(const struct model *m, const uint64_t *feats, size_t nf,
                               float *scores)
{
    unsigned best = 0, t;
    size_t k;
    uint32_t i;
    for (k = 0; k < nf; k++) {
        const struct feature *f = get_feature((struct model *)m, feats[k], 0);
        if (!f)
            continue;
        for (i = 0; i < f->n; i++)
            scores[f->e[i].tag] += f->e[i].w;
    }
    for (t = 1; t < POS_NTAGS - 1; t++)
        if (scores[t] > scores[best])
            best = t;
    return best;
}


/* Tags (code - 1 bits) that words with neither letter nor digit had in training. */
static uint64_t symbol_tags;

/* The best tag for the features, among symbol_tags for a word of neither letter nor digit. */
static unsigned predict(const struct model *m, const uint64_t *feats, size_t nf,
                        const struct pos_wordinfo *w)
{
    float scores[POS_NTAGS] = {0};
    unsigned best = predict_scores(m, feats, nf, scores), t;
    if (!(w->flags & (POS_WF_ALPHA | POS_WF_DIGIT)) && symbol_tags &&
        !(symbol_tags >> best & 1)) {
        best = 0;
        while (!(symbol_tags >> best & 1))
            best++;
        for (t = best + 1; t < POS_NTAGS - 1; t++)
            if ((symbol_tags >> t & 1) && scores[t] > scores[best])
                best = t;
    }
    return best;
}

/* ---- Tag dictionary ---- */

struct dict_entry {
    uint64_t key;
    uint8_t tag; /* tag code - 1 */
};

/* Count (form, tag) in the training words; keep forms frequent and unambiguous enough. */
static struct dict_entry *build_dict(const struct corpus *c, int min_count, double min_ratio,
                                     size_t *count, struct map *dict_index)
{
    struct map idx;
    uint32_t (*counts)[POS_NTAGS] = NULL;
    size_t nforms = 0, cap = 0, i, n = 0;
    struct dict_entry *out;
    uint64_t *keys = NULL;

    map_init(&idx, 1 << 16);
    for (i = 0; i < c->nwords; i++) {
        struct pos_word pw = {c->text + c->words[i].off, c->words[i].len, 0};
        struct pos_wordinfo info;
        uint64_t key;
        uint32_t v;
        pos_word_info(&pw, &info);
        key = pos_dict_key(&info);
        v = map_get(&idx, key);
        if (!v) {
            if (nforms == cap) {
                cap = cap ? cap * 2 : 4096;
                counts = xrealloc(counts, cap * sizeof(*counts));
                keys = xrealloc(keys, cap * sizeof(*keys));
            }
            memset(counts[nforms], 0, sizeof(counts[0]));
            keys[nforms] = key;
            map_put(&idx, key, (uint32_t)++nforms);
            v = (uint32_t)nforms;
        }
        counts[v - 1][c->words[i].xpos]++;
    }
    out = xrealloc(NULL, (nforms + 1) * sizeof(*out));
    map_init(dict_index, 1 << 12);
    for (i = 0; i < nforms; i++) {
        uint32_t total = 0, best = 0;
        unsigned t, bt = 0;
        for (t = 1; t < POS_NTAGS; t++) {
            total += counts[i][t];
            if (counts[i][t] > best) {
                best = counts[i][t];
                bt = t;
            }
        }
        if (total >= (uint32_t)min_count && (double)best / total >= min_ratio) {
            out[n].key = keys[i];
            out[n].tag = (uint8_t)(bt - 1);
            map_put(dict_index, keys[i], (uint32_t)(bt));
            n++;
        }
    }
    free(counts);
    free(keys);
    free(idx.keys);
    free(idx.vals);
    *count = n;
    return out;
}

/*
 * Ambiguity classes. The model gets, per lower-case form, the set of tags
 * it had in all of train. The words being trained on get the set from the
 * other nine tenths of the sentences only (jackknifing), so that training
 * sees unknown words and incomplete classes as often as new text will.
 */
#define FOLDS 10

struct amb_row {
    uint64_t key;
    uint64_t mask; /* bit code - 1 */
    uint32_t lex;  /* pos_wordinfo.lex */
    uint32_t wn;   /* pos_wordinfo.wn */
};

/* Per form and fold: its tags, and how often it was capitalised inside sentences. */
struct fold_stats {
    uint64_t mask;
    uint32_t ncap, nlow;
};

static uint32_t case_of(uint32_t ncap, uint32_t nlow)
{
    if (ncap + nlow == 0)
        return POS_CASE_FIRST_ONLY;
    if (ncap == 0)
        return POS_CASE_LOWER;
    if (nlow == 0)
        return POS_CASE_UPPER;
    return ncap < nlow ? POS_CASE_MOSTLY_LOWER : POS_CASE_MOSTLY_UPPER;
}

static struct amb_row *build_amb(const struct corpus *c, const struct wn_lex *wn,
                                 uint64_t *word_amb, uint32_t *word_lex,
                                 uint32_t **word_form_out, size_t *count)
{
    struct map idx;
    struct fold_stats (*folds)[FOLDS] = NULL;
    uint64_t *keys = NULL;
    uint32_t *wns = NULL;
    uint32_t *word_form = xrealloc(NULL, c->nwords * sizeof(uint32_t));
    size_t n = 0, cap = 0, s, i;
    struct amb_row *out;

    map_init(&idx, 1 << 16);
    for (s = 0; s < c->nsents; s++) {
        for (i = c->sent_start[s]; i < c->sent_start[s + 1]; i++) {
            struct pos_word pw = {c->text + c->words[i].off, c->words[i].len, 0};
            struct pos_wordinfo info;
            struct fold_stats *fs;
            uint64_t key;
            uint32_t v;
            pos_word_info(&pw, &info);
            key = pos_amb_key(&info);
            v = map_get(&idx, key);
            if (!v) {
                if (n == cap) {
                    cap = cap ? cap * 2 : 4096;
                    folds = xrealloc(folds, cap * sizeof(*folds));
                    keys = xrealloc(keys, cap * sizeof(*keys));
                    wns = xrealloc(wns, cap * sizeof(*wns));
                }
                memset(folds[n], 0, sizeof(folds[0]));
                keys[n] = key;
                wns[n] = wn_bits(wn, &info);
                map_put(&idx, key, (uint32_t)++n);
                v = (uint32_t)n;
            }
            fs = &folds[v - 1][s % FOLDS];
            fs->mask |= 1ULL << (c->words[i].xpos - 1);
            if (i > c->sent_start[s] && (info.flags & POS_WF_ALPHA) && pw.len &&
                ((pw.s[0] >= 'a' && pw.s[0] <= 'z') || (pw.s[0] >= 'A' && pw.s[0] <= 'Z'))) {
                if (info.flags & POS_WF_INITCAP)
                    fs->ncap++;
                else
                    fs->nlow++;
            }
            word_form[i] = v - 1;
        }
    }
    for (s = 0; s < c->nsents; s++) {
        for (i = c->sent_start[s]; i < c->sent_start[s + 1]; i++) {
            uint64_t mask = 0;
            uint32_t ncap = 0, nlow = 0;
            unsigned f;
            for (f = 0; f < FOLDS; f++)
                if (f != s % FOLDS) {
                    mask |= folds[word_form[i]][f].mask;
                    ncap += folds[word_form[i]][f].ncap;
                    nlow += folds[word_form[i]][f].nlow;
                }
            word_amb[i] = pos_amb_value(mask);
            word_lex[i] = mask ? case_of(ncap, nlow) : 0;
        }
    }
    out = xrealloc(NULL, (n + 1) * sizeof(*out));
    for (i = 0; i < n; i++) {
        uint32_t ncap = 0, nlow = 0;
        unsigned f;
        out[i].key = keys[i];
        out[i].mask = 0;
        for (f = 0; f < FOLDS; f++) {
            out[i].mask |= folds[i][f].mask;
            ncap += folds[i][f].ncap;
            nlow += folds[i][f].nlow;
        }
        out[i].lex = case_of(ncap, nlow);
        out[i].wn = wns[i];
    }
    free(folds);
    free(keys);
    free(wns);
    free(idx.keys);
    free(idx.vals);
    *word_form_out = word_form;
    *count = n;
    return out;
}

static uint64_t rng_state = 0x853c49e6748fea9bULL;

static uint64_t rng_next(void)
{
    /* xorshift64*: a fixed seed, so training order and the model are reproducible. */
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 2685821657736338717ULL;
}

/*
 * --dropout P: the chance that a feature sits out one training step (Srivastava
 * et al. 2014's dropout, on the perceptron's sparse features): the weights
 * cannot lean on one feature where others could say the same, which is what
 * new text needs. 0.2 measured best (doc/pos.md); tagging uses every feature.
 */
static double dropout = 0.2;

static const uint64_t *train_amb; /* per training word, jackknifed */
static const uint32_t *train_lex; /* per training word, jackknifed */
static const struct wn_lex *train_wn; /* NULL without --wordnet */

static void word_infos(const struct corpus *c, size_t s, struct pos_wordinfo *infos)
{
    size_t i, b = c->sent_start[s], e = c->sent_start[s + 1];
    pos_boundary_info(0, &infos[0]);
    pos_boundary_info(0, &infos[1]);
    for (i = b; i < e; i++) {
        struct pos_word pw = {c->text + c->words[i].off, c->words[i].len, 0};
        pos_word_info(&pw, &infos[2 + i - b]);
        infos[2 + i - b].amb = train_amb[i];
        infos[2 + i - b].lex = train_lex[i];
        infos[2 + i - b].wn = wn_bits(train_wn, &infos[2 + i - b]);
    }
    pos_boundary_info(1, &infos[2 + e - b]);
    pos_boundary_info(1, &infos[3 + e - b]);
}

static uint32_t sentence_flags(const struct corpus *c, size_t s)
{
    static struct pos_word *pw;
    static size_t cap;
    size_t b = c->sent_start[s], n = c->sent_start[s + 1] - b, i;
    if (n > cap) {
        cap = n;
        pw = xrealloc(pw, cap * sizeof(*pw));
    }
    for (i = 0; i < n; i++) {
        pw[i].s = c->text + c->words[b + i].off;
        pw[i].len = c->words[b + i].len;
    }
    return pos_sentence_flags(pw, n);
}

/*
 * Greedy tagging of one sentence with the current weights; updates them on
 * each error when is_training. pass and rcodes (pass 1's tag codes of every
 * training word, for pass 2's right context) as in pos_features(). Writes
 * the chosen codes to out when non-NULL. Returns the errors made.
 */
static size_t run_sentence(struct model *m, const struct corpus *c, const struct map *dict,
                           size_t sid, unsigned pass, const uint16_t *rcodes, int is_training,
                           struct pos_wordinfo *infos, uint16_t *out, size_t *seen)
{
    size_t b = c->sent_start[sid], n = c->sent_start[sid + 1] - b, i, errors = 0;
    uint64_t feats[POS_MAX_FEATS];
    uint16_t t1 = 0, t2 = 0;
    uint32_t sflags = sentence_flags(c, sid), nquotes = 0, auxst = 0;

    word_infos(c, sid, infos);
    for (i = 0; i < n; i++) {
        const struct pos_wordinfo *ctx[5] = {&infos[i], &infos[i + 1], &infos[i + 2],
                                             &infos[i + 3], &infos[i + 4]};
        unsigned gold = c->words[b + i].xpos - 1u, guess;
        uint32_t d = map_get(dict, pos_dict_key(ctx[2]));
        if (d) {
            guess = d - 1;
        } else {
            uint16_t r1 = 0, r2 = 0;
            size_t nf, k;
            if (pass == 2) {
                r1 = i + 1 < n ? rcodes[b + i + 1] : 0;
                r2 = i + 2 < n ? rcodes[b + i + 2] : 0;
            }
            /* what tag_pass() in pos.c sets: the spaces around, the quotes
             * and a have/be/get before */
            infos[i + 2].gaps =
                pos_gaps(ctx[2], i ? c->words[b + i - 1].gap_after : POS_GAP_SPACE,
                         c->words[b + i].gap_after);
            if (c->words[b + i].len == 1 && c->text[c->words[b + i].off] == '"')
                infos[i + 2].quote = 1 + (nquotes & 1);
            infos[i + 2].auxst = auxst;
            nf = pos_features(ctx, t1, t2, r1, r2, pass, i, sflags, feats);
            if (is_training && dropout > 0) {
                size_t kept = 0;
                for (k = 0; k < nf; k++)
                    if ((double)(rng_next() >> 11) * 0x1.0p-53 >= dropout)
                        feats[kept++] = feats[k];
                nf = kept;
            }
            guess = predict(m, feats, nf, ctx[2]);
            if (is_training) {
                m->now++;
                if (guess != gold) {
                    const float step = 1.0f;
                    for (k = 0; k < nf; k++) {
                        struct feature *f = get_feature(m, feats[k], 1);
                        update(m, f, gold, step);
                        update(m, f, guess, -step);
                    }
                }
            }
            errors += guess != gold;
            (*seen)++;
        }
        if (out)
            out[b + i] = (uint16_t)(guess + 1);
        nquotes += c->words[b + i].len == 1 && c->text[c->words[b + i].off] == '"';
        auxst = pos_aux_next(auxst, ctx[2], (uint16_t)(guess + 1));
        t2 = t1;
        t1 = (uint16_t)(guess + 1);
    }
    return errors;
}

static size_t max_sentence(const struct corpus *c)
{
    size_t s, maxlen = 0;
    for (s = 0; s < c->nsents; s++)
        if (c->sent_start[s + 1] - c->sent_start[s] > maxlen)
            maxlen = c->sent_start[s + 1] - c->sent_start[s];
    return maxlen;
}

/*
 * Train m for epochs on the sentences s with s % nfolds != skip_fold (all
 * when skip_fold < 0), in an order shuffled afresh each epoch.
 */
static void train(struct model *m, const struct corpus *c, const struct map *dict, int epochs,
                  unsigned pass, const uint16_t *rcodes, int skip_fold, int nfolds)
{
    size_t *order = xrealloc(NULL, c->nsents * sizeof(size_t));
    size_t norder = 0, s;
    struct pos_wordinfo *infos = xrealloc(NULL, (max_sentence(c) + 4) * sizeof(*infos));
    int ep;

    for (s = 0; s < c->nsents; s++)
        if (skip_fold < 0 || (int)(s % (size_t)nfolds) != skip_fold)
            order[norder++] = s;
    for (ep = 0; ep < epochs; ep++) {
        size_t errors = 0, seen = 0;
        for (s = norder; s > 1; s--) {
            size_t j = (size_t)(rng_next() % s), t = order[s - 1];
            order[s - 1] = order[j];
            order[j] = t;
        }
        for (s = 0; s < norder; s++)
            errors += run_sentence(m, c, dict, order[s], pass, rcodes, 1, infos, NULL, &seen);
        if (skip_fold < 0)
            fprintf(stderr, "pass %u epoch %d: %zu errors in %zu scored words (%.2f%%), %zu features\n",
                    pass, ep + 1, errors, seen, 100.0 * (double)errors / (double)seen, m->nfeats);
    }
    free(infos);
    free(order);
}

/* Replace every weight by its average over all updates (the averaged perceptron). */
static void average(struct model *m)
{
    size_t i;
    for (i = 0; i < m->nfeats; i++) {
        uint32_t k;
        for (k = 0; k < m->feats[i].n; k++) {
            struct entry *e = &m->feats[i].e[k];
            e->w = (float)((e->total + (double)(m->now - e->ts) * e->w) / m->now);
            e->total = 0;
            e->ts = m->now;
        }
    }
}

/* dst += src, weight by weight (both averaged). */
static void add_model(struct model *dst, const struct model *src)
{
    size_t i;
    for (i = 0; i < src->nfeats; i++) {
        const struct feature *sf = &src->feats[i];
        struct feature *df = get_feature(dst, sf->key, 1);
        uint32_t k;
        for (k = 0; k < sf->n; k++)
            update(dst, df, sf->e[k].tag, sf->e[k].w);
    }
}

static void scale_model(struct model *m, float f)
{
    size_t i;
    for (i = 0; i < m->nfeats; i++) {
        uint32_t k;
        for (k = 0; k < m->feats[i].n; k++)
            m->feats[i].e[k].w *= f;
    }
}

static void model_release(struct model *m)
{
    size_t i;
    for (i = 0; i < m->nfeats; i++)
        free(m->feats[i].e);
    free(m->feats);
    free(m->index.keys);
    free(m->index.vals);
    memset(m, 0, sizeof(*m));
}

/*
 * Pass 1's tags for every training word, each from a model that did not see
 * the word's sentence (nfolds-way jackknifing): what pass 2 learns to trust
 * is then as good as pass 1 is on new text.
 */
static uint16_t *jackknife_pass1(const struct corpus *c, const struct map *dict, int epochs,
                                 int nfolds)
{
    uint16_t *codes = xrealloc(NULL, c->nwords * sizeof(*codes));
    struct pos_wordinfo *infos = xrealloc(NULL, (max_sentence(c) + 4) * sizeof(*infos));
    size_t errors = 0, seen = 0, s;
    int k;

    for (k = 0; k < nfolds; k++) {
        struct model m;
        memset(&m, 0, sizeof(m));
        map_init(&m.index, 1 << 20);
        train(&m, c, dict, epochs, 1, NULL, k, nfolds);
        average(&m);
        for (s = (size_t)k; s < c->nsents; s += (size_t)nfolds)
            errors += run_sentence(&m, c, dict, s, 1, NULL, 0, infos, codes, &seen);
        model_release(&m);
    }
    fprintf(stderr, "pass 1 jackknifed over %d folds: %.2f%% errors in %zu scored words\n", nfolds,
            100.0 * (double)errors / (double)seen, seen);
    free(infos);
    return codes;
}

/* ---- Writing the model ---- */

struct row {
    uint64_t key;
    uint32_t start, n;
};

static uint32_t get32_(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void put32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)v;
    p[1] = (unsigned char)(v >> 8);
    p[2] = (unsigned char)(v >> 16);
    p[3] = (unsigned char)(v >> 24);
}

struct lemma_count {
    char *key;     /* "key\tXPOS" */
    char *lemma;
    uint32_t n;
};

static int cmp_str(const void *a, const void *b)
{
    const struct lemma_count *x = a, *y = b;
    int r = strcmp(x->key, y->key);
    return r ? r : strcmp(x->lemma, y->lemma);
}

/*
 * The lemma exception table: for each (key, XPOS), the commonest gold lemma
 * (ties: the first in byte order), kept when lemma_rule() says otherwise.
 */
static char *build_lemmas(const struct corpus *c, size_t *len_out, size_t *count_out)
{
    struct lemma_count *lc = xrealloc(NULL, c->nwords * sizeof(*lc));
    size_t n = 0, i, j, len = 0, cap = 1 << 16, count = 0;
    char *out = xrealloc(NULL, cap);

    for (i = 0; i < c->nwords; i++) {
        const struct word *w = &c->words[i];
        const char *form = c->text + w->off, *tag = pos_tag_name(w->xpos);
        size_t k;
        if (w->len == 0 || w->len > 255 || w->lemma_len == 0 || w->lemma_len > 255 ||
            !strcmp(c->text + w->lemma_off, "_"))
            continue;
        lc[n].key = xrealloc(NULL, w->len + strlen(tag) + 2);
        for (k = 0; k < w->len; k++) {
            char ch = form[k];
            if (!lemma_keeps_case(w->xpos) && ch >= 'A' && ch <= 'Z')
                ch = (char)(ch + 32);
            lc[n].key[k] = ch;
        }
        lc[n].key[w->len] = '\t';
        memcpy(lc[n].key + w->len + 1, tag, strlen(tag) + 1);
        lc[n].lemma = c->text + w->lemma_off;
        lc[n].n = 1;
        n++;
    }
    qsort(lc, n, sizeof(*lc), cmp_str);
    for (i = 0; i < n;) {
        size_t best_n = 0, k;
        const char *best = NULL;
        char rule[600];
        uint16_t tag;
        const char *tab;
        j = i;
        while (j < n && !strcmp(lc[j].key, lc[i].key)) {
            k = j;
            while (k < n && !strcmp(lc[k].key, lc[j].key) && !strcmp(lc[k].lemma, lc[j].lemma))
                k++;
            if (k - j > best_n) {
                best_n = k - j;
                best = lc[j].lemma;
            }
            j = k;
        }
        tab = strchr(lc[i].key, '\t');
        tag = pos_tag_from_name(tab + 1, strlen(tab + 1));
        lemma_rule(lc[i].key, (size_t)(tab - lc[i].key), tag, rule, sizeof(rule));
        if (strcmp(rule, best) && !strpbrk(best, "\t\n")) {
            size_t need = strlen(lc[i].key) + strlen(best) + 2;
            if (len + need + 1 > cap) {
                cap = (len + need + 1) * 2;
                out = xrealloc(out, cap);
            }
            len += (size_t)snprintf(out + len, cap - len, "%s\t%s\n", lc[i].key, best);
            count++;
        }
        i = j;
    }
    for (i = 0; i < n; i++)
        free(lc[i].key);
    free(lc);
    *len_out = len;
    *count_out = count;
    return out;
}

/* UPOS rows: (lower form, XPOS) whose commonest UPOS differs from the XPOS's default. */
static struct dict_entry *build_upos(const struct corpus *c, size_t *count)
{
    struct map idx;
    uint32_t (*counts)[UPOS_NTAGS] = NULL;
    uint64_t *keys = NULL;
    uint16_t *tags = NULL;
    size_t n = 0, cap = 0, i, out_n = 0;
    struct dict_entry *out;

    map_init(&idx, 1 << 16);
    for (i = 0; i < c->nwords; i++) {
        const struct word *w = &c->words[i];
        struct pos_word pw = {c->text + w->off, w->len, 0};
        struct pos_wordinfo info;
        uint64_t key;
        uint32_t v;
        if (!w->upos)
            continue;
        pos_word_info(&pw, &info);
        key = pos_upos_key(&info, w->xpos);
        v = map_get(&idx, key);
        if (!v) {
            if (n == cap) {
                cap = cap ? cap * 2 : 4096;
                counts = xrealloc(counts, cap * sizeof(*counts));
                keys = xrealloc(keys, cap * sizeof(*keys));
                tags = xrealloc(tags, cap * sizeof(*tags));
            }
            memset(counts[n], 0, sizeof(counts[0]));
            keys[n] = key;
            tags[n] = w->xpos;
            map_put(&idx, key, (uint32_t)++n);
            v = (uint32_t)n;
        }
        counts[v - 1][w->upos]++;
    }
    out = xrealloc(NULL, (n + 1) * sizeof(*out));
    for (i = 0; i < n; i++) {
        unsigned u, bu = 0;
        for (u = 1; u < UPOS_NTAGS; u++)
            if (counts[i][u] > counts[i][bu])
                bu = u;
        if (bu && bu != pos_tag_upos(tags[i])) {
            out[out_n].key = keys[i];
            out[out_n].tag = (uint8_t)(bu - 1);
            out_n++;
        }
    }
    free(counts);
    free(keys);
    free(tags);
    free(idx.keys);
    free(idx.vals);
    *count = out_n;
    return out;
}

static int cmp_u64(const void *a, const void *b)
{
    const uint64_t *x = a, *y = b;
    return *x < *y ? -1 : *x > *y;
}

static int cmp_row(const void *a, const void *b)
{
    const struct row *x = a, *y = b;
    return x->key < y->key ? -1 : x->key > y->key;
}

static void write_model(const char *path, struct model *models, unsigned npasses,
                        const struct dict_entry *dict, size_t ndict,
                        const struct dict_entry *upos, size_t nupos_rows,
                        const struct amb_row *amb, size_t namb, const struct wn_lex *wn,
                        const char *lemmas, size_t lemma_len, int min_weight)
{
    const uint32_t ntags = POS_NTAGS - 1, nupos = UPOS_NTAGS - 1;
    size_t nfeats = 0, nrows = 0, nent = 0, cap = 0, i, nslots, size, off, dropped = 0;
    size_t nlex = 0, nlex_rows = 0;
    uint64_t *lex_keys = NULL;
    struct row *rows;
    int16_t *wts = NULL;
    uint8_t *tgs = NULL;
    double maxabs = 0, scale;
    unsigned char *buf, *slots;
    unsigned p;
    FILE *f;

    for (p = 0; p < npasses; p++) {
        struct model *m = &models[p];
        nfeats += m->nfeats;
        for (i = 0; i < m->nfeats; i++) {
            uint32_t k;
            for (k = 0; k < m->feats[i].n; k++)
                if (fabs(m->feats[i].e[k].w) > maxabs)
                    maxabs = fabs(m->feats[i].e[k].w);
        }
    }
    rows = xrealloc(NULL, (nfeats + ndict + nupos_rows + namb) * sizeof(*rows));
    scale = 32767.0 / maxabs;
    for (p = 0; p < npasses; p++) {
        struct model *m = &models[p];
        for (i = 0; i < m->nfeats; i++) {
            struct feature *ft = &m->feats[i];
            size_t start = nent;
            unsigned t;
            for (t = 0; t < POS_NTAGS; t++) {
                uint32_t k;
                for (k = 0; k < ft->n; k++) {
                    long q;
                    if (ft->e[k].tag != t)
                        continue;
                    q = lrint(ft->e[k].w * scale);
                    if (labs(q) < min_weight)
                        continue;
                    if (nent == cap) {
                        cap = cap ? cap * 2 : 1 << 16;
                        wts = xrealloc(wts, cap * sizeof(*wts));
                        tgs = xrealloc(tgs, cap);
                    }
                    wts[nent] = (int16_t)q;
                    tgs[nent] = (uint8_t)t;
                    nent++;
                }
            }
            if (nent > start) {
                rows[nrows].key = ft->key;
                rows[nrows].start = (uint32_t)start;
                rows[nrows].n = (uint32_t)(nent - start);
                nrows++;
            }
        }
    }
    for (i = 0; i < ndict + nupos_rows; i++) {
        const struct dict_entry *d = i < ndict ? &dict[i] : &upos[i - ndict];
        if (nent == cap) {
            cap = cap ? cap * 2 : 1 << 16;
            wts = xrealloc(wts, cap * sizeof(*wts));
            tgs = xrealloc(tgs, cap);
        }
        wts[nent] = 1;
        tgs[nent] = d->tag;
        rows[nrows].key = d->key;
        rows[nrows].start = (uint32_t)nent;
        rows[nrows].n = 1;
        nrows++;
        nent++;
    }
    for (i = 0; i < namb; i++) {
        unsigned t;
        rows[nrows].key = amb[i].key;
        rows[nrows].start = (uint32_t)nent;
        for (t = 0; t < 64; t++) {
            if (!(amb[i].mask >> t & 1))
                continue;
            if (nent == cap) {
                cap = cap ? cap * 2 : 1 << 16;
                wts = xrealloc(wts, cap * sizeof(*wts));
                tgs = xrealloc(tgs, cap);
            }
            /* The first weight carries the form's lex, the second its WordNet
             * class (pos_wordinfo); a form with one tag and a class gets that
             * tag twice, which leaves its tag set as it is. */
            wts[nent] = (int16_t)(nent == rows[nrows].start       ? amb[i].lex
                                  : nent == rows[nrows].start + 1 ? (uint16_t)amb[i].wn
                                                                  : 1);
            tgs[nent] = (uint8_t)t;
            nent++;
            if (nent == rows[nrows].start + 1 && amb[i].wn &&
                !(amb[i].mask & (amb[i].mask - 1))) {
                if (nent == cap) {
                    cap = cap ? cap * 2 : 1 << 16;
                    wts = xrealloc(wts, cap * sizeof(*wts));
                    tgs = xrealloc(tgs, cap);
                }
                wts[nent] = (int16_t)(uint16_t)amb[i].wn;
                tgs[nent] = (uint8_t)t;
                nent++;
            }
        }
        rows[nrows].n = (uint32_t)(nent - rows[nrows].start);
        nrows++;
    }
    if (nent >= (1u << 24)) {
        fprintf(stderr, "train_pos: too many weights (%zu); raise --min-weight\n", nent);
        exit(1);
    }
    /* Insert in key order, so the table does not depend on training order. */
    qsort(rows, nrows, sizeof(*rows), cmp_row);
    nslots = 2;
    while (nslots < nrows + nrows / 2 + 1)
        nslots *= 2;
    /* The WordNet lexicon: a table of its own, keyed like the slots. */
    if (wn && wn->n) {
        size_t k;
        lex_keys = xrealloc(NULL, wn->n * sizeof(*lex_keys));
        for (k = 0; k <= wn->index.mask; k++)
            if (wn->index.vals[k] && wn->forms[wn->index.vals[k] - 1].bits)
                lex_keys[nlex_rows++] = wn->index.keys[k];
        qsort(lex_keys, nlex_rows, sizeof(*lex_keys), cmp_u64);
        nlex = 2;
        while (nlex < nlex_rows + nlex_rows / 3 + 1)
            nlex *= 2;
    }
    size = POS_MODEL_HEADER + (ntags + nupos) * POS_MODEL_TAGNAME + nslots * 8 + nent * 3 +
           nlex * 6;
    size = (size + 3) & ~(size_t)3;
    size += lemma_len;
    buf = calloc(1, size);
    if (!buf) {
        fprintf(stderr, "train_pos: out of memory\n");
        exit(1);
    }
    memcpy(buf, POS_MODEL_MAGIC, 8);
    put32(buf + 8, POS_MODEL_VERSION);
    put32(buf + 12, POS_FEATURE_SET);
    put32(buf + 16, ntags);
    put32(buf + 20, nupos);
    put32(buf + 24, (uint32_t)nslots);
    put32(buf + 28, (uint32_t)nent);
    put32(buf + 32, (uint32_t)lemma_len);
    put32(buf + 40, npasses);
    put32(buf + 44, (uint32_t)nlex);
    off = POS_MODEL_HEADER;
    for (i = 1; i <= ntags; i++, off += POS_MODEL_TAGNAME)
        memcpy(buf + off, pos_tag_name((uint16_t)i), strlen(pos_tag_name((uint16_t)i)));
    for (i = 1; i <= nupos; i++, off += POS_MODEL_TAGNAME)
        memcpy(buf + off, pos_upos_name((uint16_t)i), strlen(pos_upos_name((uint16_t)i)));
    slots = buf + off;
    for (i = 0; i < nrows; i++) {
        uint32_t fp = (uint32_t)(rows[i].key >> 32) | 1u;
        size_t s = (size_t)rows[i].key & (nslots - 1);
        int clash = 0;
        while (get32_(slots + s * 8)) {
            if (get32_(slots + s * 8) == fp)
                clash = 1;
            s = (s + 1) & (nslots - 1);
        }
        if (clash) {
            dropped++;
            continue;
        }
        put32(slots + s * 8, fp);
        put32(slots + s * 8 + 4, rows[i].start | rows[i].n << 24);
    }
    off += nslots * 8;
    for (i = 0; i < nent; i++, off += 2) {
        buf[off] = (unsigned char)((uint16_t)wts[i] & 0xff);
        buf[off + 1] = (unsigned char)((uint16_t)wts[i] >> 8);
    }
    memcpy(buf + off, tgs, nent);
    off += nent;
    for (i = 0; i < nlex_rows; i++) {
        uint64_t key = lex_keys[i];
        uint32_t fp = (uint32_t)(key >> 32) | 1u, v = map_get(&wn->index, key);
        size_t s = (size_t)key & (nlex - 1);
        int clash = 0;
        while (get32_(buf + off + s * 4)) {
            if (get32_(buf + off + s * 4) == fp)
                clash = 1;
            s = (s + 1) & (nlex - 1);
        }
        if (clash) {
            dropped++;
            continue;
        }
        put32(buf + off + s * 4, fp);
        buf[off + nlex * 4 + s * 2] = (unsigned char)(wn->forms[v - 1].bits & 0xff);
        buf[off + nlex * 4 + s * 2 + 1] = (unsigned char)(wn->forms[v - 1].bits >> 8);
    }
    memcpy(buf + size - lemma_len, lemmas, lemma_len);
    put32(buf + 36, pos_checksum(buf + POS_MODEL_HEADER, size - POS_MODEL_HEADER));
    f = fopen(path, "wb");
    if (!f || fwrite(buf, 1, size, f) != size || fclose(f)) {
        fprintf(stderr, "train_pos: cannot write '%s': %s\n", path, strerror(errno));
        exit(1);
    }
    fprintf(stderr,
            "wrote %s: %zu bytes, %zu rows (%zu tag dictionary, %zu UPOS, %zu classes), "
            "%zu weights, %zu slots, %zu WordNet forms in %zu slots), %zu fingerprint clashes "
            "dropped\n",
            path, size, nrows, ndict, nupos_rows, namb, nent, nslots, nlex_rows, nlex, dropped);
    free(buf);
    free(lex_keys);
    free(rows);
    free(wts);
    free(tgs);
}

/* Score the written model on a held-out file, as the CLI will run it. */
static void evaluate(const char *model_path, const char *dev_path, const struct corpus *train_c)
{
    struct nl_error err;
    struct pos_model *pm = pos_model_new(model_path, &err);
    struct corpus dev;
    struct map seen;
    struct pos_word *words;
    uint16_t *tags;
    size_t s, i, ok = 0, unk = 0, unk_ok = 0, upos_ok = 0, lemma_ok = 0, maxlen = 0;
    char lemma[1024];

    if (!pm) {
        fprintf(stderr, "train_pos: %s\n", err.msg);
        exit(1);
    }
    map_init(&seen, 1 << 16);
    for (i = 0; i < train_c->nwords; i++) {
        struct pos_word pw = {train_c->text + train_c->words[i].off, train_c->words[i].len, 0};
        struct pos_wordinfo info;
        pos_word_info(&pw, &info);
        map_put(&seen, info.form, 1);
    }
    read_conllu(dev_path, &dev);
    for (s = 0; s < dev.nsents; s++)
        if (dev.sent_start[s + 1] - dev.sent_start[s] > maxlen)
            maxlen = dev.sent_start[s + 1] - dev.sent_start[s];
    words = xrealloc(NULL, (maxlen + 1) * sizeof(*words));
    tags = xrealloc(NULL, (maxlen + 1) * sizeof(*tags));
    for (s = 0; s < dev.nsents; s++) {
        size_t b = dev.sent_start[s], n = dev.sent_start[s + 1] - b;
        for (i = 0; i < n; i++) {
            words[i].s = dev.text + dev.words[b + i].off;
            words[i].len = dev.words[b + i].len;
            words[i].gap_after = dev.words[b + i].gap_after;
        }
        pos_tag(pm, words, n, tags);
        for (i = 0; i < n; i++) {
            const struct word *w = &dev.words[b + i];
            struct pos_wordinfo info;
            int is_ok = tags[i] == w->xpos;
            pos_word_info(&words[i], &info);
            ok += is_ok;
            if (!map_get(&seen, info.form)) {
                unk++;
                unk_ok += is_ok;
            }
            upos_ok += pos_word_upos(pm, &words[i], tags[i]) == w->upos;
            lemma_of(pos_model_lemmas(pm), words[i].s, words[i].len, tags[i], lemma,
                     sizeof(lemma));
            lemma_ok += !strcmp(lemma, dev.text + w->lemma_off);
        }
    }
    printf("%s: XPOS %.4f (%zu/%zu), unknown words %.4f (%zu/%zu), UPOS %.4f, lemma %.4f\n",
           dev_path, (double)ok / dev.nwords, ok, dev.nwords, unk ? (double)unk_ok / unk : 0.0,
           unk_ok, unk, (double)upos_ok / dev.nwords, (double)lemma_ok / dev.nwords);
    free(words);
    free(tags);
    free(seen.keys);
    free(seen.vals);
    free(dev.text);
    free(dev.words);
    free(dev.sent_start);
    pos_model_free(pm);
}

static const char usage[] =
    "usage: train_pos --train TRAIN.conllu [--dev DEV.conllu] -o MODEL [--epochs N]\n"
    "                 [--min-weight Q] [--dict-min N] [--dict-ratio R] [--passes 1|2]\n"
    "                 [--seed N] [--bags N] [--wordnet DIR] [--dropout P]\n";

int main(int argc, char **argv)
{
    const char *train_path = NULL, *dev_path = NULL, *out = NULL, *wordnet = NULL;
    struct wn_lex wn;
    int epochs = 10, min_weight = 800, dict_min = 20, bags = 3, i;
    double dict_ratio = 0.97;
    struct corpus c;
    struct model models[2];
    unsigned passes = 1, p;
    uint16_t *rcodes = NULL;
    struct map dict_index;
    struct dict_entry *dict, *upos;
    struct amb_row *amb;
    uint64_t *word_amb;
    uint32_t *word_lex, *word_form;
    size_t ndict, nupos, namb, lemma_len, nlemmas, sw;
    char *lemmas;

    for (i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!v) {
            fputs(usage, stderr);
            return 2;
        }
        if (!strcmp(a, "--train"))
            train_path = v;
        else if (!strcmp(a, "--dev"))
            dev_path = v;
        else if (!strcmp(a, "-o"))
            out = v;
        else if (!strcmp(a, "--epochs"))
            epochs = (int)strtol(v, NULL, 10);
        else if (!strcmp(a, "--min-weight"))
            min_weight = (int)strtol(v, NULL, 10);
        else if (!strcmp(a, "--dict-min"))
            dict_min = (int)strtol(v, NULL, 10);
        else if (!strcmp(a, "--passes"))
            passes = strtol(v, NULL, 10) == 1 ? 1 : 2;
        else if (!strcmp(a, "--bags"))
            bags = (int)strtol(v, NULL, 10);
        else if (!strcmp(a, "--seed"))
            rng_state ^= (uint64_t)strtoull(v, NULL, 10) * 0x9e3779b97f4a7c15ULL;
        else if (!strcmp(a, "--wordnet"))
            wordnet = v;
        else if (!strcmp(a, "--dropout"))
            dropout = strtod(v, NULL);
        else if (!strcmp(a, "--dict-ratio"))
            dict_ratio = strtod(v, NULL);
        else {
            fputs(usage, stderr);
            return 2;
        }
        i++;
    }
    if (!train_path || !out || epochs < 1 || bags < 1) {
        fputs(usage, stderr);
        return 2;
    }
    read_conllu(train_path, &c);
    if (wordnet) {
        wn_read(wordnet, &wn);
        train_wn = &wn;
    }
    fprintf(stderr, "%s: %zu sentences, %zu words\n", train_path, c.nsents, c.nwords);
    dict = build_dict(&c, dict_min, dict_ratio, &ndict, &dict_index);
    upos = build_upos(&c, &nupos);
    word_amb = xrealloc(NULL, c.nwords * sizeof(*word_amb));
    word_lex = xrealloc(NULL, c.nwords * sizeof(*word_lex));
    amb = build_amb(&c, train_wn, word_amb, word_lex, &word_form, &namb);
    /* build_amb() leaves room for one more row: the symbol tags */
    for (sw = 0; sw < c.nwords; sw++) {
        struct pos_word pw = {c.text + c.words[sw].off, c.words[sw].len, 0};
        struct pos_wordinfo info;
        pos_word_info(&pw, &info);
        if (!(info.flags & (POS_WF_ALPHA | POS_WF_DIGIT)))
            symbol_tags |= 1ULL << (c.words[sw].xpos - 1);
    }
    amb[namb].key = pos_symbol_key();
    amb[namb].mask = symbol_tags;
    amb[namb].lex = 0;
    amb[namb].wn = 0;
    namb++;
    train_amb = word_amb;
    train_lex = word_lex;
    lemmas = build_lemmas(&c, &lemma_len, &nlemmas);
    fprintf(stderr, "%zu lemma exceptions (%zu bytes)\n", nlemmas, lemma_len);
    memset(models, 0, sizeof(models));
    if (passes == 2)
        rcodes = jackknife_pass1(&c, &dict_index, epochs, 5);
    for (p = 0; p < passes; p++) {
        int b;
        map_init(&models[p].index, 1 << 20);
        train(&models[p], &c, &dict_index, epochs, p + 1, rcodes, -1, 1);
        average(&models[p]);
        for (b = 1; b < bags; b++) {
            struct model extra;
            memset(&extra, 0, sizeof(extra));
            map_init(&extra.index, 1 << 20);
            train(&extra, &c, &dict_index, epochs, p + 1, rcodes, -1, 1);
            average(&extra);
            add_model(&models[p], &extra);
            model_release(&extra);
        }
        scale_model(&models[p], 1.0f / (float)bags);
    }
    write_model(out, models, passes, dict, ndict, upos, nupos, amb, namb, train_wn, lemmas, lemma_len,
                min_weight);
    if (dev_path)
        evaluate(out, dev_path, &c);
    return 0;
}
