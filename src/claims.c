/*
 * claims.c: from tagged sentences and timexes to claims; see claims.h and
 * doc/claims.md.
 *
 * One pass per sentence, over its tokens and their Penn Treebank tags:
 *   1. verb groups: runs of auxiliaries, modals, adverbs and verbs ("has
 *      not yet decided", "will be delayed", "to announce"); the last verb is
 *      the head. Features come from the auxiliaries: negation, passive,
 *      future, conditional modal, infinitive, past tense;
 *   2. triggers: the head of every group that is not a bare copula, and
 *      nouns that name a happening: with the WordNet-derived lexicon
 *      (lexicon.h), nouns enough of whose senses are acts, events,
 *      processes or states ("flight", "election", "agreement"); without
 *      it, nominalisations by suffix ("election", "proposal", "meeting")
 *      and nouns the tagger would read as verbs ("deal", "attack");
 *   3. arguments by position over noun-phrase chunks: the subject to the
 *      left of the group (through relative pronouns, appositions and
 *      "A and B"), inherited by infinitives and coordinated verbs; the
 *      object to the right; the "by" phrase of a passive;
 *   4. the source: the subject of a reporting verb ("said", "told",
 *      "announced") or the phrase after "according to", given to the other
 *      triggers of the sentence that its report covers;
 *   5. modality, polarity and amounts from the words around the group;
 *   6. the date: a temporal expression of the sentence that belongs to the
 *      trigger (the nearest one in its clause), else the publication date.
 *
 *   7. pronoun actors: a subject "it", "he", "she" or "they" takes the
 *      nearest agreeing subject or object phrase of its sentence or of the
 *      two before, when one is found (see "pronoun actors" below).
 *
 * What it does not do: parse, resolve other pronouns ("we", "its", "him"),
 * or follow an event across sentences. Word lists here are closed classes of
 * English grammar (auxiliaries, modals, reporting and control verbs), not
 * vocabulary of any corpus.
 */
#include "claims.h"
#include "hash.h"

#include <string.h>

#include "interval.h"
#include "lexicon.h"
#include "pos.h"
#include "banned.h"

#define LEMMA_MAX 32   /* bytes kept of a token's lemma */
#define PHRASE_MAX 200 /* bytes kept of an actor, object or source string */
#define MAX_CONJ 6     /* conjuncts kept in one coordinated noun phrase */

/*
 * With a lexicon, a noun is an event trigger when at least this share (per
 * cent) of its weighted WordNet senses name an act, event, process,
 * phenomenon or state (lexicon.h). The best of 10-60 on MEANTIME airbus
 * and apple (mention F1 of the annotated part), then checked on the gm
 * topic and TempEval-3 event nouns (doc/claims.md). Lower keeps more of
 * the dated nouns ("launch", "increase") and more noise.
 */
#define EVENT_NOUN_SHARE 40

const char *claim_modality_name(enum claim_modality m)
{
    switch (m) {
    case CLAIM_ASSERTED:
        return "asserted";
    case CLAIM_REPORTED:
        return "reported";
    case CLAIM_ALLEGED:
        return "alleged";
    case CLAIM_EXPECTED:
        return "expected";
    case CLAIM_CONDITIONAL:
        return "conditional";
    }
    return "asserted";
}

const char *claim_date_source_name(enum claim_date_source s)
{
    switch (s) {
    case CLAIM_DATE_TEXT:
        return "text";
    case CLAIM_DATE_PUBLICATION:
        return "publication";
    case CLAIM_DATE_NONE:
        return "none";
    }
    return "none";
}

const char *claim_polarity_name(int is_negated)
{
    return is_negated ? "negative" : "positive";
}

/* ---- closed word classes ---- */

/* Verbs that report speech or writing: their subject is a source. */
static const char *const report_verbs[] = {
    "say", "tell", "report", "announce", "state", "claim", "add", "confirm", "deny",
    "allege", "note", "explain", "insist", "warn", "estimate", "predict", "argue",
    "acknowledge", "admit", "assert", "suggest", "write", "declare", "indicate", "reveal",
    "disclose", "comment", "testify", "tweet", "quote", "accuse", "maintain", "stress",
    "believe", "think", "reply", "respond", "remark", "concede", "contend", "emphasize",
    "emphasise", "forecast", "caution", "observe", NULL,
};

/* Report verbs that do not vouch for what they report. */
static const char *const allege_verbs[] = {"claim", "allege", "accuse", NULL};

/* Verbs whose to-infinitive is planned or expected ("plans to cut"). */
static const char *const expect_verbs[] = {
    "expect", "plan", "schedule", "intend", "aim", "hope", "set", "prepare", "want",
    "seek", "propose", "promise", "threaten", "vow", "pledge", "agree", "decide", "be",
    "likely", "due", "go", "wish", "offer", "try", "attempt", NULL,
};

/* Verbs whose to-infinitive did not happen ("failed to reach"). */
static const char *const fail_verbs[] = {"fail", "refuse", "decline", "neglect", NULL};

/* Modals of a conditional or possible event. */
static const char *const cond_modals[] = {"would", "could", "might", "may", "'d", NULL};

/*
 * Present participles that act as prepositions before a noun phrase
 * ("talks concerning an agreement", "ten people, including two children",
 * "following the crash"): English grammar's participial prepositions.
 */
static const char *const prep_participles[] = {
    "concerning", "regarding", "including", "following", "excluding", "pending",
    "barring", "respecting", "notwithstanding", NULL,
};

/* Words tagged IN that open a clause, not a prepositional phrase. */
static const char *const clause_preps[] = {
    "that", "if", "because", "while", "although", "though", "whether", "since", "as",
    "unless", "than", "once", "whereas", NULL,
};

/* Subordinators that open a conditional clause. */
static const char *const cond_subords[] = {"if", "unless", NULL};

/*
 * Suffixes of nouns derived from verbs or naming a happening: "election",
 * "agreement", "failure", "proposal", "meeting", "crisis". A list of
 * English derivational morphology, checked on the noun's lemma.
 */
static const char *const event_suffixes[] = {
    "tion", "sion", "ment", "ance", "ence", "ure", "sal", "val", "ing", "sis", "ery", NULL,
};

/* ---- sentence context ---- */

struct mentions;

struct group {
    uint32_t b, e, head;      /* sentence-relative token range [b, e) and its main verb */
    unsigned is_neg : 1, is_passive : 1, is_future : 1, is_cond : 1, is_inf : 1,
        is_copula : 1, is_past : 1, is_report : 1, is_present : 1, is_perfect : 1,
        is_reduced : 1;       /* a bare participle after its noun: "statements issued" */
    int actor[2 * MAX_CONJ];  /* conjunct token ranges of the subject */
    int nactor;
    int object[2 * MAX_CONJ];
    int nobject;
    int src_group;            /* group whose subject is this group's source, or -1 */
    int ctl;                  /* group whose to-infinitive this is, or -1 */
    int32_t own;              /* timex of its own clause that dates it, or -1 */
    int32_t inh;              /* date taken over from a related group, or -1 */
};

struct sctx {
    struct arena *a;
    const char *text;
    int32_t published;        /* the article's publication day, or DAY_NONE */
    const struct token *t;    /* the sentence's tokens */
    size_t n;
    uint16_t *tags;           /* per token: its tag, after the corrections of retag() */
    const struct timex *tx;   /* all timexes of the article */
    int32_t *txi;             /* per token: index of the timex covering it, or -1 */
    char (*lem)[LEMMA_MAX];   /* per token: lemma, "" until computed */
    const struct lemma_table *lemmas;
    const struct pos_model *pos;
    const struct lexicon *lex; /* may be NULL: event nouns by suffix rules */
    struct group *g;
    size_t ng;
    int *group_of;            /* per token: group index or -1 */
    uint8_t *inq;             /* per token: inside a double quotation (2: one the sentence starts in) */
    struct mentions *men;     /* actor candidates of this sentence and the two before */
    uint32_t sent;            /* index of the sentence */
    int is_oom;               /* an arena allocation failed */
};

/* Arena copy of s[0..len); on failure, NULL and c->is_oom. */
static char *dup(struct sctx *c, const char *s, size_t len)
{
    char *p = arena_strndup(c->a, s, len);
    if (!p)
        c->is_oom = 1;
    return p;
}

