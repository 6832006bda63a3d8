/*
 * segment.c: sentences and tokens of a region of text (segment.h).
 *
 * Two passes, both linear: the tokenizer walks the bytes once and emits
 * spans (words, numbers, punctuation); the sentence pass walks the tokens
 * once and decides where sentences end, looking only at the token before a
 * candidate boundary, the token after it and the whitespace between them.
 *
 * Sentence ends: '.', '!' or '?' (plus closing quotes and brackets) before a
 * capital, digit or opening quote; a blank line; a line that ends without
 * final punctuation when the next line starts with a capital (headlines,
 * menu items, bylines); the dash after a news dateline ("WASHINGTON, March 5
 * (Reuters) -"). An abbreviation's period ends a sentence only when the
 * abbreviation can close one (U.S., Inc., a.m.) and the next word is a
 * typical sentence opener; titles and month abbreviations (Mr., Gen.,
 * Sept.) never do.
 *
 * Deliberately not done here: case folding, hyphen splitting (a hyphenated
 * word stays one token; timex.c looks inside it), part of speech.
 * Bytes that are not valid UTF-8 are treated as letters: the pass never
 * fails on content, only on memory.
 */
#include "segment.h"

#include <pthread.h>
#include <string.h>

#include "banned.h"

/*
 * Byte classes of the tokenizer, one table look-up per byte: space, line
 * feed, digit, upper- and lower-case ASCII letter, byte of a multi-byte
 * UTF-8 sequence (or a stray byte); 0 is ASCII punctuation.
 */
#define B_SPACE 1
#define B_NL 2
#define B_DIGIT 4
#define B_UPPER 8
#define B_LOWER 16
#define B_HIGH 32
#define B_ALPHA (B_UPPER | B_LOWER)
#define B_ALNUM (B_ALPHA | B_DIGIT)

#define BS B_SPACE
#define BN B_NL
#define BD B_DIGIT
#define BU B_UPPER
#define BL B_LOWER
#define BH B_HIGH
static const unsigned char byte_class[256] = {
    BS, 0, 0, 0, 0, 0, 0, 0, 0, BS, BN, BS, BS, BS, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    BS, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    BD, BD, BD, BD, BD, BD, BD, BD, BD, BD, 0, 0, 0, 0, 0, 0,
    0, BU, BU, BU, BU, BU, BU, BU, BU, BU, BU, BU, BU, BU, BU, BU,
    BU, BU, BU, BU, BU, BU, BU, BU, BU, BU, BU, 0, 0, 0, 0, 0,
    0, BL, BL, BL, BL, BL, BL, BL, BL, BL, BL, BL, BL, BL, BL, BL,
    BL, BL, BL, BL, BL, BL, BL, BL, BL, BL, BL, 0, 0, 0, 0, 0,
    BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH,
    BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH,
    BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH,
    BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH,
    BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH,
    BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH,
    BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH,
    BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH, BH,
};
#undef BS
#undef BN
#undef BD
#undef BU
#undef BL
#undef BH

/*
 * What a multi-byte UTF-8 character at s is for the tokenizer: 's' space
 * (NBSP, U+2000..U+200F, U+202F, U+3000), 'q' an apostrophe-like quote
 * (U+2019, inner apostrophe when between letters), 'p' punctuation
 * (U+00A1..U+00BF, U+2010..U+205F), 'a' anything else (a letter). *n gets
 * its length in bytes (1 for a stray byte).
 */
static int high_kind(const unsigned char *s, const unsigned char *end, size_t *n)
{
    unsigned char c = s[0];
    size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    size_t i;

    if ((size_t)(end - s) < len)
        len = 1;
    for (i = 1; i < len; i++)
        if ((s[i] & 0xC0) != 0x80) {
            len = 1;
            break;
        }
    *n = len;
    if (len == 2 && c == 0xC2) {
        if (s[1] == 0xA0)
            return 's';
        if (s[1] >= 0xA1 && s[1] <= 0xBF)
            return 'p';
    }
    if (len == 3 && c == 0xE2 && s[1] == 0x80) {
        if (s[2] <= 0x8F || s[2] == 0xAF)
            return 's';
        if (s[2] == 0x99)
            return 'q';
        return 'p';
    }
    if (len == 3 && c == 0xE2 && s[1] == 0x81 && s[2] <= 0x9F)
        return 'p';
    if (len == 3 && c == 0xE3 && s[1] == 0x80 && s[2] == 0x80)
        return 's';
    if (len == 3 && c == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
        return 's'; /* byte order mark */
    return 'a';
}

/*
 * Abbreviations that take a period (compared without it, case-insensitive).
 * 'T': title or other word that never ends a sentence (Mr. Smith, Sept. 5,
 * No. 2); 'E': may end one (Inc., Co., Jr., etc.).
 */
struct abbrev {
    const char *word;
    char kind;
};

static const struct abbrev abbrevs[] = {
    {"adm", 'T'},   {"apr", 'T'},   {"aug", 'T'},  {"ave", 'E'},   {"bros", 'E'},
    {"capt", 'T'},  {"cmdr", 'T'},  {"co", 'E'},   {"col", 'T'},   {"corp", 'E'},
    {"cpl", 'T'},   {"dec", 'T'},   {"dept", 'E'}, {"dr", 'T'},    {"esq", 'E'},
    {"etc", 'E'},   {"feb", 'T'},   {"fig", 'T'},  {"fri", 'E'},   {"ft", 'T'},
    {"gen", 'T'},   {"gov", 'T'},   {"hon", 'T'},  {"inc", 'E'},   {"jan", 'T'},
    {"jr", 'E'},    {"jul", 'T'},   {"jun", 'T'},  {"lt", 'T'},    {"ltd", 'E'},
    {"maj", 'T'},   {"mar", 'T'},   {"messrs", 'T'}, {"mon", 'E'}, {"mr", 'T'},
    {"mrs", 'T'},   {"ms", 'T'},    {"mt", 'T'},   {"no", 'T'},    {"nos", 'T'},
    {"nov", 'T'},   {"oct", 'T'},   {"op", 'T'},   {"pfc", 'T'},   {"ph", 'T'},
    {"plc", 'E'},   {"pp", 'T'},    {"prof", 'T'}, {"pvt", 'T'},   {"rep", 'T'},
    {"reps", 'T'},  {"rev", 'T'},   {"sat", 'E'},  {"sen", 'T'},   {"sens", 'T'},
    {"sep", 'T'},   {"sept", 'T'},  {"sgt", 'T'},  {"sr", 'E'},    {"st", 'T'},
    {"sun", 'E'},   {"supt", 'T'},  {"thu", 'E'},  {"thurs", 'E'}, {"tue", 'E'},
    {"tues", 'E'},  {"u.s", 'E'},   {"vs", 'T'},   {"wed", 'E'},
};

/*
 * Lookup of abbrevs[] by the word's lower-cased bytes packed into an integer
 * with its length (words of up to 7 bytes): a 256-slot open-addressing table
 * built once, so the test costs a few instructions per word before a period.
 */
#define ABBR_SLOTS 256
static uint64_t abbr_keys[ABBR_SLOTS]; /* 0 = empty */
static char abbr_kinds[ABBR_SLOTS];
static pthread_once_t abbr_once = PTHREAD_ONCE_INIT;

/* s[0..n), n < 8, lower-cased, one byte each, and n in the top byte. */
static uint64_t abbr_key(const char *s, size_t n)
{
    uint64_t k = (uint64_t)n << 56;
    size_t i;
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        k |= (uint64_t)(c >= 'A' && c <= 'Z' ? c + 32 : c) << (8 * i);
    }
    return k;
}

static unsigned abbr_slot(uint64_t k)
{
    return (unsigned)((k * 0x9E3779B97F4A7C15ull) >> 56);
}

static void abbr_build(void)
{
    size_t i;
    for (i = 0; i < NL_ARRAY_LEN(abbrevs); i++) {
        uint64_t k = abbr_key(abbrevs[i].word, strlen(abbrevs[i].word));
        unsigned h = abbr_slot(k);
        while (abbr_keys[h])
            h = (h + 1) & (ABBR_SLOTS - 1);
        abbr_keys[h] = k;
        abbr_kinds[h] = abbrevs[i].kind;
    }
}

/* Kind of the abbreviation s[0..n) (without its period, any case), or 0. */
static char abbrev_kind(const char *s, size_t n)
{
    uint64_t k;
    unsigned h;

    if (n == 0 || n >= 8)
        return 0;
    pthread_once(&abbr_once, abbr_build);
    k = abbr_key(s, n);
    for (h = abbr_slot(k); abbr_keys[h]; h = (h + 1) & (ABBR_SLOTS - 1))
        if (abbr_keys[h] == k)
            return abbr_kinds[h];
    return 0;
}