static int lower_ascii(int c)
{
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int eq_nocase(const char *s, size_t len, const char *w)
{
    size_t i;
    for (i = 0; i < len; i++)
        if (!w[i] || lower_ascii((unsigned char)s[i]) != w[i])
            return 0;
    return w[len] == '\0';
}

static uint16_t tag(const struct sctx *c, long i)
{
    return i >= 0 && (size_t)i < c->n ? c->tags[i] : POS_NONE;
}

static int is_w(const struct sctx *c, long i, const char *w)
{
    if (i < 0 || (size_t)i >= c->n)
        return 0;
    return eq_nocase(c->text + c->t[i].span.off, c->t[i].span.len, w);
}

static int in_list(const char *s, const char *const *list)
{
    for (; *list; list++)
        if (!strcmp(s, *list))
            return 1;
    return 0;
}

static int w_in(const struct sctx *c, long i, const char *const *list)
{
    for (; *list; list++)
        if (is_w(c, i, *list))
            return 1;
    return 0;
}

static const char *lemma(struct sctx *c, long i)
{
    if (i < 0 || (size_t)i >= c->n)
        return "";
    if (!c->lem[i][0]) {
        const struct token *t = &c->t[i];
        if (c->pos)
            pos_lemma(c->pos, c->text + t->span.off, t->span.len, c->tags[i], c->lem[i],
                      LEMMA_MAX);
        else
            lemma_of(c->lemmas, c->text + t->span.off, t->span.len, c->tags[i], c->lem[i],
                     LEMMA_MAX);
        if (c->lex)
            lemma_check(c->lex, c->text + t->span.off, t->span.len, c->tags[i], c->lem[i],
                        strlen(c->lem[i]), LEMMA_MAX);
        if (!c->lem[i][0])
            c->lem[i][0] = ' ';
    }
    return c->lem[i];
}

static int is_verb_tag(uint16_t t)
{
    return t == POS_VB || t == POS_VBD || t == POS_VBG || t == POS_VBN || t == POS_VBP ||
           t == POS_VBZ;
}

static int is_noun_tag(uint16_t t)
{
    return t == POS_NN || t == POS_NNS || t == POS_NNP || t == POS_NNPS;
}

/* Can end a noun phrase: a noun, a pronoun, a number. */
static int is_np_head(const struct sctx *c, long i)
{
    uint16_t t = tag(c, i);
    return is_noun_tag(t) || t == POS_PRP || t == POS_CD || (t == POS_DT && is_w(c, i, "this"));
}

static int is_np_word(uint16_t t)
{
    return is_noun_tag(t) || t == POS_DT || t == POS_PDT || t == POS_PRPS || t == POS_JJ ||
           t == POS_JJR || t == POS_JJS || t == POS_CD || t == POS_POS || t == POS_PRP ||
           t == POS_DOLLAR;
}

/*
 * A participle inside a noun phrase, between a determiner or adjective and
 * a noun: "the proposed deal", "a growing crisis".
 */
static int is_np_participle(const struct sctx *c, long i)
{
    uint16_t t = tag(c, i), p = tag(c, i - 1);
    long k = i + 1;
    /* "the leading Syrian opposition body": adjectives may come before the noun */
    while (k < i + 4 && (tag(c, k) == POS_JJ || tag(c, k) == POS_VBN))
        k++;
    return (t == POS_VBN || t == POS_VBG) && is_noun_tag(tag(c, k)) &&
           (p == POS_DT || p == POS_PRPS || p == POS_JJ || p == POS_POS || p == POS_CD);
}

/*
 * An adverb (or adjective) and a participle between a determiner and a
 * noun: "the [recently announced] phone", "the [long awaited] kit" (a
 * past-tense tag there is a participle too). The participle stays a verb
 * group (its own claim) but the phrase runs over it.
 */
static int is_np_adverb_participle(const struct sctx *c, long i)
{
    long r = tag(c, i) == POS_RB ? i : i - 1;
    uint16_t d = tag(c, r - 1), v = tag(c, r + 1);
    if (!(tag(c, r) == POS_RB || tag(c, r) == POS_JJ) ||
        !(d == POS_DT || d == POS_PRPS || d == POS_POS) ||
        !(v == POS_VBN || v == POS_VBG || v == POS_VBD)) /* a past tense here is a participle */
        return 0;
    return is_noun_tag(tag(c, r + 2)) || tag(c, r + 2) == POS_CD ||
           (tag(c, r + 2) == POS_JJ && is_noun_tag(tag(c, r + 3)));
}

/* May stand inside a noun phrase. */
static int is_np_tag(const struct sctx *c, long i)
{
    uint16_t t = tag(c, i);
    if (i < 0 || (size_t)i >= c->n)
        return 0;
    if (is_np_adverb_participle(c, i)) /* "recently" may be a timex: "the recently announced" */
        return 1;
    if (c->txi[i] >= 0)
        return 0; /* a date is not part of an actor or object */
    if (is_np_word(t))
        return 1;
    if (is_np_participle(c, i))
        return 1;
    if (t == POS_HYPH && is_np_head(c, i - 1) && (size_t)(i + 1) < c->n)
        return 1;
    return 0;
}

static int is_boundary(const struct sctx *c, long i)
{
    uint16_t t = tag(c, i);
    return t == POS_COMMA || t == POS_COLON || t == POS_PERIOD || t == POS_QUOTE_OPEN ||
           t == POS_QUOTE_CLOSE || t == POS_LRB || t == POS_RRB || t == POS_WDT ||
           t == POS_WP || t == POS_WRB;
}

static int is_punct_boundary(const struct sctx *c, long i)
{
    uint16_t t = tag(c, i);
    return t == POS_COMMA || t == POS_COLON || t == POS_QUOTE_OPEN || t == POS_QUOTE_CLOSE ||
           t == POS_LRB || t == POS_RRB;
}

/* ---- noun phrases ---- */

/* Letters in both cases after the first: "iPhone", "iTunes", "eBay". */
static int is_mixed_case(const struct sctx *c, long i);
static int is_quote_mark(const struct sctx *c, long i);
static int opens_quote(const struct sctx *c, long i);

/*
 * A determiner or possessive pronoun, which opens a noun phrase ("the",
 * "its"; not a name the tagger took for one, "iTunes").
 */
static int starts_phrase(const struct sctx *c, long i)
{
    uint16_t t = tag(c, i);
    return (t == POS_DT || t == POS_PDT || t == POS_PRPS) && !is_mixed_case(c, i);
}

/*
 * The noun phrase ending at token last (its head): walks left over phrase
 * words. Returns the first token, or -1 when last cannot end a phrase.
 */
static long np_left(const struct sctx *c, long last)
{
    long b = last;
    if (!is_np_head(c, last) || c->txi[last] >= 0)
        return -1;
    /* a personal pronoun is a phrase of its own: "Speaking to the public [he] said" */
    if (tag(c, last) == POS_PRP)
        return last;
    while (b > 0 && is_np_tag(c, b - 1)) {
        /* a determiner starts its phrase: "told [reporters] [the company] would" */
        if (starts_phrase(c, b) && is_np_head(c, b - 1) && tag(c, b - 1) != POS_DT)
            break;
        b--;
    }
    return b;
}

/*
 * The noun phrase starting at token first: the longest run of phrase words
 * that ends on a head. Returns one past its last token, or -1.
 */
/* "an [``]eternal merger''": a quotation opened after a phrase's determiner or adjective */
static int is_quoted_rest(const struct sctx *c, long first, long e)
{
    uint16_t p = tag(c, e - 1);
    return e > first && tag(c, e) == POS_QUOTE_OPEN && is_np_tag(c, e + 1) &&
           (p == POS_DT || p == POS_PRPS || p == POS_JJ || p == POS_CD);
}

static long np_right(const struct sctx *c, long first)
{
    long e = first, last = -1;
    while ((size_t)e < c->n && (is_np_tag(c, e) || is_quoted_rest(c, first, e))) {
        /* a determiner after a head starts the next phrase: "gave [them] [a case]" */
        if (e > first && starts_phrase(c, e) && last == e - 1 && tag(c, e - 1) != POS_DT)
            break;
        if (is_np_head(c, e))
            last = e;
        e++;
    }
    return last < 0 ? -1 : last + 1;
}

/*
 * Verbs with two objects, the recipient first ("gave owners a free case",
 * "awarded Boeing the contract"): English dative verbs. Their object is
 * the second phrase, the thing given.
 */
static const char *const dative_verbs[] = {
    "give", "send", "offer", "grant", "award", "pay", "lend", "sell", "show", "hand",
    "owe", "promise", "bring", "buy", "deny", "cost", "earn", "win", "loan", "assign",
    NULL,
};

/* Extend [*b, *e) to the right over "of NP" ("draft of the proposal"). */
static void extend_of_right(const struct sctx *c, long *e)
{
    while (is_w(c, *e, "of")) {
        long e2 = np_right(c, *e + 1);
        if (e2 < 0)
            break;
        *e = e2;
    }
}

/* Extend [*b, ...) to the left over "NP of" ("Sales of automobiles"). */
static void extend_of_left(const struct sctx *c, long *b)
{
    while (is_w(c, *b - 1, "of")) {
        long b2 = np_left(c, *b - 2);
        if (b2 < 0)
            break;
        *b = b2;
    }
}

static int add_conj(int *r, int *n, long b, long e)
{
    if (*n >= MAX_CONJ)
        return 0;
    r[2 * *n] = (int)b;
    r[2 * *n + 1] = (int)e;
    (*n)++;
    return 1;
}

/*
 * Subject phrase ending at token last, with its conjuncts to the left
 * ("Russia and the United States", "A, B and C"), left to right in r.
 */
static int subject_at(const struct sctx *c, long last, int *r, int *n)
{
    long b = np_left(c, last), e = last + 1;
    int tmp[2 * MAX_CONJ], nt = 0, i;
    if (b < 0)
        return 0;
    extend_of_left(c, &b);
    add_conj(tmp, &nt, b, e);
    /* conjuncts: "X and Y", "X, Y and Z" */
    while (nt < MAX_CONJ) {
        long k = b - 1, b2;
        if (!(is_w(c, k, "and") || is_w(c, k, "or") ||
              (tag(c, k) == POS_COMMA && nt > 1)))
            break;
        if (tag(c, k) == POS_COMMA && is_w(c, k + 1, "and"))
            break;
        b2 = np_left(c, k - 1);
        if (b2 < 0 || tag(c, k - 1) == POS_PRP)
            break;
        /* "the group known as [X] and Russia will": X ends the clause before */
        if (is_w(c, b2 - 1, "as") || is_w(c, b2 - 1, "than"))
            break;
        /* "A and B": both proper names, or both common */
        if ((tag(c, k - 1) == POS_NNP || tag(c, k - 1) == POS_NNPS) !=
            (tag(c, tmp[2 * (nt - 1) + 1] - 1) == POS_NNP ||
             tag(c, tmp[2 * (nt - 1) + 1] - 1) == POS_NNPS))
            break;
        extend_of_left(c, &b2);
        add_conj(tmp, &nt, b2, k);
        b = b2;
    }
    *n = 0;
    for (i = nt - 1; i >= 0; i--)
        add_conj(r, n, tmp[2 * i], tmp[2 * i + 1]);
    return 1;
}

/* Object phrase starting at token first, with "of" attachments and conjuncts. */
static int object_at(const struct sctx *c, long first, int *r, int *n)
{
    long e = np_right(c, first), b = first;
    *n = 0;
    if (e < 0)
        return 0;
    extend_of_right(c, &e);
    add_conj(r, n, b, e);
    while (*n < MAX_CONJ && (is_w(c, e, "and") || is_w(c, e, "or")) &&
           is_np_tag(c, e + 1) && !is_verb_tag(tag(c, e + 2))) {
        long e2 = np_right(c, e + 1);
        if (e2 < 0)
            break;
        b = e + 1;
        extend_of_right(c, &e2);
        add_conj(r, n, b, e2);
        e = e2;
    }
    return 1;
}

/*
 * The text of a phrase: conjuncts joined by "; ", leading determiners and
 * possessive pronouns dropped, whitespace runs as one space. Arena string,
 * NULL when n == 0 or out of memory (the claim then has no such field).
 */
static const char *phrase_text(struct sctx *c, const int *r, int n, struct span *span)
{
    char out[PHRASE_MAX];
    size_t len = 0;
    int i;
    if (n == 0)
        return NULL;
    span->off = c->t[r[0]].span.off;
    span->len = c->t[r[2 * n - 1] - 1].span.off + c->t[r[2 * n - 1] - 1].span.len - span->off;
    for (i = 0; i < n; i++) {
        long b = r[2 * i], e = r[2 * i + 1];
        uint32_t off, end, k;
        while (b < e - 1 && (tag(c, b) == POS_DT || tag(c, b) == POS_PRPS || tag(c, b) == POS_PDT ||
                             tag(c, b) == POS_QUOTE_OPEN))
            b++;
        /* a quotation closed inside the phrase keeps its opening mark */
        if (b > r[2 * i] && tag(c, b - 1) == POS_QUOTE_OPEN) {
            long q;
            for (q = b; q < e && tag(c, q) != POS_QUOTE_CLOSE; q++)
                ;
            if (q < e)
                b--;
        }
        off = c->t[b].span.off;
        end = c->t[e - 1].span.off + c->t[e - 1].span.len;
        if (i && len + 2 < sizeof(out)) {
            out[len++] = ';';
            out[len++] = ' ';
        }
        for (k = off; k < end && len + 1 < sizeof(out); k++) {
            char ch = c->text[k];
            if (ch == '\n' || ch == '\t' || ch == '\r')
                ch = ' ';
            if (ch == ' ' && len && out[len - 1] == ' ')
                continue;
            out[len++] = ch;
        }
    }
    /* never cut a UTF-8 sequence in two */
    if (len + 1 >= sizeof(out))
        while (len && ((unsigned char)out[len - 1] & 0xC0) == 0x80)
            len--;
    if (len && ((unsigned char)out[len - 1] & 0xC0) == 0xC0)
        len--;
    return dup(c, out, len);
}

/* ---- verb groups ---- */

static int is_aux_lemma(const char *l)
{
    return !strcmp(l, "be") || !strcmp(l, "have") || !strcmp(l, "do") || !strcmp(l, "get");
}

/*
 * Tag corrections the claim rules need. A plural noun between a noun and
 * "to" + verb is a verb: "The company plans to build" (a greedy tagger
 * reads "company plans" as a compound).
 */
/* Letters in both cases after the first: "iPhone", "iTunes", "eBay". */
static int is_mixed_case(const struct sctx *c, long i)
{
    const struct token *t;
    size_t k;
    int up = 0, lo = 0;
    if (i < 0 || (size_t)i >= c->n)
        return 0;
    t = &c->t[i];
    for (k = 1; k < t->span.len; k++) {
        char ch = c->text[t->span.off + k];
        up += ch >= 'A' && ch <= 'Z';
        lo += ch >= 'a' && ch <= 'z';
    }
    return up && lo && c->text[t->span.off] >= 'a' && c->text[t->span.off] <= 'z';
}

static void retag(struct sctx *c)
{
    size_t i;
    int caps = 0, words = 0;
    for (i = 0; i < c->n; i++) {
        c->tags[i] = c->t[i].pos;
        if (c->t[i].kind == TOK_WORD) {
            words++;
            caps += (c->t[i].flags & TOKF_CAP) != 0;
        }
    }
    /*
     * A capitalised word the tagger read as a verb is a name ("Boeing",
     * "EADS", "Ford's") unless it opens the sentence as a participle or an
     * imperative ("Speaking to the press", "Citing a report"): one followed
     * by a verb, a number, a name or a possessive is a subject. Not in
     * headlines in title case, where verbs are capitalised too.
     */
    if (2 * caps <= words)
        for (i = 0; i < c->n; i++) {
            uint16_t nx = i + 1 < c->n ? c->tags[i + 1] : POS_NONE;
            if (!is_verb_tag(c->tags[i]) || !(c->t[i].flags & TOKF_CAP) || c->txi[i] >= 0)
                continue;
            if (!(c->t[i].flags & TOKF_SENT_START) || (c->t[i].flags & TOKF_ALLCAPS) ||
                is_verb_tag(nx) || nx == POS_MD || nx == POS_CD || nx == POS_NNP ||
                nx == POS_NNPS || nx == POS_POS)
                c->tags[i] = POS_NNP;
        }
    for (i = 0; i < c->n; i++)
        if (is_verb_tag(c->tags[i]) && (is_mixed_case(c, (long)i) || tag(c, (long)i + 1) == POS_POS))
            c->tags[i] = POS_NNP;
    for (i = 0; i < c->n; i++) {
        /*
         * A double quotation mark opens or closes a quotation, whatever
         * the tagger read (trained on straight quotes, it can take a `` or
         * '' for a verb, a noun or NFP: "has called it `` a textbook
         * case"), and other punctuation is never a verb ("%" stays a noun,
         * as the Penn Treebank tags it).
         */
        if (c->t[i].kind == TOK_PUNCT && is_quote_mark(c, (long)i)) {
            c->tags[i] = opens_quote(c, (long)i) ? POS_QUOTE_OPEN : POS_QUOTE_CLOSE;
            continue;
        }
        if (c->t[i].kind == TOK_PUNCT && is_verb_tag(c->tags[i])) {
            c->tags[i] = POS_SYM;
            continue;
        }
        /* ADD is for addresses ("www.x.com", "a@b.org"): a plain word is a name ("iPhone") */
        if (c->tags[i] == POS_ADD && c->t[i].kind == TOK_WORD &&
            !memchr(c->text + c->t[i].span.off, '.', c->t[i].span.len)) {
            c->tags[i] = POS_NNP;
            continue;
        }
        /*
         * A capitalised word read as a verb whose lemma English does not
         * have as a verb is a name, wherever it stands ("Boeing pushes back
         * ...", "Boeing Claims ..."): the lexicon knows WordNet's verbs.
         * Not a contraction ("It's", "GM's"), whose lemma is no word.
         */
        if (c->lex && is_verb_tag(c->tags[i]) && (c->t[i].flags & TOKF_CAP) && c->txi[i] < 0 &&
            !memchr(c->text + c->t[i].span.off, '\'', c->t[i].span.len)) {
            const char *l = lemma(c, (long)i);
            if (!lexicon_is_verb(c->lex, l, strlen(l)) &&
                !lexicon_is_verb(c->lex, c->text + c->t[i].span.off, c->t[i].span.len)) {
                c->tags[i] = POS_NNP;
                c->lem[i][0] = '\0'; /* computed for the verb reading */
            }
        }
    }
    /*
     * A participial preposition before a noun phrase, not after a form of
     * "be" ("is following the talks" stays a verb), is a preposition.
     */
    /*
     * A clause needs a finite verb: in a sentence with none, a lower-case
     * word read as a noun right after a noun, that English has as a verb's
     * past form and that no noun follows, is that verb ("Sales of the
     * phone [rose] sharply": the tagger took "phone rose" for a compound).
     */
    if (c->lex) {
        int finite = 0;
        for (i = 0; i < c->n && !finite; i++)
            finite = (c->tags[i] == POS_VBD || c->tags[i] == POS_VBZ || c->tags[i] == POS_VBP ||
                      c->tags[i] == POS_MD) &&
                     /* not inside a noun phrase: "the recently launched phone" */
                     !(i > 0 && (c->tags[i - 1] == POS_DT || c->tags[i - 1] == POS_PRPS)) &&
                     !(i > 1 && c->tags[i - 1] == POS_RB &&
                       (c->tags[i - 2] == POS_DT || c->tags[i - 2] == POS_PRPS));
        for (i = 1; i + 1 < c->n && !finite; i++) {
            const char *w = c->text + c->t[i].span.off;
            size_t len = c->t[i].span.len, ll;
            if (c->tags[i] != POS_NN || !is_noun_tag(c->tags[i - 1]) || is_noun_tag(c->tags[i + 1]) ||
                (c->t[i].flags & TOKF_CAP) || c->txi[i] >= 0 || c->t[i].kind != TOK_WORD)
                continue;
            if (lexicon_irregular(c->lex, 0, w, len, &ll) && !lexicon_is_verb(c->lex, w, len)) {
                c->tags[i] = POS_VBD;
                c->lem[i][0] = '\0';
                finite = 1;
            }
        }
    }
    for (i = 0; i + 1 < c->n; i++)
        if (c->tags[i] == POS_VBG && w_in(c, (long)i, prep_participles) &&
            !(i > 0 && (c->tags[i - 1] == POS_VBZ || c->tags[i - 1] == POS_VBP ||
                        c->tags[i - 1] == POS_VBD || c->tags[i - 1] == POS_VB ||
                        c->tags[i - 1] == POS_VBN || c->tags[i - 1] == POS_MD)) &&
            (is_np_word(c->tags[i + 1]) || c->tags[i + 1] == POS_QUOTE_OPEN))
            c->tags[i] = POS_IN;
    for (i = 1; i + 2 < c->n; i++)
        if (c->tags[i] == POS_NNS && (is_noun_tag(c->tags[i - 1]) || c->tags[i - 1] == POS_PRP) &&
            is_w(c, (long)i + 1, "to") && c->tags[i + 2] == POS_VB && c->txi[i] < 0)
            c->tags[i] = POS_VBZ;
}

/* Find the verb groups of the sentence. */
static void find_groups(struct sctx *c)
{
    size_t i;
    c->ng = 0;
    for (i = 0; i < c->n; i++)
        c->group_of[i] = -1;
    for (i = 0; i < c->n; i++) {
        uint16_t t = c->tags[i];
        size_t j = i;
        long head = -1;
        struct group *g;
        if (c->txi[i] >= 0)
            continue;
        if (!(t == POS_MD || is_verb_tag(t) ||
              (t == POS_TO && (is_verb_tag(tag(c, (long)i + 1)) ||
                               (tag(c, (long)i + 1) == POS_RB &&
                                is_verb_tag(tag(c, (long)i + 2)))))))
            continue;
        if (is_np_participle(c, (long)i))
            continue;
        /*
         * "according to X" is a preposition and its phrase, whose head is
         * no verb; a participle further on is ("figures released on ...").
         */
        if (is_w(c, (long)i, "according") && is_w(c, (long)i + 1, "to")) {
            i++;
            while (i + 1 < c->n && !is_boundary(c, (long)i + 1) && is_np_tag(c, (long)i + 1))
                i++;
            continue;
        }
        while (j < c->n && c->txi[j] < 0) {
            uint16_t tj = c->tags[j];
            if (tj == POS_MD || is_verb_tag(tj)) {
                /* a verb after a main verb starts a new group ("helped build") */
                if (head >= 0 && !is_aux_lemma(lemma(c, head)))
                    break;
                if (is_verb_tag(tj))
                    head = (long)j;
                j++;
            } else if ((tj == POS_RB || tj == POS_RBR) &&
                       (tag(c, (long)j + 1) == POS_RB || is_verb_tag(tag(c, (long)j + 1)) ||
                        tag(c, (long)j + 1) == POS_MD) &&
                       j > i) {
                j++;
            } else if (tj == POS_TO && j == i) {
                j++;
            } else {
                break;
            }
        }
        if (head < 0 || c->ng >= c->n) {
            i = j > i ? j - 1 : i;
            continue;
        }
        g = &c->g[c->ng];
        memset(g, 0, sizeof(*g));
        g->b = (uint32_t)i;
        g->e = (uint32_t)j;
        g->head = (uint32_t)head;
        g->src_group = -1;
        g->ctl = -1;
        g->own = g->inh = -1;
        g->is_inf = t == POS_TO;
        {
            size_t k;
            int first_verb = 1;
            for (k = i; k < j; k++) {
                uint16_t tk = c->tags[k];
                if (is_w(c, (long)k, "not") || is_w(c, (long)k, "n't") ||
                    is_w(c, (long)k, "never"))
                    g->is_neg = 1;
                if (tk == POS_MD) {
                    if (is_w(c, (long)k, "will") || is_w(c, (long)k, "shall") ||
                        is_w(c, (long)k, "'ll") || is_w(c, (long)k, "wo"))
                        g->is_future = 1;
                    else if (w_in(c, (long)k, cond_modals))
                        g->is_cond = 1;
                }
                if ((tk == POS_MD || is_verb_tag(tk)) && first_verb) {
                    first_verb = 0;
                    g->is_past = tk == POS_VBD;
                    g->is_present = tk == POS_VBZ || tk == POS_VBP;
                }
                if (is_verb_tag(tk) && (long)k < head) {
                    const char *l = lemma(c, (long)k);
                    if ((!strcmp(l, "be") || !strcmp(l, "get")) && c->tags[head] == POS_VBN)
                        g->is_passive = 1;
                    /* "has filed", "has been fighting": a present perfect */
                    if (!strcmp(l, "have") && (c->tags[k + 1] == POS_VBN ||
                                               (c->tags[k + 1] == POS_RB && c->tags[k + 2] == POS_VBN)))
                        g->is_perfect = 1;
                }
            }
        }
        g->is_copula = !strcmp(lemma(c, head), "be");
        g->is_report = in_list(lemma(c, head), report_verbs);
        {
            size_t k;
            for (k = i; k < j; k++)
                c->group_of[k] = (int)c->ng;
        }
        c->ng++;
        i = j - 1;
    }
}

/* ---- arguments ---- */

static void copy_args(int *dst, int *ndst, const int *src, int nsrc)
{
    memcpy(dst, src, sizeof(int) * 2 * (size_t)nsrc);
    *ndst = nsrc;
}

/* No clause boundary among tokens [b, e). */
static int same_clause(const struct sctx *c, long b, long e)
{
    long k;
    for (k = b; k < e; k++)
        if (is_boundary(c, k) || is_w(c, k, "that") || tag(c, k) == POS_CC)
            return 0;
    return 1;
}

/*
 * Prepositions that attach a phrase to the noun before it and never open
 * a clause ("sales [in the US] fell", but "rose [after] the company
 * filed"): the subject is the noun the phrase hangs from.
 */
static const char *const np_preps[] = {
    "in", "at", "on", "for", "from", "with", "about", "near", "under", "over", "between",
    "among", "across", "within", "into", "against", "during", "throughout", "to", "by",
    "behind", "beyond", "outside", "inside", NULL,
};

/*
 * The noun a subject phrase starting at b hangs from, through
 * prepositional phrases and reduced relatives: "Sales of vehicles [in the
 * US] are", "The plan [announced by the company] was". Returns the last
 * token of that noun's phrase, or -1 when the phrase hangs from nothing.
 */
static long np_host(const struct sctx *c, long b)
{
    long k = b - 1, host = -1;
    int hops;
    for (hops = 0; hops < 8 && k > 0; hops++) {
        int gr = c->group_of[k];
        /*
         * Prepositional phrases listed with a comma continue the chain
         * when the phrase before the comma is itself one: "agreements [on
         * practical actions], [on coordination of operations] will".
         */
        if (w_in(c, k, np_preps) && k > 2 && tag(c, k - 1) == POS_COMMA &&
            is_np_head(c, k - 2) && c->txi[k - 2] < 0 && c->group_of[k - 2] < 0) {
            long b2 = np_left(c, k - 2);
            if (b2 > 1) {
                extend_of_left(c, &b2);
                if (w_in(c, b2 - 1, np_preps)) {
                    host = k - 2;
                    k = b2 - 1;
                    continue;
                }
            }
        }
        if (w_in(c, k, np_preps) && is_np_head(c, k - 1) && c->txi[k - 1] < 0 &&
            c->group_of[k - 1] < 0 && tag(c, k - 1) != POS_PRP) {
            long b2 = np_left(c, k - 1);
            if (b2 < 0)
                break;
            host = k - 1;
            extend_of_left(c, &b2);
            k = b2 - 1;
            continue;
        }
        /* "by" after a reduced relative: the relative's own noun */
        if (is_w(c, k, "by") && k > 1 && (gr = c->group_of[k - 1]) >= 0 &&
            c->g[gr].is_reduced && c->g[gr].b > 0 && is_np_head(c, (long)c->g[gr].b - 1)) {
            long b2 = np_left(c, (long)c->g[gr].b - 1);
            if (b2 < 0)
                break;
            host = (long)c->g[gr].b - 1;
            extend_of_left(c, &b2);
            k = b2 - 1;
            continue;
        }
        break;
    }
    /*
     * The host heads a subject only at the start of a clause; after a verb
     * it is that verb's object ("coordinate attacks against the group
     * known as").
     */
    if (host >= 0 && k >= 0 && !is_boundary(c, k) && tag(c, k) != POS_CC && !is_w(c, k, "that"))
        return -1;
    return host;
}

/* a parenthesis after the subject: "General Motors (GM), announced", "EADS (Airbus) said" */
static long skip_paren(const struct sctx *c, long k)
{
    if (tag(c, k) == POS_RRB || (tag(c, k) == POS_COMMA && tag(c, k - 1) == POS_RRB)) {
        long j = tag(c, k) == POS_RRB ? k : k - 1;
        long lrb = j - 1;
        while (lrb > 0 && j - lrb < 8 && tag(c, lrb) != POS_LRB && tag(c, lrb) != POS_RRB)
            lrb--;
        if (lrb > 0 && tag(c, lrb) == POS_LRB && is_np_head(c, lrb - 1))
            return lrb - 1;
    }
    return k;
}

/*
 * Verbs whose object is the subject of their to-infinitive ("allowed
 * developers to sell", "asked the court to rule"): English object control
 * and causative verbs. After other verbs a noun before "to" is not the
 * infinitive's subject ("won a contract to supply tankers": the winner
 * supplies).
 */
static const char *const object_control_verbs[] = {
    "allow", "enable", "ask", "tell", "urge", "force", "persuade", "permit", "require",
    "order", "invite", "encourage", "help", "cause", "lead", "expect", "want", "need",
    "get", "convince", "instruct", "warn", "advise", "authorize", "authorise", "compel",
    "oblige", "pressure", "prompt", "remind", "teach", "train", "appoint", "choose",
    "elect", "select", "hire", "call", "leave", "like", "prefer", "beg", "press", NULL,
};

/* Subject of group gi, found to its left. */
static void find_subject(struct sctx *c, size_t gi)
{
    struct group *g = &c->g[gi];
    long k = (long)g->b - 1;
    int skipped_date = 0, direct = 1; /* the subject is not reached through a relative */
    for (;;) {
        if (k < 0)
            break;
        if (tag(c, k) == POS_RB || tag(c, k) == POS_RBR || c->txi[k] >= 0) {
            skipped_date |= c->txi[k] >= 0;
            k--;
            continue;
        }
        if (tag(c, k) == POS_IN && (size_t)(k + 1) < c->n && c->txi[k + 1] >= 0) {
            k--;
            continue;
        }
        break;
    }
    /*
     * a quotation that opens with a finite verb: 'Assad "followed with
     * interest"', 'every nation ``has the duty' (not an infinitive or a
     * participle: 'acquired the stock "to develop')
     */
    if (k > 0 && tag(c, k) == POS_QUOTE_OPEN && is_np_head(c, k - 1) && !g->is_inf &&
        (tag(c, g->b) == POS_VBZ || tag(c, g->b) == POS_VBP || tag(c, g->b) == POS_VBD ||
         tag(c, g->b) == POS_MD))
        k--;
    k = skip_paren(c, k);
    /* a quoted name ends the subject and names it: Boeing 787 "Dreamliner" makes -> Dreamliner */
    if (tag(c, k) == POS_QUOTE_CLOSE && k > 1 && is_np_head(c, k - 1)) {
        long j = k - 1;
        while (j > 0 && k - j <= 4 && is_np_tag(c, j))
            j--;
        if (tag(c, j) == POS_QUOTE_OPEN && j < k - 1 && (j == 0 || is_np_tag(c, j - 1)))
            k--;
    }
    /* "GM, which ...", "the company that ..." */
    if (tag(c, k) == POS_WDT || tag(c, k) == POS_WP) {
        direct = 0;
        k--;
        if (tag(c, k) == POS_COMMA)
            k--;
    }
    /* a relative clause between commas: "The mayor, who took office in May, resigned" */
    if (tag(c, k) == POS_COMMA) {
        long j;
        for (j = k - 1; j > 0 && k - j < 25; j--)
            if (tag(c, j) == POS_COMMA) {
                if ((tag(c, j + 1) == POS_WDT || tag(c, j + 1) == POS_WP) && is_np_head(c, j - 1))
                    k = j - 1;
                break;
            }
    }
    /* an apposition between commas: "Lavrov, Russia's foreign minister, said" */
    if (tag(c, k) == POS_COMMA) {
        long j = k - 1;
        while (j > 0 && k - j < 15 && (is_np_tag(c, j) || is_w(c, j, "of")))
            j--;
        if (tag(c, j) == POS_COMMA && j < k - 1 && is_np_head(c, j - 1))
            k = j - 1;
        else if (tag(c, j) == POS_COMMA && j < k - 1 && tag(c, j - 1) == POS_RRB)
            k = skip_paren(c, j - 1); /* "EADS NV (EADS), the parent of Airbus, has" */
    }
    /*
     * An infinitive after the object of a verb of its clause that is not
     * an object-control verb has that verb's subject: "won a contract to
     * supply tankers", "has plans to import features". Not "for X to" (X
     * is the subject) nor a passive infinitive ("an event to be held").
     */
    if (g->is_inf && !g->is_passive && gi > 0 && k >= 0 && is_np_head(c, k) && c->group_of[k] < 0) {
        const struct group *p = &c->g[gi - 1];
        long nb = np_left(c, k);
        if (nb >= 0)
            extend_of_left(c, &nb);
        /* not "for Cisco to file", nor after a participle ("Los Angeles based X to") */
        if (nb >= 0 && !is_w(c, nb - 1, "for") && p->e <= (uint32_t)nb && !p->is_passive &&
            !p->is_copula && p->nactor &&
            !(p->b == p->head && (tag(c, p->head) == POS_VBN || tag(c, p->head) == POS_VBG)) &&
            same_clause(c, (long)p->e, (long)g->b) && !in_list(lemma(c, p->head), object_control_verbs)) {
            copy_args(g->actor, &g->nactor, p->actor, p->nactor);
            return;
        }
    }
    /*
     * A bare present participle after a date modifies the clause, not the
     * noun before the date: "circulated a letter to the body on Saturday
     * confirming the agreement" (the letter's sender confirms).
     */
    if (skipped_date && gi > 0 && g->b == g->head && tag(c, g->head) == POS_VBG && !g->is_inf &&
        c->g[gi - 1].e <= (uint32_t)k + 1) {
        copy_args(g->actor, &g->nactor, c->g[gi - 1].actor, c->g[gi - 1].nactor);
        return;
    }
    if (k >= 0 && is_np_head(c, k) && c->group_of[k] < 0) {
        long b = np_left(c, k), host;
        if (b >= 0 && direct && !g->is_reduced && !g->is_inf && tag(c, (long)g->b - 1) != POS_COMMA) {
            extend_of_left(c, &b);
            if ((host = np_host(c, b)) >= 0)
                k = host;
        }
        subject_at(c, k, g->actor, &g->nactor);
    }
    if (g->nactor || gi == 0)
        return;
    /*
     * A finite verb after a comma that closes the object of the verb
     * before shares that verb's subject: "Apple releases SDK, announces
     * update" (verb phrases coordinated by a comma, as in headlines).
     */
    if (tag(c, k) == POS_COMMA && (tag(c, g->b) == POS_VBZ || tag(c, g->b) == POS_VBD) &&
        k == (long)g->b - 1) {
        const struct group *p = &c->g[gi - 1];
        if (p->nobject && p->object[2 * p->nobject - 1] == k && !p->is_passive &&
            (tag(c, p->b) == POS_VBZ || tag(c, p->b) == POS_VBD)) {
            copy_args(g->actor, &g->nactor, p->actor, p->nactor);
            return;
        }
    }
    /* a bare infinitive right after its verb: "would help [coordinate] attacks" */
    if (tag(c, g->b) == POS_VB && c->g[gi - 1].e == g->b && !c->g[gi - 1].is_passive) {
        copy_args(g->actor, &g->nactor, c->g[gi - 1].actor, c->g[gi - 1].nactor);
        return;
    }
    /*
     * No subject of its own: an infinitive ("plans to cut"), a verb
     * coordinated with the one before ("submitted ... and circulated"), or
     * a participle clause take the subject of the group before.
     */
    if (g->is_inf || is_w(c, k, "and") || is_w(c, k, "or") || is_w(c, k, "but") ||
        (tag(c, g->b) == POS_VBG && tag(c, k) == POS_COMMA)) {
        const struct group *p = &c->g[gi - 1];
        uint16_t t = tag(c, g->b);
        /*
         * A finite verb coordinated with "and"/"or"/"but" shares the subject
         * of the last finite verb, not of a participle or infinitive in
         * between ("comes in two sizes, capable of holding 1,000 songs and
         * will cost $199"); after a passive, that subject is its object
         * ("had been merged into the team and would cease").
         */
        if (!g->is_inf && (t == POS_VBZ || t == POS_VBP || t == POS_VBD || t == POS_MD)) {
            size_t pi = gi - 1;
            while (pi > 0 && (c->g[pi].is_inf || (c->g[pi].b == c->g[pi].head &&
                                                  (tag(c, c->g[pi].head) == POS_VBG ||
                                                   tag(c, c->g[pi].head) == POS_VBN))))
                pi--;
            p = &c->g[pi];
            if (p->is_passive && !p->is_reduced && p->nobject) {
                copy_args(g->actor, &g->nactor, p->object, p->nobject);
                return;
            }
        }
        if (g->is_inf && p->is_passive && p->nobject) /* "is expected to": its subject */
            copy_args(g->actor, &g->nactor, p->object, p->nobject);
        else
            copy_args(g->actor, &g->nactor, p->actor, p->nactor);
    }
}

/* Object of group gi, and the agent of a passive. */
static void find_object(struct sctx *c, size_t gi)
{
    struct group *g = &c->g[gi];
    long k = (long)g->e;
    if (tag(c, k) == POS_RP)
        k++;
    /* a quoted object: "condemns ``terrorist bomb attacks''", "dubbed it ``Mission Control''" */
    if (tag(c, k) == POS_QUOTE_OPEN && is_np_tag(c, k + 1))
        k++;
    if (g->is_passive) {
        long j;
        copy_args(g->object, &g->nobject, g->actor, g->nactor);
        g->nactor = 0;
        for (j = k; (size_t)j < c->n && j < k + 8 && !is_boundary(c, j); j++)
            if (is_w(c, j, "by") && c->txi[j + 1 < (long)c->n ? j + 1 : j] < 0) {
                object_at(c, j + 1, g->actor, &g->nactor);
                break;
            }
        return;
    }
    if (g->is_copula) {
        /* the predicate: "was [the lowest number]", "is [profitable]", "are [in talks]" */
        while (tag(c, k) == POS_RB)
            k++;
        if (is_np_tag(c, k) && tag(c, k) != POS_POS && !is_w(c, k, "that"))
            object_at(c, k, g->object, &g->nobject);
        /* a prepositional predicate: "are [in negotiations]", "has been [with GM]" */
        if (!g->nobject && tag(c, k) == POS_IN && !w_in(c, k, clause_preps) &&
            is_np_tag(c, k + 1) && !is_w(c, k + 1, "that")) {
            long e = np_right(c, k + 1);
            if (e > 0) {
                extend_of_right(c, &e);
                add_conj(g->object, &g->nobject, k, e);
            }
        }
        if (!g->nobject && (tag(c, k) == POS_JJ || tag(c, k) == POS_JJR || tag(c, k) == POS_JJS)) {
            long e = k + 1;
            while (tag(c, e) == POS_JJ || tag(c, e) == POS_CC)
                e++;
            while (e > k + 1 && tag(c, e - 1) == POS_CC)
                e--;
            add_conj(g->object, &g->nobject, k, e);
        }
        return;
    }
    if (tag(c, k) == POS_POS || (size_t)k >= c->n)
        return;
    if (is_np_tag(c, k) && !(tag(c, k) == POS_DT && is_w(c, k, "that")))
        object_at(c, k, g->object, &g->nobject);
    /* "gave [owners of the phone] [a free case]": the second phrase */
    if (g->nobject == 1 && in_list(lemma(c, g->head), dative_verbs)) {
        long e = g->object[1];
        if (starts_phrase(c, e)) {
            int r[2 * MAX_CONJ], nr = 0;
            if (object_at(c, e, r, &nr) && nr)
                copy_args(g->object, &g->nobject, r, nr);
        }
    }
    /*
     * A phrase followed by a verb is the subject of a clause, not an
     * object: "said [the talks] will resume".
     */
    if (g->nobject) {
        long e = g->object[2 * g->nobject - 1];
        while (tag(c, e) == POS_RB)
            e++;
        if ((size_t)e < c->n && c->group_of[e] >= 0 && !c->g[c->group_of[e]].is_inf &&
            tag(c, e) != POS_VBG && tag(c, e) != POS_VBN)
            g->nobject = 0;
    }
}

/* ---- event nouns ---- */

static int ends_with(const char *s, const char *suf)
{
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && !strcmp(s + n - m, suf);
}

/*
 * Would the tagger read this noun's lemma as a verb after "will"? Nouns that
 * English also uses as verbs name what happens: "deal", "attack", "talks",
 * "cut", "plan".
 */
static int is_verbal_noun(const struct sctx *c, const char *l)
{
    struct pos_word w[2];
    uint16_t t[2];
    if (!c->pos)
        return 0;
    w[0].s = "will";
    w[0].len = 4;
    w[0].gap_after = POS_GAP_SPACE;
    w[1].s = l;
    w[1].len = strlen(l);
    w[1].gap_after = POS_GAP_SPACE;
    pos_tag(c->pos, w, 2, t);
    if (t[1] != POS_VB)
        return 0;
    /* and as a present-tense verb after a subject pronoun */
    w[0].s = "they";
    w[0].len = 4;
    pos_tag(c->pos, w, 2, t);
    return t[1] == POS_VBP || t[1] == POS_VB;
}

/*
 * The lexicon's answer for noun i with lemma l: the eventive share of the
 * lemma, or of the plural itself when WordNet lists it apart and rates it
 * higher; a word WordNet knows only as a verb is a verb the tagger read as
 * a noun ("to unveil", "will resign"), and a gerund of a known verb names
 * its action ("restructuring").
 */
static int lexicon_event_noun(struct sctx *c, long i, const char *l)
{
    const struct token *t = &c->t[i];
    size_t n = strlen(l);
    int share = lexicon_noun_event(c->lex, l, n);

    if (tag(c, i) == POS_NNS) {
        int plural = lexicon_noun_event(c->lex, c->text + t->span.off, t->span.len);
        if (plural > share)
            share = plural;
    }
    if (share >= 0)
        return share >= EVENT_NOUN_SHARE;
    if (lexicon_is_verb(c->lex, l, n))
        return 1;
    if (n > 5 && ends_with(l, "ing")) {
        char stem[LEMMA_MAX];
        size_t k = lemma_rule(l, n, POS_VBG, stem, sizeof(stem));
        if (k >= sizeof(stem))
            return 0;
        k = lemma_check(c->lex, l, n, POS_VBG, stem, k, sizeof(stem));
        return k < sizeof(stem) && lexicon_is_verb(c->lex, stem, k);
    }
    return 0;
}

static int is_event_noun(struct sctx *c, long i)
{
    uint16_t t = tag(c, i);
    const char *l, *const *suf;
    if ((t != POS_NN && t != POS_NNS) || c->txi[i] >= 0 || c->group_of[i] >= 0)
        return 0;
    if ((c->t[i].flags & TOKF_CAP) && !(c->t[i].flags & TOKF_SENT_START))
        return 0;
    /* product names ("iPhone", "iPod nano"), units ("per share") */
    if (is_mixed_case(c, i) || is_mixed_case(c, i - 1) || is_w(c, i - 1, "per"))
        return 0;
    /*
     * Only the head of its phrase: a noun that modifies the next one
     * ("software update", "share price", "the world's") names a kind of
     * thing more often than a happening.
     */
    if (is_noun_tag(tag(c, i + 1)) || tag(c, i + 1) == POS_POS)
        return 0;
    l = lemma(c, i);
    /* "nothing", "something", "the important thing": pronouns and their like */
    if (ends_with(l, "thing") || (unsigned char)l[0] >= 0x80)
        return 0;
    if (c->lex && strlen(l) >= 2)
        return lexicon_event_noun(c, i, l);
    /* agent nouns name participants: "automaker", "investor", "analyst" */
    if (ends_with(l, "er") || ends_with(l, "or") || ends_with(l, "ist"))
        return 0;
    if (strlen(l) < 4)
        return 0;
    for (suf = event_suffixes; *suf; suf++)
        if (ends_with(l, *suf) && strlen(l) > strlen(*suf) + 2)
            return 1;
    return is_verbal_noun(c, l);
}

/* ---- amounts ---- */

static const char *const approx_words[] = {
    "about", "nearly", "almost", "over", "around", "approximately", "some", "roughly",
    "least", "than", "up", NULL,
};

/* A number with its unit among tokens [b, e): "12 people", "more than nine hours". */
static const char *find_quantity(struct sctx *c, long b, long e)
{
    long i, s, k;
    for (i = b; i < e && (size_t)i < c->n; i++) {
        if (is_boundary(c, i) || (i > b && c->group_of[i] >= 0))
            return NULL;
        if (tag(c, i) != POS_CD)
            continue;
        if (c->txi[i] >= 0 && c->tx[c->txi[i]].type != TIMEX_DURATION)
            continue;
        s = i;
        if (tag(c, s - 1) == POS_DOLLAR)
            s--;
        while (w_in(c, s - 1, approx_words) || is_w(c, s - 1, "more") ||
               is_w(c, s - 1, "less") || is_w(c, s - 1, "fewer") || is_w(c, s - 1, "at") ||
               is_w(c, s - 1, "to"))
            s--;
        /* "than" needs its comparative, "to" its "up", "at" its "least" */
        while (s < i && (is_w(c, s, "than") || is_w(c, s, "to") || is_w(c, s, "at") ||
                         is_w(c, s, "least")))
            s++;
        k = i;
        while (tag(c, k + 1) == POS_CD)
            k++;
        if (is_w(c, k + 1, "%") || is_w(c, k + 1, "percent"))
            k++;
        else if (tag(c, k + 1) == POS_JJ && is_noun_tag(tag(c, k + 2)))
            k += 2;
        else if (tag(c, k + 1) == POS_NN || tag(c, k + 1) == POS_NNS)
            k++;
        while (tag(c, k + 1) == POS_NN || tag(c, k + 1) == POS_NNS)
            k++;
        {
            uint32_t off = c->t[s].span.off;
            uint32_t end = c->t[k].span.off + c->t[k].span.len;
            if (end - off > PHRASE_MAX)
                return NULL;
            return dup(c, c->text + off, end - off);
        }
    }
    return NULL;
}

/* ---- sources ---- */

#define MAX_SOURCES 8

struct source {
    int r[2 * MAX_CONJ]; /* the phrase */
    int n;
    int is_allege;       /* "claimed", "alleged" */
    int is_deny;         /* "denied": what it covers is negated */
    int32_t date;        /* timex dating the report ("said on Friday"), or -1 */
    long verb;           /* the reporting verb, or -1 ("according to") */
    const char *text;    /* a speaker carried from an earlier sentence (n == 0) */
    struct span span;    /* where its phrase is in the text */
};

/*
 * Quotations run over sentences: `"...," Lavrov said. "The most important
 * thing is ..."`, `He said: "A. B."`, and `"A. B," he said.` What is said
 * inside a quotation with no source of its own in its sentence is the
 * speaker's, as news style writes it: the speaker named where the
 * quotation closes, else the one named in the sentence before it opened
 * (a new speaker is named anew). carry holds that between sentences.
 */
#define MAX_PENDING 64

struct carry {
    struct source src;          /* text set: a speaker goes on */
    int open;                   /* a quotation is open at the sentence's end */
    size_t pend[MAX_PENDING];   /* claims said in the open quotation, speaker not yet named */
    size_t npend;
    int overflow;               /* more than MAX_PENDING: a stray quotation mark, most likely */
};

/* Give every token in [b, e) without a source the source si. */
static void cover(int *scope, long b, long e, int si)
{
    long j;
    for (j = b; j < e; j++)
        if (scope[j] < 0)
            scope[j] = si;
}

/*
 * Sources of the sentence and the tokens each one covers (scope[i]: index
 * into src, or -1). "according to X" covers the whole sentence but X; the
 * subject of a reporting verb covers what follows the verb ("X said
 * that ..."), and what precedes the subject when a comma or a quote sets it
 * off ("Sales fell, GM said"); an inverted subject ("..., said Lavrov")
 * covers what precedes the verb.
 */
static int find_sources(struct sctx *c, struct source *src, int *scope)
{
    int ns = 0;
    size_t i, gi;
    for (i = 0; i < c->n; i++)
        scope[i] = -1;
    for (i = 0; i + 2 < c->n && ns < MAX_SOURCES; i++) {
        struct source *s = &src[ns];
        long end;
        if (!is_w(c, (long)i, "according") || !is_w(c, (long)i + 1, "to"))
            continue;
        memset(s, 0, sizeof(*s));
        s->verb = -1;
        /* the phrase runs to the clause's end, whatever its tags ("state media") */
        end = (long)i + 2;
        while ((size_t)end < c->n && !is_boundary(c, end) && end < (long)i + 2 + 12)
            end++;
        if (end == (long)i + 2)
            continue;
        add_conj(s->r, &s->n, (long)i + 2, end);
        s->date = -1;
        cover(scope, 0, (long)i, ns);
        cover(scope, end, (long)c->n, ns);
        ns++;
    }
    for (gi = 0; gi < c->ng && ns < MAX_SOURCES; gi++) {
        struct group *g = &c->g[gi];
        struct source *s = &src[ns];
        const char *l = lemma(c, g->head);
        /* "did not confirm", "will announce": not a report of what follows */
        if (!g->is_report || g->is_passive || g->is_inf || g->is_neg || g->is_future ||
            g->is_cond)
            continue;
        /* "..., said Lavrov": the subject follows the verb */
        if (!g->nactor && g->b > 0 && is_boundary(c, (long)g->b - 1) &&
            is_np_tag(c, g->e)) {
            copy_args(g->actor, &g->nactor, g->object, g->nobject);
            g->nobject = 0;
            if (!g->nactor)
                continue;
            memset(s, 0, sizeof(*s));
            copy_args(s->r, &s->n, g->actor, g->nactor);
            s->is_allege = in_list(l, allege_verbs);
            s->is_deny = !strcmp(l, "deny");
            s->date = g->own;
            s->verb = (long)g->head;
            cover(scope, 0, g->b, ns);
            ns++;
            continue;
        }
        if (!g->nactor || g->actor[0] >= (int)g->b)
            continue;
        memset(s, 0, sizeof(*s));
        copy_args(s->r, &s->n, g->actor, g->nactor);
        s->is_allege = in_list(l, allege_verbs);
        s->is_deny = !strcmp(l, "deny");
        s->date = g->own;
        s->verb = (long)g->head;
        cover(scope, g->e, (long)c->n, ns);
        /* only punctuation sets a main clause off from its source ("Sales fell, GM
           said"); after "when" or "which" the reporting clause is subordinate and covers
           nothing before it ("X welcomed it in July, when the agency wrote that ...") */
        if (g->actor[0] > 1 && is_punct_boundary(c, g->actor[0] - 1))
            cover(scope, 0, g->actor[0] - 1, ns);
        ns++;
    }
    return ns;
}

/* ---- dates ---- */

static int is_dating(const struct timex *t)
{
    return (t->type == TIMEX_DATE || t->type == TIMEX_TIME) && t->begin_day != DAY_NONE;
}

/*
 * A timex that is the baseline of a comparison dates nothing: "rose 5%
 * from a year earlier", "down $2 billion from 1996", "higher than in
 * 2008" (the rise is not in 2008). "from 2008 to 2010" is a range, "a
 * poster from 1989" says where the poster comes from, and "from" after a
 * verb ("moved from Paris in 2008") is not a comparison.
 */
static int is_baseline_timex(const struct sctx *c, long b, long e)
{
    long f = b - 1;
    if (is_w(c, f, "in") || is_w(c, f, "on"))
        f--;
    if (is_w(c, f, "than"))
        return 1;
    if (!is_w(c, f, "from") || is_w(c, e + 1, "to") || is_w(c, e + 1, "until") ||
        is_w(c, e + 1, "through") || tag(c, e + 1) == POS_HYPH)
        return 0;
    return tag(c, f - 1) == POS_CD || is_w(c, f - 1, "%") || is_w(c, f - 1, "percent") ||
           is_w(c, f - 1, "up") || is_w(c, f - 1, "down");
}

/*
 * The timex that dates the trigger at token i: the nearest dating timex of
 * the sentence, where every other event verb and every clause boundary in
 * between counts as a few tokens more: a date belongs to the verb of its
 * own clause ("said on Monday that sales fell in January"). -1 when none.
 */
static int32_t date_of(const struct sctx *c, long i, long tb_first, long tb_end, int future)
{
    long k, best_d = 0;
    int32_t best = -1;
    for (k = tb_first; (size_t)k < c->n && k < tb_end; k++) {
        long b = k, e, d, j, lo, hi;
        int32_t x = c->txi[k];
        if (x < 0 || (k > 0 && c->txi[k - 1] == x) || !is_dating(&c->tx[x]))
            continue;
        e = b;
        while ((size_t)(e + 1) < c->n && c->txi[e + 1] == x)
            e++;
        if (is_baseline_timex(c, b, e))
            continue;
        /* "will create 273 jobs" is not dated by "built since 1960" */
        if (future && c->tx[x].end_day != DAY_NONE && c->published != DAY_NONE &&
            c->tx[x].end_day < c->published)
            continue;
        if (i < b) {
            d = b - i;
            lo = i + 1;
            hi = b;
        } else {
            d = i - e;
            lo = e + 1;
            hi = i;
        }
        for (j = lo; j < hi; j++) {
            int gj = c->group_of[j];
            if (gj >= 0 && (long)c->g[gj].head == j && !c->g[gj].is_copula)
                d += 6;
            if (is_boundary(c, j))
                d += 3;
            /*
             * A date before "and <verb>" belongs to the first conjunct:
             * "submitted its draft on Monday and circulated a letter ...
             * on Saturday" dates the circulating by Saturday. Temporal
             * adjuncts in English mostly follow their verb phrase, so a
             * coordination between a date and a later verb weighs more
             * than one between a verb and a later date.
             */
            if (tag(c, j) == POS_CC)
                d += i > e ? 12 : 4;
        }
        if (best < 0 || d < best_d) {
            best = x;
            best_d = d;
        }
    }
    return best;
}

/*
 * Does timex x (tokens [b, e]) modify a noun instead of dating a clause?
 * "the 1991 agreement", "a June 3 hearing", "our third-quarter results",
 * "Monday's announcement": a determiner or possessive before it, a noun
 * after it (or a possessive 's).
 */
static int is_modifier_timex(const struct sctx *c, long b, long e)
{
    uint16_t p = tag(c, b - 1), nx = tag(c, e + 1);
    if (nx == POS_POS)
        return 1;
    if (p != POS_DT && p != POS_PRPS && p != POS_POS)
        return 0;
    return (nx == POS_NN || nx == POS_NNS || nx == POS_NNP || nx == POS_NNPS) ||
           ((nx == POS_JJ || nx == POS_HYPH) && is_noun_tag(tag(c, e + 2)));
}

static int is_rel_pronoun(const struct sctx *c, long k)
{
    uint16_t t = tag(c, k);
    return t == POS_WDT || t == POS_WP || t == POS_WRB;
}

/* Where a search for a timex's verb, walking left, must stop. */
static int is_clause_edge(const struct sctx *c, long k)
{
    uint16_t t = tag(c, k);
    return (is_boundary(c, k) && t != POS_COMMA) || t == POS_CC ||
           (t == POS_IN && is_w(c, k, "that")) ||
           (is_w(c, k, "according") && is_w(c, k + 1, "to"));
}

/*
 * The verb each dating timex of the sentence belongs to (struct group.own):
 * temporal adjuncts mostly follow their verb phrase, so the nearest verb
 * to the left in the same clause ("rejected the proposal in October", "said
 * on Monday that ..."); a timex that opens its clause ("In April, the blog
 * obtained", "Apple today launched") belongs to the first verb after it. A
 * timex that modifies a noun ("the 1991 agreement") dates no verb. Then
 * groups without a date of their own take one over: a verb from its
 * to-infinitive ("failed to pass the Senate this week"), a coordinated verb
 * or a participle clause from the verb before ("obtained ... and
 * published", "called for ..., citing").
 */
static void attach_dates(struct sctx *c)
{
    long k, gi;
    int pass;
    /* adjuncts after their verb first: they win over a clause-initial one */
    for (pass = 0; pass < 2; pass++)
        for (k = 0; (size_t)k < c->n; k++) {
            int32_t x = c->txi[k];
            long b = k, e = k, j;
            int host = -1, is_left = 0;
            if (x < 0 || (k > 0 && c->txi[k - 1] == x) || !is_dating(&c->tx[x]))
                continue;
            while ((size_t)(e + 1) < c->n && c->txi[e + 1] == x)
                e++;
            /* "in 2008, when the company posted a loss": the clause's time */
            if (pass == 0) {
                long w = e + 1 + (tag(c, e + 1) == POS_COMMA);
                if (is_w(c, w, "when"))
                    for (j = w + 1; (size_t)j < c->n && j < w + 8; j++)
                        if (c->group_of[j] >= 0) {
                            struct group *wg = &c->g[c->group_of[j]];
                            if (wg->own < 0)
                                wg->own = x;
                            break;
                        }
            }
            if (is_modifier_timex(c, b, e) || is_baseline_timex(c, b, e))
                continue;
            for (j = b - 1; j >= 0 && host < 0; j--) {
                if (c->txi[j] >= 0)
                    continue;
                if (c->group_of[j] >= 0)
                    host = c->group_of[j];
                else if (is_clause_edge(c, j))
                    break;
            }
            is_left = host >= 0;
            if (is_left != !pass)
                continue;
            /* "On Monday, X, which ..., said": not the relative clause's verb */
            for (j = e + 1; (size_t)j < c->n && host < 0; j++)
                if (c->txi[j] < 0 && c->group_of[j] >= 0 &&
                    (long)c->g[c->group_of[j]].b == j && !is_rel_pronoun(c, j - 1))
                    host = c->group_of[j];
            /*
             * "For the final quarter of 2009, Ford says it made profits": a
             * report in the present is made at the time of writing, so the
             * date opening its clause is that of what it reports.
             */
            if (!is_left && host >= 0 && (size_t)host + 1 < c->ng && c->g[host].is_report &&
                c->g[host].is_present && !c->g[host].is_perfect)
                host++;
            if (host >= 0 && c->g[host].own < 0)
                c->g[host].own = x;
        }
    /* a verb whose to-infinitive is dated: "failed to pass ... this week" */
    for (gi = (long)c->ng - 1; gi >= 0; gi--) {
        const struct group *g = &c->g[gi];
        int32_t d = g->own >= 0 ? g->own : g->inh;
        if (g->ctl >= 0 && d >= 0 && c->g[g->ctl].own < 0 && c->g[g->ctl].inh < 0)
            c->g[g->ctl].inh = d;
    }
    for (gi = 1; (size_t)gi < c->ng; gi++) {
        struct group *g = &c->g[gi];
        const struct group *p = &c->g[gi - 1];
        uint16_t h = tag(c, (long)g->head);
        if (g->own >= 0 || g->inh >= 0)
            continue;
        if (tag(c, (long)g->b - 1) == POS_CC ||
            (g->b == g->head && (h == POS_VBG || h == POS_VBN) &&
             (tag(c, (long)g->b - 1) == POS_COMMA || is_noun_tag(tag(c, (long)g->b - 1)))))
            g->inh = p->own >= 0 ? p->own : p->inh;
    }
}

/*
 * The date of verb group g (trigger at token i, source s or NULL): its own
 * timex; else, for a verb in the present ("says", "is expected", "intends
 * to", "has increased"), which speaks of the time of writing, the
 * publication date (-1), but a present perfect reported by a dated source
 * speaks of the time of the report ("an understanding has been reached,"
 * Lavrov said on Friday); else the date it takes over, or the nearest date
 * of the sentence.
 */
static int32_t verb_date(const struct sctx *c, const struct group *g, const struct source *s,
                         long i)
{
    if (g->own >= 0)
        return g->own;
    if (g->is_present && g->is_perfect && s && s->date >= 0)
        return s->date;
    if (g->is_present)
        return -1;
    if (g->inh >= 0)
        return g->inh;
    /*
     * A report is not dated by what it reports: "the envoy said the sides
     * met on Monday" says nothing of when the envoy spoke, nor does "The
     * sides met on Monday, the envoy said" (what a comma or quote sets off
     * before the source is reported too).
     */
    if (g->is_report) {
        long from = 0;
        if (g->nactor && g->actor[0] > 0 && g->actor[0] < (int)g->b &&
            is_punct_boundary(c, g->actor[0] - 1))
            from = g->actor[0];
        else if (g->b > 0 && is_punct_boundary(c, (long)g->b - 1))
            from = (long)g->b;
        return date_of(c, i, from, (long)g->b, 0);
    }
    return date_of(c, i, 0, (long)c->n,
                   g->is_future || (g->ctl >= 0 && c->g[g->ctl].is_future));
}

/* ---- pronoun actors ---- */

/*
 * A subject pronoun ("it said", "they agreed") says nothing in a timeline,
 * so its claim takes the pronoun's antecedent as actor when a cautious rule
 * finds one (doc/claims.md, "Pronoun actors"). Candidates are the subjects
 * and objects of the verb groups of the sentence and of the two before it
 * (a mention); a candidate must agree with the pronoun in number and, where
 * that is cheap to guess, in person: "he"/"she" need a person (a noun that
 * WordNet calls a person, a title or honorific before a name, a two-word
 * name, a surname met earlier in such a name), "it" a singular non-person,
 * "they" a plural or coordinated phrase. In doubt the pronoun stays.
 */

#define MAX_MENTIONS 64  /* candidate phrases kept: this sentence and the two before */
#define MAX_NAMES 32     /* surnames of the person names met in the article */
#define PRONOUN_WINDOW 2 /* sentences back an antecedent may be */

enum pron { PRON_NONE, PRON_IT, PRON_HE, PRON_SHE, PRON_THEY };

enum person { PERSON_UNKNOWN, PERSON_YES, PERSON_NO };

struct mention {
    struct span span;    /* the phrase, determiners included */
    struct span ref;     /* what it stands for: its own span, or a pronoun's antecedent */
    const char *text;    /* the actor string it gives: phrase_text(), or the antecedent's */
    uint32_t sentence;
    uint8_t rank;        /* 0 subject of a main clause, 1 other subject, 2 object */
    uint8_t is_plural;
    uint8_t person;      /* enum person */
    uint8_t gender;      /* 'm', 'f' or 0: "his wife" is no "he" */
    uint8_t is_coord;    /* a coordination ("GM and Chrysler") */
    uint8_t is_reporter; /* subject of a reporting verb ("officials said") */
    uint32_t report_off; /* ... whose head starts here: its report follows */
    uint8_t pron;        /* enum pron: a subject pronoun (he/she/it/they) */
    uint8_t is_resolved; /* for a pronoun: ref and text are its antecedent's */
    uint8_t is_group;    /* plural people or names: "analysts", "Russia and the U.S." */
    uint16_t quotes;     /* quotation marks before it in its sentence: odd inside a quote */
    uint8_t is_demonstrative; /* "this", "that" as a subject: an "it" never resolved */
};

struct mentions {
    struct mention m[MAX_MENTIONS];
    size_t n;
    size_t first; /* the current sentence's first mention; eviction shifts it */
    struct span names[MAX_NAMES]; /* last words of person names: "Wagoner" of "Rick Wagoner" */
    size_t nnames;
    struct span maybe[MAX_NAMES]; /* last words of names that may be a person's: "Jobs" */
    size_t nmaybe;
};

/* English honorifics and their abbreviations ("Mr.", "Dr"), without the period. */
static const char *const honorifics[] = {
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "rev", "sen",
    "rep", "gov", "gen", "col", "capt", "lt", "sgt", NULL,
};

/*
 * Nouns and honorifics of one sex, English kinship and courtesy terms (a
 * closed class): "he" never takes "his wife", nor "she" "Mr. Press".
 */
static const char *const female_words[] = {
    "mother", "wife", "daughter", "sister", "grandmother", "granddaughter", "aunt", "niece",
    "widow", "girl", "lady", "queen", "princess", "bride", "girlfriend", "woman", "mrs",
    "ms", "miss", "madam", "actress", "businesswoman", "spokeswoman", "chairwoman",
    "congresswoman", "stepmother", "mom", "mum", NULL,
};
static const char *const male_words[] = {
    "father", "husband", "son", "brother", "grandfather", "grandson", "uncle", "nephew",
    "widower", "boy", "lord", "king", "prince", "groom", "boyfriend", "man", "mr", "sir",
    "actor", "businessman", "spokesman", "chairman", "congressman", "stepfather", "dad", NULL,
};

/* Verbs whose subject "it" refers to nothing: "it is clear", "it seems", "it takes". */
static const char *const expletive_verbs[] = {
    "be", "seem", "appear", "remain", "become", "happen", "matter", "take", "look", "sound",
    "feel", NULL,
};

/* A double quotation mark: " `` '' and the typographic ones (not ', which is also an apostrophe). */
static int is_quote_mark(const struct sctx *c, long i)
{
    const char *w = c->text + c->t[i].span.off;
    size_t len = c->t[i].span.len;
    return (len == 1 && w[0] == '"') || (len == 2 && (!memcmp(w, "``", 2) || !memcmp(w, "''", 2))) ||
           (len == 3 && (!memcmp(w, "\xe2\x80\x9c", 3) || !memcmp(w, "\xe2\x80\x9d", 3) ||
                         !memcmp(w, "\xe2\x80\x9e", 3)));
}

/* Quotation marks before token i of the sentence (odd: i is inside a quotation). */
static uint16_t quotes_before(const struct sctx *c, long i)
{
    long k;
    uint16_t n = 0;
    for (k = 0; k < i; k++)
        n += is_quote_mark(c, k);
    return n;
}

static enum pron pronoun_of(const struct sctx *c, long i)
{
    if (tag(c, i) != POS_PRP)
        return PRON_NONE;
    if (is_w(c, i, "it"))
        return PRON_IT;
    if (is_w(c, i, "he"))
        return PRON_HE;
    if (is_w(c, i, "she"))
        return PRON_SHE;
    if (is_w(c, i, "they"))
        return PRON_THEY;
    return PRON_NONE;
}

/* The token's letters in lower case, a final period dropped; 0 when too long. */
static size_t lower_word(const struct sctx *c, long i, char *out, size_t n)
{
    const struct token *t = &c->t[i];
    size_t k, len = t->span.len;
    if (len && c->text[t->span.off + len - 1] == '.')
        len--;
    if (len == 0 || len >= n)
        return 0;
    for (k = 0; k < len; k++)
        out[k] = (char)lower_ascii((unsigned char)c->text[t->span.off + k]);
    out[len] = '\0';
    return len;
}

/*
 * A common noun (any case) that names a person: "minister", "Spokesman".
 * The lexicon knows which do (lexicon_is_person). Without it only "person"
 * and "people" do: other common nouns count as no person (so "he" and
 * "she" take names alone, and "it" may take "the minister"), titles before
 * a name are honorifics alone. Leaving common nouns unknown instead, so
 * that they agree with nothing, sent "it" past them to a farther name
 * more often than it saved a wrong one (doc/claims.md, "The lexicon").
 */
static int is_person_word(struct sctx *c, long i)
{
    char w[LEMMA_MAX];
    size_t len;
    uint16_t t = tag(c, i);
    if (t == POS_NN || t == POS_NNS) {
        const char *l = lemma(c, i);
        /* "person" itself (and its plural "people") is in WordNet's noun.Tops, not noun.person */
        if (!strcmp(l, "people") || !strcmp(l, "person"))
            return 1;
        return lexicon_is_person(c->lex, l, strlen(l));
    }
    if ((t != POS_NNP && t != POS_NNPS) || !(len = lower_word(c, i, w, sizeof(w))))
        return 0;
    return lexicon_is_person(c->lex, w, len) ||
           (len > 3 && w[len - 1] == 's' && lexicon_is_person(c->lex, w, len - 1));
}

static int is_honorific(const struct sctx *c, long i)
{
    char w[8];
    return tag(c, i) == POS_NNP && lower_word(c, i, w, sizeof(w)) && in_list(w, honorifics);
}

/* Could this capitalised word be a given name or surname? ("Rick", "Press": yes; "General": no) */
static int is_name_word(const struct sctx *c, long i)
{
    const struct token *t = &c->t[i];
    uint64_t tags, ok = (1ULL << POS_NNP) | (1ULL << POS_NNPS) | (1ULL << POS_NN) |
                        (1ULL << POS_GW) | (1ULL << POS_VB) | (1ULL << POS_VBP);
    size_t k;
    if (!(t->flags & TOKF_CAP) || (t->flags & TOKF_ALLCAPS) || t->span.len < 2)
        return 0;
    for (k = 0; k < t->span.len; k++) {
        char ch = c->text[t->span.off + k];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '-' || ch == '\''))
            return 0;
    }
    if (!c->pos)
        return 0;
    tags = pos_form_tags(c->pos, c->text + t->span.off, t->span.len);
    return (tags & ~ok) == 0;
}

static int in_spans(const struct sctx *c, const struct span *sp, size_t n, long i)
{
    size_t k;
    const struct token *t = &c->t[i];
    for (k = 0; k < n; k++)
        if (sp[k].len == t->span.len && !memcmp(c->text + sp[k].off, c->text + t->span.off, t->span.len))
            return 1;
    return 0;
}

static int is_known_surname(const struct sctx *c, const struct mentions *men, long i)
{
    return in_spans(c, men->names, men->nnames, i);
}

static void remember_surname(const struct sctx *c, struct mentions *men, long i)
{
    if (men->nnames < MAX_NAMES && !is_known_surname(c, men, i))
        men->names[men->nnames++] = c->t[i].span;
}

static void remember_maybe(const struct sctx *c, struct mentions *men, long i)
{
    if (men->nmaybe < MAX_NAMES && !in_spans(c, men->maybe, men->nmaybe, i))
        men->maybe[men->nmaybe++] = c->t[i].span;
}

/* A title or honorific among the words before a name: "chief executive", "Mr." */
static int is_title(struct sctx *c, long i)
{
    return (is_noun_tag(tag(c, i)) && is_person_word(c, i)) || is_honorific(c, i);
}

/* "Inc.", "Corp.", "Ltd.": an abbreviation of two letters or more ending a name ("Jr." aside). */
static int is_company_abbrev(const struct sctx *c, long i)
{
    char w[8];
    size_t len;
    if (!(c->t[i].flags & TOKF_ABBREV) || !(c->t[i].flags & TOKF_CAP))
        return 0;
    len = lower_word(c, i, w, sizeof(w));
    return len >= 2 && !memchr(w, '.', len) && strcmp(w, "jr") && strcmp(w, "sr");
}