/*
 * Words that typically open a sentence: after an abbreviation that may end
 * one ("... the U.S. The talks ..."), a following capital ends the sentence
 * only when it is one of these (a proper noun usually continues it).
 */
static const char *const openers[] = {
    "A", "After", "An", "And", "As", "At", "But", "By", "For", "He", "Her", "His", "However",
    "I", "If", "In", "It", "Its", "No", "On", "One", "Our", "She", "So", "That", "The",
    "Their", "There", "These", "They", "This", "Those", "To", "We", "What", "When", "While",
    "Yet", "You",
};

static int is_opener(const char *s, size_t n)
{
    size_t i;
    for (i = 0; i < NL_ARRAY_LEN(openers); i++)
        if (openers[i][0] == s[0] && strlen(openers[i]) == n && !memcmp(openers[i], s, n))
            return 1;
    return 0;
}

struct seg_state {
    struct arena *a;
    const char *text;
    struct token *toks;
    size_t ntoks, cap;
};

/* Room for one more token (the slow path of push_token). */
static int grow_tokens(struct seg_state *st)
{
    size_t ncap = st->cap ? st->cap * 2 : 256;
    struct token *nt = arena_grow_raw(st->a, st->toks, st->ntoks, ncap, sizeof(*nt));
    if (!nt)
        return -1;
    st->toks = nt;
    st->cap = ncap;
    return 0;
}

static inline int push_token(struct seg_state *st, uint32_t off, uint32_t len, int kind, int flags)
{
    struct token *t;
    if (st->ntoks == st->cap && grow_tokens(st))
        return -1;
    t = &st->toks[st->ntoks++];
    t->span.off = off;
    t->span.len = len;
    t->kind = (uint8_t)kind;
    t->flags = (uint8_t)flags;
    t->pos = 0;
    return 0;
}

#define IS_UPPER(c) ((c) >= 'A' && (c) <= 'Z')
#define IS_LOWER(c) ((c) >= 'a' && (c) <= 'z')
#define IS_DIGIT(c) ((c) >= '0' && (c) <= '9')

/* Letter or digit at p (multi-byte letters count), for inner-joiner checks. */
static int alnum_at(const unsigned char *p, const unsigned char *end)
{
    size_t n;
    if (p >= end)
        return 0;
    if (byte_class[*p] & B_ALNUM)
        return 1;
    return *p >= 0x80 && high_kind(p, end, &n) == 'a';
}

/*
 * Advance over ASCII letters and digits from p (the bytes whose class has
 * B_ALNUM); returns the first other byte, or end. Eight bytes at a time where
 * the compiler has a count-trailing-zeros and bytes load little-endian: one
 * branch per word instead of one per byte, and none of the mispredicted loop
 * exits that ending every word on a byte test costs.
 */
static inline const unsigned char *skip_ascii_alnum(const unsigned char *p,
                                                    const unsigned char *end)
{
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t highs = 0x8080808080808080ull;
    while (end - p >= 8) {
        uint64_t x, low7, fold, digit, letter, stop;
        memcpy(&x, p, 8);
        low7 = x & ~highs;
        /* per byte, high bit set when low7 is in a range: b + (0x80 - lo) reaches
           0x80 from lo on, b + (0x7F - hi) passes hi; no carry crosses a byte */
        digit = (low7 + 0x5050505050505050ull) & ~(low7 + 0x4646464646464646ull);
        fold = low7 | 0x2020202020202020ull; /* A-Z to a-z, and no other byte into a-z */
        letter = (fold + 0x1F1F1F1F1F1F1F1Full) & ~(fold + 0x0505050505050505ull);
        stop = ~((digit | letter) & ~x) & highs; /* bytes >= 0x80 stop too */
        if (stop)
            return p + (__builtin_ctzll(stop) >> 3);
        p += 8;
    }
#endif
    while (p < end && (byte_class[*p] & B_ALNUM))
        p++;
    return p;
}

/* Advance over letters/digits (and multi-byte letters) from p; returns the new p. */
static inline const unsigned char *scan_alnum(const unsigned char *p, const unsigned char *end)
{
    size_t n;
    for (;;) {
        p = skip_ascii_alnum(p, end);
        if (p < end && *p >= 0x80 && high_kind(p, end, &n) == 'a') {
            p += n;
            continue;
        }
        return p;
    }
}