/*
 * Person or not, for the phrase [b, e) with head h (a proper or common
 * noun). A common noun: WordNet's answer ("minister" yes, "company" no). A
 * proper name: a title or honorific before it ("chief executive Rick
 * Wagoner", "Mr. Press", "General Arthur Lichte"; a capitalised title
 * needs two name words after it, or a surname met before, since "General
 * Motors" and "White House" start with one), an apposition naming a person
 * ("Lavrov, Russia's foreign minister,") or a surname met earlier in a
 * full name say yes; a run of two or three name words ending in a singular
 * name says yes ("Rick Wagoner"); an acronym, a digit, a company
 * abbreviation or an adjective in first place says no ("GM", "Apple
 * Inc.", "General Motors", "United States"); a single word never
 * introduced as a person's surname says no ("Boeing", "Russia"); the rest
 * is unknown.
 */
static enum person person_of(struct sctx *c, struct mentions *men, long b, long e, long h)
{
    long r, k;
    int titled = 0;
    uint16_t t = tag(c, h);
    if (t == POS_NN || t == POS_NNS)
        return is_person_word(c, h) ? PERSON_YES : PERSON_NO;
    /* a number after a name is a model or a unit: "iPhone 4", "Boeing 737", "Local 1520" */
    if (t == POS_CD && h > b && (tag(c, h - 1) == POS_NNP || tag(c, h - 1) == POS_NNPS))
        return PERSON_NO;
    if (t != POS_NNP && t != POS_NNPS)
        return PERSON_UNKNOWN;
    if (is_company_abbrev(c, h) || (c->t[h].flags & TOKF_ALLCAPS))
        return PERSON_NO;
    for (r = h; r > b && (tag(c, r - 1) == POS_NNP || tag(c, r - 1) == POS_NNPS); r--)
        ;
    /* lower-case titles before the name: "chief executive Rick Wagoner" */
    for (k = b; k < r; k++)
        if (is_title(c, k) && !(c->t[k].flags & TOKF_CAP))
            titled = 1;
    /*
     * a title before the name: outside the phrase, or a singular common
     * noun in it ("Apple CEO Steve Jobs"; not "Norwood Partners Limited")
     */
    if (r > 0 && is_title(c, r - 1) && (r - 1 < b || tag(c, r - 1) == POS_NN))
        titled = 1;
    /* capitalised titles inside the name: "Foreign Minister Sergey Lavrov", "Mr. Press" */
    for (k = h - 1; k >= r; k--)
        if (is_title(c, k) && (h - k >= 2 || is_honorific(c, k) || is_known_surname(c, men, h))) {
            titled = 1;
            break;
        }
    /* "Lavrov, Russia's foreign minister," */
    if (tag(c, e) == POS_COMMA) {
        long ae = np_right(c, e + 1);
        if (ae > 0 && tag(c, ae) == POS_COMMA && is_person_word(c, ae - 1))
            titled = 1;
    }
    if (titled) {
        remember_surname(c, men, h);
        return PERSON_YES;
    }
    /*
     * "the President", "the Minister said": a title the tagger knows as a
     * common noun too (not a name WordNet files under people: "Kellogg",
     * "Westinghouse", "Ford" are companies here)
     */
    if (r == h && is_title(c, h) && c->pos &&
        (pos_form_tags(c->pos, c->text + c->t[h].span.off, c->t[h].span.len) &
         ((1ULL << POS_NN) | (1ULL << POS_NNS))))
        return PERSON_YES;
    if (r == h)
        return is_known_surname(c, men, h)                  ? PERSON_YES
               : in_spans(c, men->maybe, men->nmaybe, h) ? PERSON_UNKNOWN
                                                            : PERSON_NO;
    for (k = r; k <= h; k++)
        if ((c->t[k].flags & TOKF_ALLCAPS) || !(c->t[k].flags & TOKF_CAP) ||
            is_company_abbrev(c, k))
            return PERSON_NO;
    if (c->pos) {
        /*
         * A word that English uses as an adjective or participle ("General
         * Motors", "United States", "Ontario Supreme Court"), or only common
         * nouns ("Security Council"): an organisation or a place. A last word
         * that is a common noun ("Jim Press", "Tata Steel") leaves it open.
         */
        const uint64_t adj = (1ULL << POS_JJ) | (1ULL << POS_JJR) | (1ULL << POS_JJS) |
                             (1ULL << POS_VBN) | (1ULL << POS_VBD) | (1ULL << POS_VBG) |
                             (1ULL << POS_CD) | (1ULL << POS_DT) | (1ULL << POS_IN);
        const uint64_t common = (1ULL << POS_NN) | (1ULL << POS_NNS);
        int ncommon = 0;
        for (k = r; k <= h; k++) {
            uint64_t ft = pos_form_tags(c->pos, c->text + c->t[k].span.off, c->t[k].span.len);
            if (ft & adj)
                return PERSON_NO;
            ncommon += (ft & common) != 0;
        }
        if (ncommon == h - r + 1)
            return PERSON_NO;
        if (pos_form_tags(c->pos, c->text + c->t[h].span.off, c->t[h].span.len) & common) {
            remember_maybe(c, men, h);
            return PERSON_UNKNOWN;
        }
    }
    if (h - r > 2 || t != POS_NNP) {
        remember_maybe(c, men, h);
        return PERSON_UNKNOWN;
    }
    for (k = r; k <= h; k++)
        if (!is_name_word(c, k)) {
            remember_maybe(c, men, h); /* "Steve Jobs": "Jobs" alone is no company */
            return PERSON_UNKNOWN;
        }
    remember_surname(c, men, h);
    return PERSON_YES;
}