/*
 * Two or more ASCII letters in s[0..e), all upper-case (a headline word,
 * an acronym)? Stops at the first lower-case letter.
 */
static int all_caps(const unsigned char *s, const unsigned char *e)
{
    int nupper = 0;
    for (; s < e; s++) {
        if (IS_LOWER(*s))
            return 0;
        nupper += IS_UPPER(*s);
    }
    return nupper >= 2;
}

/* Tokenize text[b..e) into st. */
static int tokenize(struct seg_state *st, size_t b, size_t e)
{
    const unsigned char *base = (const unsigned char *)st->text;
    const unsigned char *p = base + b, *end = base + e;
    int nl_before = 0;
    size_t n;

    while (p < end) {
        unsigned k = byte_class[*p];
        const unsigned char *start = p;
        int kind, flags = 0;

        if (k & (B_SPACE | B_NL)) {
            nl_before |= k == B_NL;
            p++;
            continue;
        }
        if (k == B_HIGH) {
            int hk = high_kind(p, end, &n);
            if (hk == 's') {
                p += n;
                continue;
            }
            if (hk != 'a') {
                p += n;
                if (push_token(st, (uint32_t)(start - base), (uint32_t)(p - start), TOK_PUNCT,
                               nl_before ? TOKF_NL_BEFORE : 0))
                    return -1;
                nl_before = 0;
                continue;
            }
            k = B_LOWER; /* a letter (not an ASCII capital) */
        }
        if (k & B_ALNUM) {
            int has_dot = 0;
            kind = k == B_DIGIT ? TOK_NUM : TOK_WORD;
            for (;;) {
                unsigned char c;
                if (kind == TOK_NUM && IS_DIGIT(*p)) {
                    /* digits with inner , . : / before a digit (2,000 10:35 3.5 9/11) */
                    while (p < end && IS_DIGIT(*p)) {
                        p++;
                        if (p + 1 < end && (*p == ',' || *p == '.' || *p == ':' || *p == '/') &&
                            IS_DIGIT(p[1]))
                            p++;
                    }
                }
                p = scan_alnum(p, end);
                if (p >= end)
                    break;
                c = *p;
                /* inner hyphen or apostrophe before a letter or digit */
                if ((c == '-' || c == '\'') && alnum_at(p + 1, end)) {
                    if (c == '-')
                        flags |= TOKF_HYPHEN;
                    p++;
                    continue;
                }
                if (c == 0xE2 && high_kind(p, end, &n) == 'q' && alnum_at(p + n, end)) {
                    p += n;
                    continue;
                }
                /* inner period of an initialism: U.S., a.m., Ph.D. (short parts only) */
                if (c == '.' && kind == TOK_WORD && p + 1 < end &&
                    (byte_class[p[1]] & B_ALPHA) && (p - start <= 2 || has_dot)) {
                    const unsigned char *r = p + 1;
                    while (r < end && (byte_class[*r] & B_ALPHA))
                        r++;
                    if (r - (p + 1) <= 2) {
                        has_dot = 1;
                        p++;
                        continue;
                    }
                }
                break;
            }
            if (kind == TOK_WORD) {
                /* a lower-case first letter rules out all capitals */
                if (IS_UPPER(*start))
                    flags |= TOKF_CAP;
                if (!IS_LOWER(*start) && all_caps(start, p))
                    flags |= TOKF_ALLCAPS;
                /* a final period that belongs to the word */
                if (p < end && *p == '.') {
                    size_t wl = (size_t)(p - start);
                    int single = wl == 1 && (byte_class[*start] & B_ALPHA);
                    if (has_dot || single || abbrev_kind((const char *)start, wl)) {
                        p++;
                        flags |= TOKF_ABBREV;
                    }
                }
            }
        } else {
            /* punctuation: one byte, or a run of dashes or of dots */
            kind = TOK_PUNCT;
            p++;
            if (*start == '-' || *start == '.' || *start == '`' || *start == '\'')
                while (p < end && *p == *start)
                    p++;
        }
        if (nl_before)
            flags |= TOKF_NL_BEFORE;
        nl_before = 0;
        if (push_token(st, (uint32_t)(start - base), (uint32_t)(p - start), kind, flags))
            return -1;
        /* the one space that usually follows, without a trip through the byte classes */
        if (p < end && *p == ' ')
            p++;
    }
    return 0;
}