/* 'f', 'm' or 0: the sex a phrase's head or its courtesy title names ("his wife", "Mrs. Ode"). */
static uint8_t gender_of(struct sctx *c, long b, long h)
{
    char w[LEMMA_MAX];
    long k;
    for (k = h; k >= b; k--) {
        if (!is_noun_tag(tag(c, k)) || !lower_word(c, k, w, sizeof(w)))
            continue;
        if (tag(c, k) == POS_NNS || tag(c, k) == POS_NN) {
            const char *l = lemma(c, k);
            size_t n = strlen(l);
            if (n >= sizeof(w))
                continue;
            memcpy(w, l, n + 1);
        }
        if (in_list(w, female_words))
            return 'f';
        if (in_list(w, male_words))
            return 'm';
        if (k == h && !(c->t[k].flags & TOKF_CAP))
            return 0; /* a common noun head decides alone: "the wife's lawyer" */
    }
    return 0;
}

/* Head of a conjunct [b, e): its last noun before any "of" ("Sales of new cars" -> Sales). */
static long phrase_head(const struct sctx *c, long b, long e)
{
    long k, h = -1;
    for (k = b; k < e; k++) {
        if (is_w(c, k, "of"))
            break;
        if (is_noun_tag(tag(c, k)) || tag(c, k) == POS_PRP)
            h = k;
    }
    return h;
}