static int tok_is(const char *text, const struct token *t, const char *s)
{
    size_t n = strlen(s);
    return t->span.len == n && !memcmp(text + t->span.off, s, n);
}

/* Closing punctuation that stays with the sentence before a boundary. */
static int is_closer(const char *text, const struct token *t)
{
    const unsigned char *s = (const unsigned char *)text + t->span.off;
    if (t->kind != TOK_PUNCT)
        return 0;
    if (t->span.len == 1)
        return *s == '"' || *s == '\'' || *s == ')' || *s == ']';
    if (t->span.len == 2 && s[0] == '\'' && s[1] == '\'')
        return 1;
    /* ” ’ */
    return t->span.len == 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x9D || s[2] == 0x99);
}

/* '' or the right double quotation mark: quotes that only close. */
static int is_right_double_quote(const char *text, const struct token *t)
{
    const unsigned char *s = (const unsigned char *)text + t->span.off;
    return t->kind == TOK_PUNCT &&
           ((t->span.len == 2 && s[0] == '\'' && s[1] == '\'') ||
            (t->span.len == 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0x9D));
}

/* Can token t open a sentence: a capital, a digit, an opening quote or bracket. */
static int can_open(const char *text, const struct token *t)
{
    const unsigned char *s = (const unsigned char *)text + t->span.off;
    if (t->kind == TOK_NUM)
        return 1;
    if (t->kind == TOK_WORD)
        return (t->flags & TOKF_CAP) || *s >= 0x80;
    if (*s == '"' || *s == '(' || *s == '[' || *s == '`' || *s == '\'')
        return 1;
    return t->span.len == 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x9C || s[2] == 0x98);
}

/* Does the gap between two tokens hold a blank line? */
static int blank_line_between(const char *text, uint32_t from, uint32_t to)
{
    int nl = 0;
    uint32_t i;
    for (i = from; i < to; i++) {
        char c = text[i];
        if (c == '\n') {
            if (++nl == 2)
                return 1;
        } else if (c != ' ' && c != '\t' && c != '\r') {
            nl = 0;
        }
    }
    return 0;
}

/*
 * Is t the dash of a dateline ("WASHINGTON, March 5 (Reuters) -",
 * "NAIROBI, Kenya (AP) _")? i is t's index, first the first token of the
 * current sentence: the sentence must open with an all-caps word and the
 * dash must come within a dozen tokens, on the same line.
 */
static int is_dateline_dash(const char *text, const struct token *toks, size_t first, size_t i)
{
    const struct token *t = &toks[i];
    const char *s = text + t->span.off;
    size_t j;
    int ok = 0;

    if (t->kind != TOK_PUNCT || i == first || i - first > 12)
        return 0;
    if (*s == '-' || *s == '_')
        ok = t->span.len <= 2;
    else if (t->span.len == 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
             ((unsigned char)s[2] == 0x93 || (unsigned char)s[2] == 0x94))
        ok = 1;
    if (!ok || !(toks[first].flags & TOKF_ALLCAPS))
        return 0;
    for (j = first + 1; j <= i; j++)
        if (toks[j].flags & TOKF_NL_BEFORE)
            return 0;
    /* the dash is followed by text on the same line, or by a line break */
    return 1;
}

enum nl_err segment_text(struct arena *a, const char *text, size_t text_len, struct span region,
                         struct segmentation *out, struct nl_error *err)
{
    struct seg_state st = {a, text, NULL, 0, 0};
    struct sentence *sents = NULL;
    size_t nsents = 0, scap = 0, i, first = 0;
    size_t b = region.off, e = (size_t)region.off + region.len;

    memset(out, 0, sizeof(*out));
    if (b > text_len)
        b = text_len;
    if (e > text_len)
        e = text_len;
    if (e > UINT32_MAX)
        e = UINT32_MAX;
    if (b < e) {
        /* about one token per five bytes of news text */
        st.cap = (e - b) / 5 + 16;
        st.toks = arena_array_raw(a, st.cap, sizeof(*st.toks)); /* push_token fills them */
        if (!st.toks || tokenize(&st, b, e))
            goto oom;
    }
    for (i = 0; i < st.ntoks; i++) {
        struct token *t;
        int end_here = 0;
        size_t last;

        /* Most tokens end nothing: a word or number that is no abbreviation, with the
           next token on the same line, passes every test below without effect (each
           needs punctuation, TOKF_ABBREV or a line break before the next token). */
        while (i + 1 < st.ntoks && st.toks[i].kind != TOK_PUNCT &&
               !((st.toks[i].flags & TOKF_ABBREV) | (st.toks[i + 1].flags & TOKF_NL_BEFORE)))
            i++;
        t = &st.toks[i];
        last = i; /* last token of the sentence if it ends after i */

        if (i + 1 == st.ntoks) {
            end_here = 1;
        } else {
            struct token *nx = &st.toks[i + 1];
            const char *s = text + t->span.off;
            int final = t->kind == TOK_PUNCT && (*s == '.' || *s == '!' || *s == '?');

            if (final) {
                /*
                 * closing quotes and brackets after the mark stay in this
                 * sentence; one that only closes ('' and the right double
                 * quote) also after a space on the same line ("it once. ''",
                 * as pre-tokenised text writes it)
                 */
                while (i + 1 < st.ntoks && is_closer(text, &st.toks[i + 1]) &&
                       (st.toks[i + 1].span.off == st.toks[i].span.off + st.toks[i].span.len ||
                        (is_right_double_quote(text, &st.toks[i + 1]) &&
                         !(st.toks[i + 1].flags & TOKF_NL_BEFORE))))
                    i++;
                t = &st.toks[i];
                s = text + t->span.off;
                last = i;
                if (i + 1 == st.ntoks) {
                    end_here = 1;
                    goto decided;
                }
                nx = &st.toks[i + 1];
                end_here = can_open(text, nx) || (nx->flags & TOKF_NL_BEFORE);
            } else if (t->flags & TOKF_ABBREV) {
                char kind = abbrev_kind(s, t->span.len - 1);
                int initial = t->span.len == 2;
                if (kind == 'T' || (initial && (t->flags & TOKF_CAP)))
                    end_here = blank_line_between(text, t->span.off + t->span.len, nx->span.off);
                else
                    end_here = (nx->flags & TOKF_NL_BEFORE) ||
                               (nx->kind == TOK_WORD && is_opener(text + nx->span.off, nx->span.len));
            }
            if (!end_here && (nx->flags & TOKF_NL_BEFORE)) {
                if (blank_line_between(text, t->span.off + t->span.len, nx->span.off)) {
                    end_here = 1;
                } else if (can_open(text, nx)) {
                    /* a line without final punctuation: a headline, a menu item */
                    int joins = t->kind == TOK_PUNCT && strchr(",;:-(&/", *s);
                    if (t->kind == TOK_WORD && !(t->flags & TOKF_CAP) && t->span.len <= 4) {
                        static const char *const glue[] = {"a", "an", "and", "at", "by",
                                                           "for", "from", "in", "of", "on",
                                                           "or", "the", "to", "with"};
                        size_t g;
                        for (g = 0; g < NL_ARRAY_LEN(glue); g++)
                            if (tok_is(text, t, glue[g]))
                                joins = 1;
                    }
                    end_here = !joins;
                }
            }
            if (!end_here && is_dateline_dash(text, st.toks, first, i))
                end_here = 1;
        }
    decided:
        if (end_here) {
            struct sentence *s;
            if (nsents == scap) {
                size_t ncap = scap ? scap * 2 : 64;
                /* raw: every field of a sentence is set as it is added */
                struct sentence *ns = arena_grow_raw(a, sents, nsents, ncap, sizeof(*ns));
                if (!ns)
                    goto oom;
                sents = ns;
                scap = ncap;
            }
            s = &sents[nsents++];
            s->span.off = st.toks[first].span.off;
            s->span.len = st.toks[last].span.off + st.toks[last].span.len - s->span.off;
            s->tok_begin = (uint32_t)first;
            s->tok_end = (uint32_t)(last + 1);
            st.toks[first].flags |= TOKF_SENT_START;
            first = last + 1;
        }
    }
    out->sents = sents;
    out->nsents = nsents;
    out->toks = st.toks;
    out->ntoks = st.ntoks;
    return NL_OK;
oom:
    return nl_error_set(err, arena_errcode(a), NULL, "cannot segment text: %s",
                        nl_strerror(arena_errcode(a)));
}