/*
 * Add the phrase r[0..n) (conjunct ranges) of the sentence as a mention,
 * once per span (the best rank wins).
 */
static struct mention *add_mention(struct sctx *c, struct mentions *men, const int *r, int n,
                                   int rank)
{
    struct mention m, *x;
    long h;
    size_t k;
    if (n == 0)
        return NULL;
    memset(&m, 0, sizeof(m));
    m.span.off = c->t[r[0]].span.off;
    m.span.len = c->t[r[2 * n - 1] - 1].span.off + c->t[r[2 * n - 1] - 1].span.len - m.span.off;
    for (k = 0; k < men->n; k++)
        if (men->m[k].sentence == c->sent && men->m[k].span.off == m.span.off &&
            men->m[k].span.len == m.span.len) {
            if (rank < men->m[k].rank)
                men->m[k].rank = (uint8_t)rank;
            return &men->m[k];
        }
    h = phrase_head(c, r[0], r[1]);
    /* a demonstrative subject ("This will be ...") stands for something: it blocks "it" */
    if (h < 0 && n == 1 && rank < 2 && r[1] == r[0] + 1 && (is_w(c, r[0], "this") || is_w(c, r[0], "that"))) {
        h = r[0];
        m.is_demonstrative = 1;
    }
    if (h < 0)
        return NULL;
    m.sentence = c->sent;
    m.rank = (uint8_t)rank;
    m.ref = m.span;
    m.quotes = quotes_before(c, r[0]);
    /*
     * "the four billion it has", "Any time a plant": a phrase cut across a
     * clause (a pronoun, or a determiner after its first word) is no candidate
     */
    for (k = (size_t)r[0]; k < (size_t)r[2 * n - 1]; k++)
        if ((tag(c, (long)k) == POS_PRP && (n > 1 || (long)k != h)) ||
            (tag(c, (long)k) == POS_DT && (long)k > r[0] && !is_w(c, (long)k - 1, "of") &&
             n == 1 && (long)k < h))
            return NULL;
    if (m.is_demonstrative) {
        m.pron = PRON_IT;
    } else if (n == 1 && tag(c, h) == POS_PRP) {
        /* only subjects are resolved; "we", "you", "I" are outside what the rules resolve */
        if (rank == 2 || h != r[0] || r[1] != r[0] + 1 || !(m.pron = (uint8_t)pronoun_of(c, h)))
            return NULL;
    } else if (n > 1) {
        int i;
        m.is_plural = 1;
        m.is_coord = 1;
        m.person = PERSON_UNKNOWN;
        /* "they" for a coordination of names or people, not of things */
        m.is_group = 1;
        for (i = 0; i < n; i++) {
            long hi = phrase_head(c, r[2 * i], r[2 * i + 1]);
            uint16_t ti = tag(c, hi);
            if (hi < 0 || !(ti == POS_NNP || ti == POS_NNPS || is_person_word(c, hi)))
                m.is_group = 0;
        }
    } else {
        uint16_t t = tag(c, h);
        if (t != POS_NN && t != POS_NNS && t != POS_NNP && t != POS_NNPS)
            return NULL;
        /* "General Motors", "United States": a name, one thing, whatever its last word */
        m.is_plural = t == POS_NNS || (t == POS_NNPS && !(h > r[0] && tag(c, h - 1) != POS_DT &&
                                                         (c->t[h - 1].flags & TOKF_CAP)));
        m.person = (uint8_t)person_of(c, men, r[0], r[1], h);
        m.is_group = m.is_plural && (t == POS_NNPS || m.person == PERSON_YES);
        if (m.person == PERSON_YES)
            m.gender = gender_of(c, r[0], h);
    }
    if (!m.pron && !(m.text = phrase_text(c, r, n, &m.span)))
        return NULL;
    if (men->n == MAX_MENTIONS) {
        memmove(men->m, men->m + 1, sizeof(men->m[0]) * (MAX_MENTIONS - 1));
        men->n--;
        if (men->first)
            men->first--;
    }
    x = &men->m[men->n++];
    *x = m;
    return x;
}

static int agrees(const struct mention *m, enum pron p)
{
    switch (p) {
    case PRON_IT:
        return !m->is_plural && m->person == PERSON_NO;
    case PRON_HE:
        return !m->is_plural && m->person == PERSON_YES && m->gender != 'f';
    case PRON_SHE:
        return !m->is_plural && m->person == PERSON_YES && m->gender != 'm';
    case PRON_THEY:
        return m->is_plural && m->is_group;
    case PRON_NONE:
        break;
    }
    return 0;
}

/*
 * Try candidate m for pronoun mention p: 1 when the search ends (p resolved
 * from m, or m is a pronoun of the same kind left unresolved, which p then
 * follows), 0 to go on.
 */
/* Pronoun p takes antecedent m's reading, referring to the phrase at ref. */
static void take_antecedent(struct mention *p, const struct mention *m, struct span ref)
{
    p->ref = ref;
    p->text = m->text;
    p->is_plural = m->is_plural;
    p->person = m->person;
    p->is_group = m->is_group;
    p->gender = m->gender;
    p->is_coord = m->is_coord;
    p->is_resolved = 1;
}

static int try_candidate(struct mention *p, const struct mention *m)
{
    if (m->pron) {
        if (m->pron != p->pron)
            return 0;
        if (m->is_resolved) /* the same pronoun again: the same antecedent */
            take_antecedent(p, m, m->ref);
        return 1;
    }
    if (!agrees(m, (enum pron)p->pron))
        return 0;
    take_antecedent(p, m, m->span);
    return 1;
}

/*
 * Resolve the pronoun mention men->m[pi] (of the current sentence): first
 * the subjects before it in its sentence, nearest first, then the objects
 * before it, nearest first ("Police arrested a man after he fled"); then the
 * sentences before, the latest first, each in the order subject of the
 * main clause, other subjects, objects, left to right (the subject of a
 * main clause is what a following pronoun most often continues).
 */
static void resolve_pronoun(struct mentions *men, size_t pi)
{
    struct mention *p = &men->m[pi];
    size_t k;
    int pass, rank;
    uint32_t back;
    for (pass = 0; pass < 2; pass++)
        for (k = men->n; k-- > 0;) {
            const struct mention *m = &men->m[k];
            if (k == pi || m->sentence != p->sentence || m->span.off + m->span.len > p->span.off)
                continue;
            if ((pass == 0) != (m->rank < 2))
                continue;
            /*
             * Inside a quotation only what the quotation itself names: the
             * speaker outside it is "I", and "he" in "'..., but he wanted it
             * better,' Doherty said" is someone else.
             */
            if ((p->quotes & 1) && m->quotes != p->quotes) {
                if ((m->pron == p->pron) || (!m->pron && agrees(m, (enum pron)p->pron)))
                    return; /* perhaps the speaker: left alone */
                continue;
            }
            /* the narrator's "he said" after a quotation is not about what the quotation names */
            if (!(p->quotes & 1) && (m->quotes & 1))
                continue;
            /*
             * "GM admitted that the loss could swell as it pays": an embedded
             * subject that agrees, with a main-clause subject before it that
             * agrees too, is a guess either way: left alone.
             */
            if (m->rank == 1 && !m->pron && agrees(m, (enum pron)p->pron)) {
                size_t j;
                for (j = 0; j < k; j++)
                    if (men->m[j].sentence == p->sentence && men->m[j].rank == 0 &&
                        !men->m[j].pron && men->m[j].quotes == m->quotes &&
                        agrees(&men->m[j], (enum pron)p->pron) && strcmp(men->m[j].text, m->text))
                        return;
            }
            /* "they" in its own sentence: what a reporter says ("officials said they") or a coordination */
            if (p->pron == PRON_THEY && !m->pron && !m->is_coord &&
                !(m->is_reporter && m->report_off < p->span.off))
                continue;
            if (try_candidate(p, m))
                return;
        }
    /*
     * Sentences before: subjects only ("they": main-clause subjects only),
     * since an object there is rarely what a new sentence's subject picks up.
     */
    for (back = 1; back <= PRONOUN_WINDOW && back <= p->sentence; back++)
        for (rank = 0; rank < (p->pron == PRON_THEY ? 1 : 2); rank++) {
            /*
             * Two main-clause subjects that both agree ("Boeing will begin
             * production and the aircraft should enter service. It ..."): the
             * rules cannot choose, so the pronoun stays.
             */
            const char *first = NULL;
            for (k = 0; rank == 0 && k < men->n; k++) {
                const struct mention *m = &men->m[k];
                if (m->sentence != p->sentence - back || m->rank != 0 || m->pron ||
                    !agrees(m, (enum pron)p->pron))
                    continue;
                if (first && strcmp(first, m->text))
                    return;
                first = m->text;
            }
            for (k = 0; k < men->n; k++) {
                const struct mention *m = &men->m[k];
                if (m->sentence != p->sentence - back || m->rank != rank)
                    continue;
                /* "they" across sentences: only a coordination ("Subaru and Hyundai ... They") */
                if (p->pron == PRON_THEY && !m->pron && !m->is_coord)
                    continue;
                if (try_candidate(p, m))
                    return;
            }
        }
}

/*
 * Does "it" as the subject of group g refer to nothing ("It is clear that",
 * "it seems that", "it is said that")? Not before a to-infinitive of a
 * raising verb: "It seems to have no plan" speaks of something.
 */
static int is_expletive(struct sctx *c, const struct group *g)
{
    const char *l = lemma(c, g->head);
    long k;
    /* "it remains to be seen" is empty; "it seems to have no plan" is not */
    if (!g->is_copula && strcmp(l, "remain") && tag(c, g->e) == POS_TO &&
        is_verb_tag(tag(c, g->e + 1)))
        return 0;
    /* "it is (deeply) humiliating for us that": a predicative -ing word before its real subject */
    for (k = (long)g->head - 1; k > (long)g->b && tag(c, k) == POS_RB; k--)
        ;
    if (tag(c, g->head) == POS_VBG && k >= (long)g->b && k < (long)g->head &&
        !strcmp(lemma(c, k), "be") &&
        (is_w(c, g->e, "that") || is_w(c, g->e, "to") || is_w(c, g->e, "for")))
        return 1;
    /* "it emerged that", "it is said that": a that-clause right after a verb that reports nothing */
    if (is_w(c, g->e, "that") && (g->is_passive || !g->is_report))
        return 1;
    return g->is_copula || in_list(l, expletive_verbs);
}

/* The rank of a subject starting at token b: 0 when it opens a main clause. */
static int subject_rank(const struct sctx *c, long b)
{
    uint16_t p = tag(c, b - 1);
    return b == 0 || p == POS_COMMA || p == POS_QUOTE_OPEN || p == POS_QUOTE_CLOSE ||
                   p == POS_COLON || p == POS_LRB || p == POS_CC
               ? 0
               : 1;
}

/*
 * The mentions of the sentence, in text order, and its subject pronouns
 * resolved. Mentions of sentences out of the window are dropped first.
 */
static void sentence_mentions(struct sctx *c, struct mentions *men)
{
    size_t gi, k, i, j;
    long expletive = -1; /* token of an empty "it", which the verbs after it inherit */
    for (k = 0, j = 0; k < men->n; k++)
        if (men->m[k].sentence + PRONOUN_WINDOW >= c->sent)
            men->m[j++] = men->m[k];
    men->n = j;
    men->first = men->n;
    /* names of people met anywhere in the sentence, for a surname alone later */
    for (i = 0; i < c->n; i++)
        if ((tag(c, (long)i) == POS_NNP || tag(c, (long)i) == POS_NNPS) &&
            tag(c, (long)i + 1) != POS_NNP && tag(c, (long)i + 1) != POS_NNPS) {
            long b = (long)i;
            while (b > 0 && (tag(c, b - 1) == POS_NNP || tag(c, b - 1) == POS_NNPS))
                b--;
            if (b < (long)i)
                person_of(c, men, b, (long)i + 1, (long)i);
        }
    for (gi = 0; gi < c->ng; gi++) {
        const struct group *g = &c->g[gi];
        const int *subj = g->is_passive ? g->object : g->actor;
        int nsubj = g->is_passive ? g->nobject : g->nactor;
        if (nsubj == 1 && pronoun_of(c, subj[0]) == PRON_IT && subj[1] == subj[0] + 1 &&
            (subj[0] == expletive || is_expletive(c, g))) {
            expletive = subj[0];
            nsubj = 0;
        }
        /*
         * "expected it to grow", "asked him to stay": the object of the verb
         * before, which that verb's subject cannot be (binding)
         */
        if (nsubj == 1 && g->is_inf && tag(c, subj[0]) == POS_PRP && is_verb_tag(tag(c, subj[0] - 1)))
            nsubj = 0;
        /* an inherited subject ("... and cut") is the same mention as its first use */
        {
            struct mention *sm = add_mention(c, men, subj, nsubj, subject_rank(c, subj[0]));
            if (sm && g->is_report && !g->is_passive && !sm->is_reporter) {
                sm->is_reporter = 1;
                sm->report_off = c->t[g->head].span.off;
            }
        }
        if (g->is_passive)
            add_mention(c, men, g->actor, g->nactor, 2);
        else
            add_mention(c, men, g->object, g->nobject, 2);
    }
    /* agents after "by" in noun phrases too: "the announcement by General Motors that it ..." */
    for (i = 0; i + 1 < c->n; i++)
        if (is_w(c, (long)i, "by") && is_np_tag(c, (long)i + 1)) {
            int rr[2 * MAX_CONJ], nr = 0;
            if (object_at(c, (long)i + 1, rr, &nr))
                add_mention(c, men, rr, nr, 2);
        }
    if (men->n > men->first + 1) /* text order within the sentence (insertion sort) */
        for (i = men->first + 1; i < men->n; i++) {
            struct mention m = men->m[i];
            for (j = i; j > men->first && men->m[j - 1].span.off > m.span.off; j--)
                men->m[j] = men->m[j - 1];
            men->m[j] = m;
        }
    for (i = men->first; i < men->n; i++)
        if (men->m[i].pron && !men->m[i].is_demonstrative)
            resolve_pronoun(men, i);
}

/* The resolved mention for the pronoun at token i of this sentence, or NULL. */
static const struct mention *resolved_at(const struct sctx *c, const struct mentions *men, long i)
{
    size_t k;
    for (k = 0; k < men->n; k++) {
        const struct mention *m = &men->m[k];
        if (m->sentence == c->sent && m->pron && m->is_resolved &&
            m->span.off == c->t[i].span.off && m->span.len == c->t[i].span.len)
            return m;
    }
    return NULL;
}

/* ---- the article ---- */

static int spans_overlap(struct span a, struct span b)
{
    return a.off < b.off + b.len && b.off < a.off + a.len;
}

static int is_lower_word(const char *text, const struct token *t)
{
    unsigned char ch = (unsigned char)text[t->span.off];
    return t->kind == TOK_WORD && ch >= 'a' && ch <= 'z';
}

/* Does the sentence make a statement, once its date tokens are set aside? */
static int is_statement(const char *text, const struct segmentation *seg,
                        const struct sentence *s, const struct timex *tx, size_t ntx)
{
    uint32_t i;
    int words = 0, lower = 0;
    for (i = s->tok_begin; i < s->tok_end; i++) {
        const struct token *t = &seg->toks[i];
        size_t k;
        int in_timex = 0;
        if (t->kind != TOK_WORD)
            continue;
        for (k = 0; k < ntx && !in_timex; k++)
            in_timex = spans_overlap(tx[k].span, t->span);
        if (in_timex)
            continue;
        words++;
        lower += is_lower_word(text, t);
    }
    return words >= 3 && lower >= 1;
}

struct out {
    struct arena *a;
    const struct article *art;
    struct claim *cl;
    size_t n, cap;
    const char *dct_value; /* the publication date as a TIMEX3 value, or NULL */
};

static struct claim *new_claim(struct out *o, struct nl_error *err)
{
    struct claim *c;
    if (o->n == o->cap) {
        size_t ncap = o->cap ? o->cap * 2 : 64;
        struct claim *p = arena_grow(o->a, o->cl, o->n, ncap, sizeof(*o->cl));
        if (!p) {
            nl_error_set(err, arena_errcode(o->a), o->art->input, "cannot store claims: %s",
                         nl_strerror(arena_errcode(o->a)));
            return NULL;
        }
        o->cl = p;
        o->cap = ncap;
    }
    c = &o->cl[o->n++];
    memset(c, 0, sizeof(*c));
    c->timex = -1;
    c->modality = CLAIM_ASSERTED;
    return c;
}

/* Date a claim by timex x (-1: by the publication date). */
static void set_date(struct claim *c, const struct out *o, const struct timex *tx, int32_t x)
{
    if (x >= 0) {
        c->timex = x;
        c->date_source = CLAIM_DATE_TEXT;
        c->value = tx[x].value;
        c->begin_day = tx[x].begin_day;
        c->end_day = tx[x].end_day;
        return;
    }
    c->timex = -1;
    c->date_source =
        o->art->published_day != DAY_NONE ? CLAIM_DATE_PUBLICATION : CLAIM_DATE_NONE;
    c->value = o->dct_value;
    c->begin_day = c->end_day = o->art->published_day;
}

/* Untagged text: one claim per date of each statement, or per statement. */
static enum nl_err sentence_claims(struct out *o, uint32_t s, const struct sentence *se,
                                   const struct timex *tx, size_t first, size_t j,
                                   struct nl_error *err)
{
    int dated = 0;
    for (; first <= j; first++) {
        const struct timex *t = first < j ? &tx[first] : NULL;
        struct claim *c;
        if (t && !is_dating(t))
            continue;
        if (!t && dated)
            break;
        if (!(c = new_claim(o, err)))
            return err->code;
        c->kind = CLAIM_SENTENCE;
        c->sentence = s;
        c->span = se->span;
        if (t)
            dated = 1;
        set_date(c, o, tx, t ? (int32_t)first : -1);
    }
    return NL_OK;
}

/* Is token i inside an "if"/"unless" clause (up to the next comma)? */
static int in_condition(const struct sctx *c, long i)
{
    long k;
    for (k = i - 1; k >= 0; k--) {
        if (tag(c, k) == POS_COMMA || tag(c, k) == POS_PERIOD || tag(c, k) == POS_COLON)
            return 0;
        if (w_in(c, k, cond_subords))
            return 1;
    }
    return 0;
}

/* Is there an "allegedly"/"reportedly"-type adverb in the clause of token i? */
static int clause_has(const struct sctx *c, long i, const char *w)
{
    long k;
    for (k = i - 1; k >= 0 && !is_boundary(c, k); k--)
        if (is_w(c, k, w))
            return 1;
    for (k = i + 1; (size_t)k < c->n && !is_boundary(c, k); k++)
        if (is_w(c, k, w))
            return 1;
    return 0;
}

/* Modality and polarity of a verb claim, from its group and its source. */
static void verb_modality(struct sctx *c, const struct group *g, const struct source *s,
                          struct claim *cl)
{
    const struct group *ctl = g->ctl >= 0 ? &c->g[g->ctl] : NULL;
    long h = (long)g->head;
    cl->modality = s ? (s->is_allege ? CLAIM_ALLEGED : CLAIM_REPORTED) : CLAIM_ASSERTED;
    if (cl->modality == CLAIM_ASSERTED && clause_has(c, h, "reportedly"))
        cl->modality = CLAIM_REPORTED;
    if (g->is_future || (ctl && (ctl->is_future || in_list(lemma(c, ctl->head), expect_verbs))))
        cl->modality = CLAIM_EXPECTED;
    if (g->is_cond || in_condition(c, (long)g->b))
        cl->modality = s && !in_condition(c, (long)g->b) && !g->is_neg ? CLAIM_EXPECTED
                                                                       : CLAIM_CONDITIONAL;
    if (clause_has(c, h, "allegedly") || clause_has(c, h, "alleged") ||
        (ctl && !strcmp(lemma(c, ctl->head), "accuse")))
        cl->modality = CLAIM_ALLEGED;
    cl->is_negated = g->is_neg || (ctl && in_list(lemma(c, ctl->head), fail_verbs)) ||
                     (s && s->is_deny && !g->is_report);
}

/*
 * A bare past participle right after a noun, with no object of its own,
 * is a reduced passive relative: "statements [issued] after the visit",
 * "the plan [announced] by the company". Its noun is what was acted on
 * (find_object turns a passive's subject into its object) and its "by"
 * phrase the actor. Only when the noun is not itself the subject of the
 * participle read as a finite verb: "by" and a noun phrase follow, or
 * the next verb of its clause is finite ("the plan announced on Monday
 * was"), or the noun is the object of a verb or preposition.
 */
static void mark_reduced(struct sctx *c, size_t gi)
{
    struct group *g = &c->g[gi];
    long b = (long)g->b, e = (long)g->e, nb, h = b - 1;
    int finite_after = 0;
    while (h > 0 && tag(c, h) == POS_RB) /* "the group formerly known as" */
        h--;
    if (g->b != g->head || tag(c, b) != POS_VBN || g->is_inf || h < 0 || !is_np_head(c, h) ||
        tag(c, h) == POS_PRP || c->txi[h] >= 0 || c->group_of[h] >= 0)
        return;
    if (tag(c, e) == POS_RP || (is_np_tag(c, e) && !is_w(c, e, "that")))
        return; /* an object follows: a finite verb ("GM sold Saturn") */
    /* the next group of the clause is finite: the noun is its subject */
    if (gi + 1 < c->ng && same_clause(c, e, (long)c->g[gi + 1].b)) {
        uint16_t t = tag(c, c->g[gi + 1].b);
        finite_after = t == POS_VBZ || t == POS_VBP || t == POS_VBD || t == POS_MD;
    }
    nb = np_left(c, h);
    if (nb < 0)
        return;
    extend_of_left(c, &nb);
    if (nb > 1 && tag(c, nb - 1) == POS_QUOTE_CLOSE) /* '"welcomes" statements issued' */
        nb--;
    /* "by" and an agent, not an amount ("increased by 10 percent") */
    if ((is_w(c, e, "by") && is_np_tag(c, e + 1) && tag(c, e + 1) != POS_CD &&
         tag(c, e + 1) != POS_JJR && tag(c, e + 1) != POS_DOLLAR) ||
        finite_after ||
        (nb > 0 && (is_verb_tag(tag(c, nb - 1)) || w_in(c, nb - 1, np_preps) ||
                    is_w(c, nb - 1, "of")))) {
        g->is_reduced = 1;
        g->is_passive = 1;
    }
}

/*
 * A participle clause that opens the sentence ("Citing a report, the
 * airline said", "While introducing the phone, Jobs joked") has the main
 * clause's subject: the subject of the first group after its comma.
 */
static void front_participle(struct sctx *c)
{
    struct group *g;
    long k;
    size_t gi;
    if (c->ng < 2)
        return;
    g = &c->g[0];
    k = (long)g->b - 1;
    if (k >= 0 && tag(c, k) == POS_IN && !is_w(c, k, "that"))
        k--; /* "While introducing", "After meeting" */
    if (k >= 0 || tag(c, g->head) != POS_VBG || g->nactor)
        return;
    for (k = (long)g->e; (size_t)k < c->n && tag(c, k) != POS_COMMA; k++)
        if ((is_boundary(c, k) && tag(c, k) != POS_QUOTE_OPEN && tag(c, k) != POS_QUOTE_CLOSE) ||
            tag(c, k) == POS_CC)
            return;
    for (gi = 1; gi < c->ng; gi++)
        if ((long)c->g[gi].b > k && !c->g[gi].is_inf && tag(c, c->g[gi].head) != POS_VBG) {
            const struct group *m = &c->g[gi];
            if (m->is_passive)
                return;
            copy_args(g->actor, &g->nactor, m->actor, m->nactor);
            return;
        }
}

/* The text of source so as an attribution: a resolved pronoun ("it said") is who it is. */
static const char *source_text(struct sctx *c, const struct source *so, struct span *span)
{
    const struct mention *m = so->n == 1 && so->r[1] == so->r[0] + 1
                                  ? resolved_at(c, c->men, so->r[0])
                                  : NULL;
    const char *t = phrase_text(c, so->r, so->n, span);
    return m ? m->text : t;
}

/*
 * Whether quotation mark i opens a quotation: `` and the typographic left
 * marks open, '' and the right mark close; a straight " opens at the
 * sentence's start or after a space when a word follows it right away.
 */
static int opens_quote(const struct sctx *c, long i)
{
    const struct token *t = &c->t[i];
    const char *w = c->text + t->span.off;
    char before;
    if (t->span.len == 2)
        return w[0] == '`';
    if (t->span.len == 3)
        return memcmp(w, "\xe2\x80\x9d", 3) != 0;
    before = t->span.off ? c->text[t->span.off - 1] : ' ';
    return (i == 0 || before == ' ' || before == '\n' || before == '\t' || before == '\r' ||
            before == '(') &&
           (size_t)i + 1 < c->n && c->t[i + 1].span.off == t->span.off + 1;
}

/*
 * Fills c->inq from whether a quotation is open at the start; returns
 * whether one is at the end. Only a quotation that the sentence starts in
 * (open before it, or opened by its first token) can go on with a speaker
 * named in another sentence: a quoted phrase inside a sentence ("will
 * ``proceed with all their resources''") is somebody's the sentence does
 * not say.
 */
static int mark_quoted(struct sctx *c, int open)
{
    size_t i;
    int lead = open || (c->n && is_quote_mark(c, 0) && opens_quote(c, 0));
    for (i = 0; i < c->n; i++) {
        if (is_quote_mark(c, (long)i)) {
            int was = open;
            open = opens_quote(c, (long)i);
            if (i > 0 && was && !open)
                lead = 0;
            c->inq[i] = 0;
        } else
            c->inq[i] = (uint8_t)(open ? 1 + lead : 0);
    }
    return open;
}

/* The claim's modality once a source is known for it (what verb_modality() gives a plain clause). */
static void make_reported(struct claim *cl, const struct source *so)
{
    if (cl->modality == CLAIM_ASSERTED)
        cl->modality = so->is_allege ? CLAIM_ALLEGED : CLAIM_REPORTED;
}

/*
 * After sentence c (claims from index first on): the speaker the next
 * sentence's quotation goes on with. A source hands over only when its
 * reporting verb is outside the quotation it reports, and the sentence
 * has one; a sentence inside a quotation keeps the speaker carried into
 * it. A quotation that closes here on its speaker gives them the claims
 * said in it in earlier sentences.
 */
static void carry_on(struct sctx *c, struct out *o, const struct source *src, int ns,
                     const int *scope, struct carry *cr, int open_end)
{
    const struct source *sp = NULL;
    int quoted = 0, k;
    size_t i;
    for (i = 0; i < c->n; i++)
        quoted |= c->inq[i] || is_quote_mark(c, (long)i);
    for (k = ns - 1; k >= 0 && !sp; k--)
        if (src[k].verb >= 0 && !c->inq[src[k].verb] && !src[k].is_deny && src[k].n)
            sp = &src[k];
    if (sp && quoted) {
        struct source next;
        memset(&next, 0, sizeof(next));
        next.text = source_text(c, sp, &next.span);
        next.is_allege = sp->is_allege;
        next.date = sp->date;
        next.verb = -1;
        /* the quotation open at this sentence's start (or opened again) closes on sp */
        long q0 = c->n && is_quote_mark(c, 0) ? 1 : 0;
        if (cr->npend && (size_t)q0 < c->n && c->inq[q0] && scope[q0] >= 0 && &src[scope[q0]] == sp) {
            for (i = 0; i < cr->npend; i++) {
                struct claim *cl = &o->cl[cr->pend[i]];
                cl->attribution = next.text;
                cl->attribution_span = next.span;
                make_reported(cl, &next);
            }
        }
        cr->src = next;
        cr->npend = 0;
    } else if (!quoted)
        memset(&cr->src, 0, sizeof(cr->src));
    if (!open_end) {
        cr->npend = 0;
        cr->overflow = 0;
    }
    cr->open = open_end;
}

static enum nl_err analyse_sentence(struct sctx *c, struct out *o, uint32_t s,
                                    const struct sentence *se, struct source *src,
                                    int *scope, struct carry *cr, struct nl_error *err)
{
    const struct source *carried = cr->src.text ? &cr->src : NULL;
    int open_end;
    size_t gi;
    long i;
    int ns;

    c->sent = s;
    retag(c);
    find_groups(c);
    for (gi = 0; gi < c->ng; gi++) {
        struct group *g = &c->g[gi];
        if (g->is_inf && gi > 0) {
            const struct group *p = &c->g[gi - 1];
            if (p->e <= g->b && g->b - p->e <= 6 && same_clause(c, (long)p->e, (long)g->b))
                g->ctl = (int)gi - 1;
        }
        mark_reduced(c, gi);
        find_subject(c, gi);
        find_object(c, gi);
    }
    front_participle(c);
    attach_dates(c);
    ns = find_sources(c, src, scope);
    open_end = mark_quoted(c, cr->open);
    sentence_mentions(c, c->men);
    for (i = 0; (size_t)i < c->n; i++) {
        int gi2 = c->group_of[i];
        const struct group *g = gi2 >= 0 ? &c->g[gi2] : NULL;
        const struct source *so = scope[i] >= 0 ? &src[scope[i]]
                                  : c->inq[i] == 2 ? carried
                                                  : NULL;
        struct claim *cl;
        enum claim_kind kind;
        char action[LEMMA_MAX * 2];

        if (g && (long)g->head == i)
            kind = CLAIM_VERB;
        else if (!g && is_event_noun(c, i))
            kind = CLAIM_NOUN;
        else
            continue;
        if (!(cl = new_claim(o, err)))
            return err->code;
        cl->kind = kind;
        cl->sentence = s;
        cl->span = se->span;
        cl->trigger = c->t[i].span;
        memcpy(action, lemma(c, i), LEMMA_MAX); /* NUL-terminated within LEMMA_MAX */
        if (kind == CLAIM_VERB && tag(c, (long)g->e) == POS_RP) {
            size_t len = strlen(action);
            const struct token *p = &c->t[g->e];
            if (len + 1 + p->span.len < sizeof(action)) {
                action[len] = ' ';
                memcpy(action + len + 1, c->text + p->span.off, p->span.len);
                action[len + 1 + p->span.len] = '\0';
            }
        }
        cl->action = dup(c, action, strlen(action));
        if (so && so->n) {
            /* a source never attributes to itself */
            if (i < so->r[0] || i >= so->r[2 * so->n - 1])
                cl->attribution = source_text(c, so, &cl->attribution_span);
            else
                so = NULL;
        } else if (so) {
            cl->attribution = so->text;
            cl->attribution_span = so->span;
        }
        if (kind == CLAIM_VERB) {
            cl->actor = phrase_text(c, g->actor, g->nactor, &cl->actor_span);
            if (g->nactor == 1 && g->actor[1] == g->actor[0] + 1) {
                const struct mention *m = resolved_at(c, c->men, g->actor[0]);
                if (m) {
                    cl->actor_pronoun = cl->actor;
                    cl->actor = m->text;
                    cl->antecedent_span = m->ref;
                }
            }
            cl->object = phrase_text(c, g->object, g->nobject, &cl->object_span);
            verb_modality(c, g, so, cl);
            cl->quantity = find_quantity(c, (long)g->e, (long)g->e + 12);
        } else {
            cl->modality = so ? (so->is_allege ? CLAIM_ALLEGED : CLAIM_REPORTED)
                              : CLAIM_ASSERTED;
            cl->is_negated = is_w(c, i - 1, "no");
        }
        set_date(cl, o, c->tx, kind == CLAIM_VERB ? verb_date(c, g, so, i) : date_of(c, i, 0, (long)c->n, 0));
        /*
         * said inside a quotation that is still open at the sentence's end;
         * one that runs on for more claims than a quotation holds is a
         * stray mark, and none of them waits for a speaker
         */
        if (scope[i] < 0 && c->inq[i] == 2 && open_end && !cr->overflow) {
            if (cr->npend < MAX_PENDING) {
                cr->pend[cr->npend++] = o->n - 1;
            } else {
                cr->npend = 0;
                cr->overflow = 1;
            }
        }
        if (c->is_oom)
            return nl_error_set(err, arena_errcode(c->a), o->art->input,
                                "cannot store claims: %s", nl_strerror(arena_errcode(c->a)));
    }
    carry_on(c, o, src, ns, scope, cr, open_end);
    return NL_OK;
}

/*
 * Whether sentence se repeats, word for word, an earlier one of the
 * article, and remembers it. Pages repeat themselves (a summary or a
 * photo caption that is also the lead, a text dump of a page's meta
 * description): the same statement twice is one claim. Words and numbers
 * up to the first full stop are compared, not punctuation nor what a
 * sentence drags along after its stop ("• ..." and "... | Photo: Archive"
 * around a caption, a menu after a meta description). Short sentences ("He declined.") may say different things
 * twice, so only sentences of six words or more count.
 */
static int is_repeat(const char *text, const struct segmentation *seg,
                     const struct sentence *se, uint64_t *seen, size_t nseen)
{
    uint64_t key = 0, h[2];
    size_t i, nwords = 0, slot;
    for (i = se->tok_begin; i < se->tok_end; i++) {
        const struct token *t = &seg->toks[i];
        if (t->kind == TOK_PUNCT) {
            char ch = text[t->span.off];
            if (t->span.len == 1 && (ch == '.' || ch == '!' || ch == '?') && nwords)
                break; /* what trails a full stop the segmenter kept is not the statement */
            continue;
        }
        hash128(text + t->span.off, t->span.len, h);
        key = hash_mix64(key ^ h[0]);
        nwords++;
    }
    if (nwords < 6)
        return 0;
    key |= 1;
    for (slot = (size_t)(key & (nseen - 1)); seen[slot]; slot = (slot + 1) & (nseen - 1))
        if (seen[slot] == key)
            return 1;
    seen[slot] = key;
    return 0;
}

enum nl_err claims_extract(struct arena *a, const struct article *art,
                           const struct segmentation *seg, const struct timex *tx, size_t ntx,
                           const struct pos_model *pos, const struct lexicon *lex,
                           struct claim **out, size_t *n, struct nl_error *err)
{
    struct out o;
    struct sctx c;
    struct source src[MAX_SOURCES];
    struct carry cr;
    uint64_t *seen = NULL; /* hashes of the sentences read, open addressing */
    size_t nseen = 0;
    int *scope = NULL;
    size_t s, k = 0, longest = 0, i;
    uint32_t body_end = art->body.off + art->body.len;
    int is_tagged = 0;

    *out = NULL;
    *n = 0;
    memset(&o, 0, sizeof(o));
    o.a = a;
    o.art = art;
    if (art->published_day != DAY_NONE) {
        char iso[11];
        day_format(art->published_day, iso);
        if (!(o.dct_value = arena_strdup(a, iso)))
            goto nomem;
    }
    for (i = 0; i < seg->ntoks && !is_tagged; i++)
        is_tagged = seg->toks[i].pos != POS_NONE;
    memset(&c, 0, sizeof(c));
    memset(&cr, 0, sizeof(cr));
    if (is_tagged) {
        for (s = 0; s < seg->nsents; s++)
            if (seg->sents[s].tok_end - seg->sents[s].tok_begin > longest)
                longest = seg->sents[s].tok_end - seg->sents[s].tok_begin;
        c.a = a;
        c.text = art->text;
        c.published = art->published_day;
        c.tx = tx;
        c.pos = pos;
        c.lex = lex;
        c.lemmas = pos_model_lemmas(pos);
        c.txi = arena_calloc(a, longest + 1, sizeof(*c.txi));
        c.lem = arena_calloc(a, longest + 1, sizeof(*c.lem));
        c.g = arena_calloc(a, longest + 1, sizeof(*c.g));
        c.group_of = arena_calloc(a, longest + 1, sizeof(*c.group_of));
        c.tags = arena_calloc(a, longest + 1, sizeof(*c.tags));
        scope = arena_calloc(a, longest + 1, sizeof(*scope));
        c.inq = arena_calloc(a, longest + 1, sizeof(*c.inq));
        c.men = arena_calloc(a, 1, sizeof(*c.men));
        for (nseen = 16; nseen < 2 * seg->nsents; nseen *= 2)
            ;
        seen = arena_calloc(a, nseen, sizeof(*seen));
        if (!seen || !scope || !c.inq || !c.men || !c.group_of || !c.g || !c.lem || !c.txi || !c.tags)
            goto nomem;
    }
    for (s = 0; s < seg->nsents; s++) {
        const struct sentence *se = &seg->sents[s];
        size_t first, j;
        enum nl_err e;

        /* timexes are in text order: skip those before this sentence */
        while (k < ntx && tx[k].span.off + tx[k].span.len <= se->span.off)
            k++;
        first = k;
        j = first;
        while (j < ntx && tx[j].span.off < se->span.off + se->span.len)
            j++;
        if (se->span.off < art->body.off || se->span.off >= body_end ||
            (art->published_span.len && spans_overlap(se->span, art->published_span)) ||
            !is_statement(art->text, seg, se, tx + first, j - first)) {
            memset(&cr, 0, sizeof(cr)); /* a speaker is only handed to the next sentence */
            continue;
        }
        if (seen && is_repeat(art->text, seg, se, seen, nseen))
            continue;
        if (!is_tagged) {
            e = sentence_claims(&o, (uint32_t)s, se, tx, first, j, err);
        } else {
            size_t x;
            c.t = seg->toks + se->tok_begin;
            c.n = se->tok_end - se->tok_begin;
            memset(c.lem, 0, sizeof(*c.lem) * c.n);
            for (i = 0; i < c.n; i++) {
                c.txi[i] = -1;
                for (x = first; x < j; x++)
                    if (spans_overlap(tx[x].span, c.t[i].span))
                        c.txi[i] = (int32_t)x;
            }
            e = analyse_sentence(&c, &o, (uint32_t)s, se, src, scope, &cr, err);
        }
        if (e)
            return e;
    }
    *out = o.cl;
    *n = o.n;
    return NL_OK;
nomem:
    return nl_error_set(err, arena_errcode(a), art->input, "cannot store claims: %s",
                        nl_strerror(arena_errcode(a)));
}
