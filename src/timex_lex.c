/*
 * timex_lex.c: the word tables of the temporal tagger and the item builder
 * (timex_lex.h).
 *
 * Rules as data: every English word the grammar in timex.c cares about is
 * one row below, with its class and value. The rows are general English
 * (calendar words, number words, determiners, cue verbs), written from
 * grammar books and the TIMEX3 guidelines, not lifted from any corpus.
 * Lookup is a case-insensitive open-addressing hash built once
 * (pthread_once), so the one pass over a text costs one hash probe per word.
 */
#include "timex_lex.h"

#include <pthread.h>
#include <string.h>

#include "interval.h"
#include "banned.h"

struct lex_row {
    const char *word; /* lower case */
    uint16_t cls;
    int16_t val;
    uint16_t flags; /* IF_PLURAL, IF_ABBR */
};

static const struct lex_row lex_rows[] = {
    /* months; abbreviations need a capital and a period or a number after them */
    {"january", L_MONTH, 1, 0}, {"february", L_MONTH, 2, 0}, {"march", L_MONTH, 3, 0},
    {"april", L_MONTH, 4, 0}, {"may", L_MONTH, 5, 0}, {"june", L_MONTH, 6, 0},
    {"july", L_MONTH, 7, 0}, {"august", L_MONTH, 8, 0}, {"september", L_MONTH, 9, 0},
    {"october", L_MONTH, 10, 0}, {"november", L_MONTH, 11, 0}, {"december", L_MONTH, 12, 0},
    {"jan", L_MONTH, 1, IF_ABBR}, {"feb", L_MONTH, 2, IF_ABBR}, {"mar", L_MONTH, 3, IF_ABBR},
    {"apr", L_MONTH, 4, IF_ABBR}, {"jun", L_MONTH, 6, IF_ABBR}, {"jul", L_MONTH, 7, IF_ABBR},
    {"aug", L_MONTH, 8, IF_ABBR}, {"sep", L_MONTH, 9, IF_ABBR}, {"sept", L_MONTH, 9, IF_ABBR},
    {"oct", L_MONTH, 10, IF_ABBR}, {"nov", L_MONTH, 11, IF_ABBR}, {"dec", L_MONTH, 12, IF_ABBR},
    /* weekdays */
    {"monday", L_WDAY, 1, 0}, {"tuesday", L_WDAY, 2, 0}, {"wednesday", L_WDAY, 3, 0},
    {"thursday", L_WDAY, 4, 0}, {"friday", L_WDAY, 5, 0}, {"saturday", L_WDAY, 6, 0},
    {"sunday", L_WDAY, 7, 0},
    {"mondays", L_WDAY, 1, IF_PLURAL}, {"tuesdays", L_WDAY, 2, IF_PLURAL},
    {"wednesdays", L_WDAY, 3, IF_PLURAL}, {"thursdays", L_WDAY, 4, IF_PLURAL},
    {"fridays", L_WDAY, 5, IF_PLURAL}, {"saturdays", L_WDAY, 6, IF_PLURAL},
    {"sundays", L_WDAY, 7, IF_PLURAL},
    {"mon", L_WDAY, 1, IF_ABBR}, {"tue", L_WDAY, 2, IF_ABBR}, {"tues", L_WDAY, 2, IF_ABBR},
    {"wed", L_WDAY, 3, IF_ABBR}, {"thu", L_WDAY, 4, IF_ABBR}, {"thur", L_WDAY, 4, IF_ABBR},
    {"thurs", L_WDAY, 4, IF_ABBR}, {"fri", L_WDAY, 5, IF_ABBR}, {"sat", L_WDAY, 6, IF_ABBR},
    {"sun", L_WDAY, 7, IF_ABBR},
    /* units */
    {"seconds", L_UNIT, U_SECOND, IF_PLURAL},
    {"minute", L_UNIT, U_MINUTE, 0}, {"minutes", L_UNIT, U_MINUTE, IF_PLURAL},
    {"min", L_UNIT, U_MINUTE, IF_ABBR}, {"mins", L_UNIT, U_MINUTE, IF_PLURAL | IF_ABBR},
    {"hour", L_UNIT, U_HOUR, 0}, {"hours", L_UNIT, U_HOUR, IF_PLURAL},
    {"hr", L_UNIT, U_HOUR, IF_ABBR}, {"hrs", L_UNIT, U_HOUR, IF_PLURAL | IF_ABBR},
    {"day", L_UNIT, U_DAY, 0}, {"days", L_UNIT, U_DAY, IF_PLURAL},
    {"week", L_UNIT, U_WEEK, 0}, {"weeks", L_UNIT, U_WEEK, IF_PLURAL},
    {"weekend", L_UNIT, U_WEEKEND, 0}, {"weekends", L_UNIT, U_WEEKEND, IF_PLURAL},
    {"fortnight", L_UNIT, U_FORTNIGHT, 0}, {"fortnights", L_UNIT, U_FORTNIGHT, IF_PLURAL},
    {"month", L_UNIT, U_MONTH, 0}, {"months", L_UNIT, U_MONTH, IF_PLURAL},
    {"quarter", L_UNIT, U_QUARTER, 0}, {"quarters", L_UNIT, U_QUARTER, IF_PLURAL},
    {"half", L_UNIT, U_HALF, 0}, {"halves", L_UNIT, U_HALF, IF_PLURAL},
    {"year", L_UNIT, U_YEAR, 0}, {"years", L_UNIT, U_YEAR, IF_PLURAL},
    {"yr", L_UNIT, U_YEAR, IF_ABBR}, {"yrs", L_UNIT, U_YEAR, IF_PLURAL | IF_ABBR},
    {"decade", L_UNIT, U_DECADE, 0}, {"decades", L_UNIT, U_DECADE, IF_PLURAL},
    {"century", L_UNIT, U_CENTURY, 0}, {"centuries", L_UNIT, U_CENTURY, IF_PLURAL},
    {"period", L_UNIT, U_PERIOD, 0}, {"periods", L_UNIT, U_PERIOD, IF_PLURAL},
    /* number words (val -1: an unknown amount) */
    {"zero", L_NUMW, 0, 0}, {"one", L_NUMW, 1, 0}, {"two", L_NUMW, 2, 0},
    {"three", L_NUMW, 3, 0}, {"four", L_NUMW, 4, 0}, {"five", L_NUMW, 5, 0},
    {"six", L_NUMW, 6, 0}, {"seven", L_NUMW, 7, 0}, {"eight", L_NUMW, 8, 0},
    {"nine", L_NUMW, 9, 0}, {"ten", L_NUMW, 10, 0}, {"eleven", L_NUMW, 11, 0},
    {"twelve", L_NUMW, 12, 0}, {"thirteen", L_NUMW, 13, 0}, {"fourteen", L_NUMW, 14, 0},
    {"fifteen", L_NUMW, 15, 0}, {"sixteen", L_NUMW, 16, 0}, {"seventeen", L_NUMW, 17, 0},
    {"eighteen", L_NUMW, 18, 0}, {"nineteen", L_NUMW, 19, 0}, {"twenty", L_NUMW, 20, 0},
    {"thirty", L_NUMW, 30, 0}, {"forty", L_NUMW, 40, 0}, {"fifty", L_NUMW, 50, 0},
    {"sixty", L_NUMW, 60, 0}, {"seventy", L_NUMW, 70, 0}, {"eighty", L_NUMW, 80, 0},
    {"ninety", L_NUMW, 90, 0},
    {"several", L_NUMW, -1, 0}, {"few", L_NUMW, -1, 0}, {"many", L_NUMW, -1, 0},
    {"some", L_APPROX, A_SOME, 0},
    /* ordinals */
    {"first", L_ORDW, 1, 0}, {"second", L_ORDW, 2, 0}, {"third", L_ORDW, 3, 0},
    {"fourth", L_ORDW, 4, 0}, {"fifth", L_ORDW, 5, 0}, {"sixth", L_ORDW, 6, 0},
    {"seventh", L_ORDW, 7, 0}, {"eighth", L_ORDW, 8, 0}, {"ninth", L_ORDW, 9, 0},
    {"tenth", L_ORDW, 10, 0}, {"eleventh", L_ORDW, 11, 0}, {"twelfth", L_ORDW, 12, 0},
    {"thirteenth", L_ORDW, 13, 0}, {"fourteenth", L_ORDW, 14, 0},
    {"fifteenth", L_ORDW, 15, 0}, {"sixteenth", L_ORDW, 16, 0}, {"seventeenth", L_ORDW, 17, 0},
    {"eighteenth", L_ORDW, 18, 0}, {"nineteenth", L_ORDW, 19, 0}, {"twentieth", L_ORDW, 20, 0},
    {"thirtieth", L_ORDW, 30, 0},
    /* relative determiners */
    {"last", L_REL, R_LAST, 0}, {"this", L_REL, R_THIS, 0}, {"next", L_REL, R_NEXT, 0},
    {"past", L_REL, R_PAST, 0}, {"coming", L_REL, R_COMING, 0},
    {"previous", L_REL, R_PREVIOUS, 0}, {"following", L_REL, R_FOLLOWING, 0},
    {"current", L_REL, R_CURRENT, 0}, {"latest", L_REL, R_LATEST, 0},
    {"recent", L_REL, R_RECENT, 0}, {"same", L_REL, R_SAME, 0}, {"corresponding", L_REL, R_SAME, 0},
    {"comparable", L_REL, R_SAME, 0}, {"that", L_REL, R_THAT, 0},
    {"these", L_REL, R_THESE, 0}, {"prior", L_REL, R_PRIOR, 0},
    {"upcoming", L_REL, R_UPCOMING, 0}, {"preceding", L_REL, R_PRECEDING, 0},
    /* deictic days */
    {"today", L_DEICT, D_TODAY, 0}, {"yesterday", L_DEICT, D_YESTERDAY, 0},
    {"tomorrow", L_DEICT, D_TOMORROW, 0}, {"tonight", L_DEICT, D_TONIGHT, 0},
    /* vague references */
    {"now", L_REFW, REF_NOW, 0}, {"currently", L_REFW, REF_CURRENTLY, 0},
    {"recently", L_REFW, REF_RECENTLY, 0}, {"nowadays", L_REFW, REF_NOWADAYS, 0},
    {"future", L_REFW, REF_FUTURE, 0}, {"present", L_REFW, REF_PRESENT, 0},
    {"formerly", L_REFW, REF_FORMERLY, 0}, {"soon", L_REFW, REF_SOON, 0},
    {"lately", L_REFW, REF_LATELY, 0}, {"right", L_REFW, REF_RIGHTNOW, 0},
    /* parts of day */
    {"morning", L_POD, POD_MO, 0}, {"mornings", L_POD, POD_MO, IF_PLURAL},
    {"afternoon", L_POD, POD_AF, 0}, {"afternoons", L_POD, POD_AF, IF_PLURAL},
    {"evening", L_POD, POD_EV, 0}, {"evenings", L_POD, POD_EV, IF_PLURAL},
    {"night", L_POD, POD_NI, 0}, {"nights", L_POD, POD_NI, IF_PLURAL},
    {"noon", L_POD, POD_NOON, 0}, {"midday", L_POD, POD_NOON, 0},
    {"midnight", L_POD, POD_MIDNIGHT, 0}, {"dawn", L_POD, POD_DAWN, 0},
    {"overnight", L_POD, POD_OVERNIGHT, 0},
    /* seasons */
    {"spring", L_SEASON, SEA_SP, 0}, {"summer", L_SEASON, SEA_SU, 0},
    {"autumn", L_SEASON, SEA_FA, 0}, {"fall", L_SEASON, SEA_FA, 0},
    {"winter", L_SEASON, SEA_WI, 0},
    /* position in a period */
    {"early", L_POS, P_EARLY, 0}, {"late", L_POS, P_LATE, 0}, {"mid", L_POS, P_MID, 0},
    {"earlier", L_POS, P_EARLIER, 0}, {"later", L_POS, P_LATER, 0}, {"end", L_POS, P_END, 0},
    {"beginning", L_POS, P_BEGINNING, 0}, {"start", L_POS, P_START, 0},
    {"middle", L_POS, P_MIDDLE, 0}, {"close", L_POS, P_CLOSE, 0},
    /* approximators */
    {"nearly", L_APPROX, A_NEARLY, 0}, {"around", L_APPROX, A_AROUND, 0},
    {"about", L_APPROX, A_ABOUT, 0}, {"almost", L_APPROX, A_ALMOST, 0},
    {"more", L_APPROX, A_MORE, 0}, {"less", L_APPROX, A_LESS, 0},
    {"least", L_APPROX, A_LEAST, 0}, {"over", L_APPROX, A_OVER, 0},
    {"roughly", L_APPROX, A_ROUGHLY, 0}, {"approximately", L_APPROX, A_ROUGHLY, 0},
    {"up", L_APPROX, A_UP, 0}, {"most", L_APPROX, A_MOST, 0}, {"fewer", L_APPROX, A_FEWER, 0},
    {"under", L_APPROX, A_UNDER, 0}, {"just", L_APPROX, A_JUST, 0},
    /* set adverbs */
    {"daily", L_SETADV, U_DAY, 0}, {"weekly", L_SETADV, U_WEEK, 0},
    {"monthly", L_SETADV, U_MONTH, 0}, {"yearly", L_SETADV, U_YEAR, 0},
    {"hourly", L_SETADV, U_HOUR, 0}, {"nightly", L_SETADV, U_DAY, 0},
    /* "annually" and "quarterly" are left out: annotators tagged them 2 times in 6 and
       1 in 11 (timex3.md section 1: tag a word only when more often tagged than not) */
    {"every", L_EVERY, 1, 0}, {"each", L_EVERY, 2, 0},
    /* clock words; zones: val 1 = UTC (written "Z" in the value) */
    {"am", L_AMPM, 0, 0}, {"a.m", L_AMPM, 0, 0}, {"pm", L_AMPM, 12, 0}, {"p.m", L_AMPM, 12, 0},
    {"est", L_ZONE, 0, 0}, {"edt", L_ZONE, 0, 0}, {"cst", L_ZONE, 0, 0}, {"cdt", L_ZONE, 0, 0},
    {"mst", L_ZONE, 0, 0}, {"mdt", L_ZONE, 0, 0}, {"pst", L_ZONE, 0, 0}, {"pdt", L_ZONE, 0, 0},
    {"gmt", L_ZONE, 1, 0}, {"utc", L_ZONE, 1, 0}, {"bst", L_ZONE, 0, 0}, {"cet", L_ZONE, 0, 0},
    /* decades in words */
    {"twenties", L_DECW, 2, 0}, {"thirties", L_DECW, 3, 0}, {"forties", L_DECW, 4, 0},
    {"fifties", L_DECW, 5, 0}, {"sixties", L_DECW, 6, 0}, {"seventies", L_DECW, 7, 0},
    {"eighties", L_DECW, 8, 0}, {"nineties", L_DECW, 9, 0},
    /* holidays */
    {"christmas", L_HOLIDAY, H_CHRISTMAS, 0}, {"thanksgiving", L_HOLIDAY, H_THANKSGIVING, 0},
    {"easter", L_HOLIDAY, H_EASTER, 0}, {"halloween", L_HOLIDAY, H_HALLOWEEN, 0},
    /* US holidays named "<word> Day" (the grammar requires "Day") */
    {"independence", L_HOLIDAY, H_INDEPENDENCE, 0}, {"election", L_HOLIDAY, H_ELECTION, 0},
    {"labor", L_HOLIDAY, H_LABOR, 0}, {"memorial", L_HOLIDAY, H_MEMORIAL, 0},
    {"veterans", L_HOLIDAY, H_VETERANS, 0},
    /* grammar words */
    {"the", L_FUNC, F_THE, 0}, {"a", L_FUNC, F_A, 0}, {"an", L_FUNC, F_AN, 0},
    {"of", L_FUNC, F_OF, 0}, {"and", L_FUNC, F_AND, 0}, {"ago", L_FUNC, F_AGO, 0},
    {"from", L_FUNC, F_FROM, 0}, {"to", L_FUNC, F_TO, 0}, {"than", L_FUNC, F_THAN, 0},
    {"at", L_FUNC, F_AT, 0}, {"for", L_FUNC, F_FOR, 0}, {"in", L_FUNC, F_IN, 0},
    {"on", L_FUNC, F_ON, 0}, {"other", L_FUNC, F_OTHER, 0}, {"old", L_FUNC, F_OLD, 0},
    {"fiscal", L_FUNC, F_FISCAL, 0}, {"calendar", L_FUNC, F_CALENDAR, 0},
    {"near", L_FUNC, F_NEAR, 0}, {"time", L_FUNC, F_TIME, 0}, {"times", L_FUNC, F_TIMES, 0},
    {"before", L_FUNC, F_BEFORE, 0}, {"after", L_FUNC, F_AFTER, 0},
    {"couple", L_FUNC, F_COUPLE, 0}, {"dozen", L_FUNC, F_DOZEN, 0},
    {"dozens", L_FUNC, F_DOZEN, 0}, {"hundred", L_FUNC, F_HUNDRED, 0},
    {"hundreds", L_FUNC, F_HUNDRED, 0}, {"thousand", L_FUNC, F_THOUSAND, 0},
    {"thousands", L_FUNC, F_THOUSAND, 0}, {"per", L_FUNC, F_PER, 0},
    {"o'clock", L_FUNC, F_OCLOCK, 0}, {"since", L_FUNC, F_SINCE, 0},
    {"until", L_FUNC, F_UNTIL, 0}, {"till", L_FUNC, F_UNTIL, 0}, {"by", L_FUNC, F_BY, 0},
    {"during", L_FUNC, F_DURING, 0}, {"within", L_FUNC, F_WITHIN, 0},
    {"through", L_FUNC, F_THROUGH, 0}, {"between", L_FUNC, F_BETWEEN, 0},
    {"term", L_FUNC, F_TERM, 0}, {"while", L_FUNC, F_WHILE, 0}, {"once", L_FUNC, F_ONCE, 0},
    {"percent", L_FUNC, F_PERCENT, 0}, {"no", L_FUNC, F_NO, 0}, {"as", L_FUNC, F_AS, 0},
    {"eve", L_FUNC, F_EVE, 0}, {"with", L_FUNC, F_WITH, 0}, {"or", L_FUNC, F_OR, 0},
    {"another", L_FUNC, F_ANOTHER, 0}, {"new", L_FUNC, F_NEW, 0}, {"full", L_FUNC, F_FULL, 0},
    {"entire", L_FUNC, F_FULL, 0}, {"whole", L_FUNC, F_FULL, 0}, {"long", L_FUNC, F_LONG, 0},
    {"short", L_FUNC, F_SHORT, 0}, {"final", L_FUNC, F_FINAL, 0},
    /* future cues (timex3.md section 8.2): the bare auxiliaries and cue verbs */
    {"will", L_FUTCUE, 0, 0}, {"shall", L_FUTCUE, 0, 0}, {"'ll", L_FUTCUE, 0, 0},
    {"scheduled", L_FUTCUE, 0, 0}, {"schedule", L_FUTCUE, 0, 0}, {"expected", L_FUTCUE, 0, 0},
    {"expects", L_FUTCUE, 0, 0}, {"plan", L_FUTCUE, 0, 0}, {"plans", L_FUTCUE, 0, 0},
    {"planned", L_FUTCUE, 0, 0}, {"planning", L_FUTCUE, 0, 0}, {"due", L_FUTCUE, 0, 0},
    {"going", L_FUTCUE, 0, 0}, {"set", L_FUTCUE, 0, 0}, {"slated", L_FUTCUE, 0, 0},
    {"intends", L_FUTCUE, 0, 0}, {"won't", L_FUTCUE, 0, 0},
};

/*
 * Lookup without copying or hashing byte by byte: a word of at most 16 bytes
 * is two 8-byte keys, its first and its last 8 bytes (overlapping, or the
 * second 0 for a word of at most 8), lower-cased 8 bytes at a time. Keys and
 * length compare equal exactly when the lower-cased words do, so a probe
 * never touches the word's bytes again. One multiply of the keys picks the
 * home slot of a 4096-slot table (8 KB, under 10% full, so nearly every
 * word is alone at its home slot). A lookup reads the home slot's entry and
 * compares it without a branch; it walks on (linear probing) only when the
 * slot is marked as the home of a word that had to be put further on. A
 * miss reads entry 0, all zero: L_NONE, no value, no flags, and a length no
 * word has. Whether a word is in the table is a coin toss a branch would
 * mispredict (about two words in five are: "the", "of", "year" ...).
 */
#define LEX_SLOTS 4096      /* power of two, several times the rows */
#define LEX_SLOT_BITS 12
#define LEX_KEY_MAX 16      /* longest word the keys can hold */
#define LEX_MOVED 0x8000u   /* slot flag: a word with this home slot lies further on */

struct lex_key {
    uint64_t k1, k2; /* lower-cased first 8 and last 8 bytes (k2 0 for <= 8 bytes) */
    uint32_t len;    /* bytes of the word */
};

struct lex_entry {
    struct lex_key key;
    uint16_t cls;   /* the row's class, value and flags */
    int16_t val;
    uint16_t flags;
};

static struct lex_entry lex_entries[NL_ARRAY_LEN(lex_rows) + 1]; /* [0]: the miss entry */
static uint16_t lex_slot[LEX_SLOTS]; /* entry index (0 = empty) | LEX_MOVED */
static size_t lex_max_len;           /* longest word in the table */
static pthread_once_t lex_once = PTHREAD_ONCE_INIT;

/*
 * The 8-byte key of s[0..n), n <= 8, lower-cased (bytes beyond n are zero).
 * Reads 8 bytes at once when s + 8 <= limit, else byte by byte.
 *
 * Lower-casing is one OR of 0x20 into every byte. That is exact for what a
 * word item can hold: the tokenizer puts only ASCII letters and digits, the
 * joiners ' - . and bytes >= 0x80 in words, and 0x20 is already set in
 * digits, the joiners and lower-case letters. No other byte can become a
 * letter or a joiner that way (those would be control bytes, which are
 * never inside a word), and a byte >= 0x80 stays one, so it matches no
 * (ASCII) table word before or after.
 */
static inline uint64_t load_key(const char *s, size_t n, const char *limit)
{
    uint64_t x;
    if (limit - s >= 8) {
        memcpy(&x, s, 8);
    } else {
        char b[8] = {0};
        memcpy(b, s, n);
        memcpy(&x, b, 8);
    }
    x |= 0x2020202020202020ull;
    if (n < 8) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
        x &= ~(uint64_t)0 << (8 * (8 - n));
#else
        x &= ((uint64_t)1 << (8 * n)) - 1;
#endif
    }
    return x;
}

/* Keys of s[0..n), 1 <= n <= LEX_KEY_MAX; limit bounds the bytes that may be read. */
static inline void word_key(const char *s, size_t n, const char *limit, struct lex_key *k)
{
    if (n <= 8) {
        k->k1 = load_key(s, n, limit);
        k->k2 = 0;
    } else {
        k->k1 = load_key(s, 8, limit);
        k->k2 = load_key(s + n - 8, 8, limit);
    }
    k->len = (uint32_t)n;
}

static inline uint64_t key_hash(const struct lex_key *k)
{
    return (k->k1 ^ (k->k2 * 0xC2B2AE3D27D4EB4Full) ^ k->len) * 0x9E3779B97F4A7C15ull;
}

static inline int key_eq(const struct lex_key *a, const struct lex_key *b)
{
    /* & rather than &&: three compares and no branch */
    return (a->k1 == b->k1) & (a->k2 == b->k2) & (a->len == b->len);
}

static void lex_build(void)
{
    size_t r;
    for (r = 0; r < NL_ARRAY_LEN(lex_rows); r++) {
        const char *w = lex_rows[r].word;
        size_t n = strlen(w);
        struct lex_entry *e = &lex_entries[r + 1];
        uint32_t home, slot;
        int is_dup = 0;

        if (n == 0 || n > LEX_KEY_MAX)
            continue; /* cannot be looked up: keep words to LEX_KEY_MAX bytes */
        if (n > lex_max_len)
            lex_max_len = n;
        word_key(w, n, w + n, &e->key);
        e->cls = lex_rows[r].cls;
        e->val = lex_rows[r].val;
        e->flags = lex_rows[r].flags;
        home = (uint32_t)(key_hash(&e->key) >> (64 - LEX_SLOT_BITS));
        for (slot = home; lex_slot[slot]; slot = (slot + 1) & (LEX_SLOTS - 1))
            if (key_eq(&lex_entries[lex_slot[slot] & ~LEX_MOVED].key, &e->key))
                is_dup = 1; /* a word listed twice: the first row wins */
        if (is_dup)
            continue;
        if (slot != home)
            lex_slot[home] |= LEX_MOVED;
        lex_slot[slot] = (uint16_t)(lex_slot[slot] | (r + 1));
    }
}

/* The entry of the word with keys k (case-insensitive), or the miss entry 0. */
static inline const struct lex_entry *lex_lookup(const struct lex_key *k)
{
    uint32_t slot = (uint32_t)(key_hash(k) >> (64 - LEX_SLOT_BITS));
    unsigned v = lex_slot[slot];
    const struct lex_entry *e = &lex_entries[v & ~LEX_MOVED];
    unsigned hit = (unsigned)key_eq(&e->key, k);

    if (!(v & LEX_MOVED)) /* nearly always: the word is at its home slot or absent */
        return &lex_entries[(v & ~LEX_MOVED) * hit];
    if (hit)
        return e;
    for (slot = (slot + 1) & (LEX_SLOTS - 1); (v = lex_slot[slot]) != 0;
         slot = (slot + 1) & (LEX_SLOTS - 1)) {
        e = &lex_entries[v & ~LEX_MOVED];
        if (key_eq(&e->key, k))
            return e;
    }
    return &lex_entries[0];
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Parse n digits at s; -1 if any is not a digit. */
static int32_t digits_val(const char *s, size_t n)
{
    int32_t v = 0;
    size_t i;
    if (n == 0 || n > 9)
        return -1;
    for (i = 0; i < n; i++) {
        if (!is_digit(s[i]))
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

/* "1980's" or "1980’s": four digits ending in 0, then an apostrophe and s. */
static int is_decade_year(const char *s, size_t n)
{
    size_t k = 0;
    while (k < n && k < 4 && is_digit(s[k]))
        k++;
    if (k != 4 || s[3] != '0')
        return 0;
    if (n == 6 && s[4] == '\'' && s[5] == 's')
        return 1;
    return n == 8 && (unsigned char)s[4] == 0xE2 && (unsigned char)s[5] == 0x80 &&
           (unsigned char)s[6] == 0x99 && s[7] == 's';
}

/* Classify an item that starts with a digit (or an apostrophe before digits). */
static void classify_number(const char *s, size_t n, struct item *it)
{
    size_t d = 0;
    int32_t v;

    it->cls = L_OTHERNUM;
    if (n && s[0] == '\'') {
        /* '90s */
        if (n == 4 && is_digit(s[1]) && is_digit(s[2]) && s[3] == 's') {
            it->cls = L_DECNUM;
            it->num = digits_val(s + 1, 2);
            it->val = 2; /* two-digit form */
        }
        return;
    }
    while (d < n && is_digit(s[d]))
        d++;
    v = digits_val(s, d);
    if (v < 0)
        return;
    /* 70s (decade or age: the grammar decides) */
    if (d == 2 && n == 3 && s[2] == 's' && v % 10 == 0) {
        it->cls = L_DECNUM;
        it->num = v;
        it->val = 3; /* two digits without the apostrophe */
        return;
    }
    if (d == n) {
        it->cls = L_DIGITS;
        it->num = v;
        it->ndigits = (uint8_t)d;
        return;
    }
    /* 1990s, 1990's (decade), 21st, 10am */
    if (d == 4 && v % 10 == 0 && ((n == 5 && s[4] == 's') || is_decade_year(s, n))) {
        it->cls = L_DECNUM;
        it->num = v;
        it->val = 4;
        return;
    }
    if (n - d == 2) {
        char a = (char)(s[d] | 0x20), b = (char)(s[d + 1] | 0x20);
        if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
            (a == 't' && b == 'h')) {
            it->cls = L_ORDNUM;
            it->num = v;
            return;
        }
        if ((a == 'a' || a == 'p') && b == 'm' && v >= 1 && v <= 12) {
            it->cls = L_CLOCK;
            it->num = v * 60;
            it->val = a == 'p' ? 12 : 0;
            it->flags |= IF_AMPM_IN;
            return;
        }
    }
    /* 10:35, 10:35:20 */
    if (d >= 1 && d <= 2 && s[d] == ':' && n >= d + 3 && is_digit(s[d + 1]) && is_digit(s[d + 2]) &&
        (n == d + 3 || (n == d + 6 && s[d + 3] == ':'))) {
        int32_t mm = digits_val(s + d + 1, 2);
        if (v <= 24 && mm < 60) {
            it->cls = L_CLOCK;
            it->num = v * 60 + mm;
            it->val = -1;
        }
        return;
    }
    /* 1/2, 10/23/1998, 10/23/98 */
    if (s[d] == '/') {
        size_t e = d + 1, f;
        int32_t v2, v3;
        while (e < n && is_digit(s[e]))
            e++;
        v2 = digits_val(s + d + 1, e - d - 1);
        if (e == n && v2 > 0 && v < v2 && v2 <= 16 && d == 1) {
            it->cls = L_FRAC;
            it->num = v;
            it->val = (int16_t)v2;
            return;
        }
        if (e < n && s[e] == '/') {
            f = e + 1;
            v3 = digits_val(s + f, n - f);
            if (n - f == 2)
                v3 += v3 < 30 ? 2000 : 1900;
            if (v2 > 0 && v3 >= 1000 && (n - f == 2 || n - f == 4) && ymd_is_valid(v3, v, v2)) {
                it->cls = L_ISODATE;
                it->num = day_from_ymd(v3, v, v2);
            }
        }
    }
}

/*
 * Classify one item: text[off..off+len) (possessive and hyphens already cut).
 * Bytes before limit may be read (for 8-byte loads).
 */
#if defined(__GNUC__)
__attribute__((always_inline)) /* once per word: the call costs as much as the lookup */
#endif
static inline void classify(const char *text, struct item *it, const char *limit)
{
    const char *s = text + it->off;
    size_t n = it->len;
    const struct lex_entry *e;
    struct lex_key k;

    if (n && s[n - 1] == '.') {
        it->flags |= IF_DOT;
        n--;
    }
    if (n == 0)
        return;
    if (is_digit(s[0]) || (s[0] == '\'' && n > 1 && is_digit(s[1]))) {
        it->flags |= IF_NUMTOK;
        classify_number(s, n, it);
        return;
    }
    if (n > lex_max_len) {
        /* he'll, they'll: a future auxiliary glued to its subject */
        if (s[n - 1] == 'l' && s[n - 2] == 'l' && s[n - 3] == '\'')
            it->cls = L_FUTCUE;
        return;
    }
    word_key(s, n, limit, &k);
    e = lex_lookup(&k);
    /* copied whether found or not (a miss is the zero entry): no branch on it */
    it->cls = e->cls;
    it->val = e->val;
    it->flags |= e->flags;
    /* he'll, they'll (any case, like the table words) */
    if (n > 3 && s[n - 3] == '\'' && (s[n - 2] | 0x20) == 'l' && (s[n - 1] | 0x20) == 'l' &&
        e == &lex_entries[0])
        it->cls = L_FUTCUE;
}

/* Room for one more item (the slow path: the first guess of the count was short). */
static int grow_items(struct arena *a, struct item **items, size_t n, size_t *cap)
{
    size_t ncap = *cap ? *cap * 2 : 256;
    struct item *ni = arena_grow_raw(a, *items, n, ncap, sizeof(*ni));
    if (!ni)
        return -1;
    *items = ni;
    *cap = ncap;
    return 0;
}

/* Fill x as an item of text[off..off+len) with no class yet. */
static inline void item_start(struct item *x, uint32_t off, uint32_t len, uint16_t flags,
                              size_t sent, size_t tok)
{
    x->off = off;
    x->len = len;
    x->cls = L_NONE;
    x->val = 0;
    x->flags = flags;
    x->ndigits = 0;
    x->punct = 0;
    x->num = 0;
    x->sent = (uint32_t)sent;
    x->tok = (uint32_t)tok;
}

/* Is s[0..n) an ISO date "YYYY-MM-DD"? Its day number, or DAY_NONE. */
static int32_t iso_date(const char *s, size_t n)
{
    int32_t y, m, d;
    if (n != 10 || s[4] != '-' || s[7] != '-')
        return DAY_NONE;
    y = digits_val(s, 4);
    m = digits_val(s + 5, 2);
    d = digits_val(s + 8, 2);
    if (y < 1000 || m < 0 || d < 0 || !ymd_is_valid(y, m, d))
        return DAY_NONE;
    return day_from_ymd(y, m, d);
}

/* timex_items copies these token flags to items as they are */
_Static_assert(TOKF_SENT_START == IF_SENT_START && TOKF_ALLCAPS == IF_ALLCAPS,
               "token and item flags share these bits");

int timex_items(struct arena *a, const char *text, const struct segmentation *seg,
                struct item **out, size_t *n)
{
    struct item *items = NULL;
    size_t nitems = 0, cap = 0, si = 0, t, ntoks = seg->ntoks, nsents = seg->nsents;
    size_t sent_end; /* first token after sentence si (SIZE_MAX for the last one) */
    const struct token *toks = seg->toks;
    const char *limit; /* end of the last token: 8-byte loads stay before it */

    pthread_once(&lex_once, lex_build);
    *out = NULL;
    *n = 0;
    if (!ntoks)
        return 0;
    cap = ntoks + ntoks / 8 + 16;
    items = arena_array_raw(a, cap, sizeof(*items)); /* each filled whole before use */
    if (!items)
        return -1;
    limit = text + toks[ntoks - 1].span.off + toks[ntoks - 1].span.len;
    sent_end = nsents > 1 ? seg->sents[0].tok_end : SIZE_MAX;
    for (t = 0; t < ntoks; t++) {
        const struct token *tok = &toks[t];
        const char *s = text + tok->span.off;
        uint32_t end = tok->span.off + tok->span.len, p = tok->span.off;
        /* TOKF_SENT_START is IF_SENT_START's bit; TOKF_NL_BEFORE moves to IF_NL_BEFORE's */
        uint16_t base = (uint16_t)((tok->flags & TOKF_SENT_START) |
                                   ((tok->flags & TOKF_NL_BEFORE) ? IF_NL_BEFORE : 0));
        /* what a part that opens with a capital gets (TOKF_ALLCAPS is IF_ALLCAPS's bit) */
        uint16_t capf = (uint16_t)(IF_CAP | (tok->flags & TOKF_ALLCAPS));
        struct item *part;
        int first = 1;

        if (t >= sent_end) {
            while (si + 1 < nsents && t >= seg->sents[si].tok_end)
                si++;
            sent_end = si + 1 < nsents ? seg->sents[si].tok_end : SIZE_MAX;
        }
        if (nitems == cap && grow_items(a, &items, nitems, &cap))
            return -1;
        if (tok->kind == TOK_PUNCT) {
            part = &items[nitems++];
            if (tok->span.len == 1 && s[0] == '\'' && t + 1 < ntoks &&
                toks[t + 1].kind == TOK_NUM && toks[t + 1].span.off == end &&
                toks[t + 1].span.len == 3 && text[end + 2] == 's') {
                /* "the '80s": the apostrophe of a two-digit decade is part of the word */
                item_start(part, tok->span.off, 4, base, si, t);
                classify(text, part, limit);
                t++;
                continue;
            }
            item_start(part, tok->span.off, tok->span.len, (uint16_t)(base | IF_PUNCT), si, t);
            part->punct = tok->span.len == 1 ? s[0] : (s[0] == '-' ? '-' : '~');
            if (tok->span.len == 3 && (unsigned char)s[0] == 0xE2 &&
                (unsigned char)s[1] == 0x80 && ((unsigned char)s[2] == 0x93 ||
                (unsigned char)s[2] == 0x94))
                part->punct = '-';
            continue;
        }
        if (tok->kind == TOK_NUM && tok->span.len == 10) {
            int32_t day = iso_date(s, tok->span.len);
            if (day != DAY_NONE) {
                part = &items[nitems++];
                item_start(part, tok->span.off, tok->span.len, (uint16_t)(base | IF_NUMTOK), si,
                           t);
                part->cls = L_ISODATE;
                part->num = day;
                continue;
            }
        }
        /* split at inner hyphens (not at the first or last byte of the rest); cut a final
           possessive. Most tokens have no hyphen (the segmenter says which): one part, no
           byte scan. */
        while (p < end) {
            uint32_t q = end;
            if (tok->flags & TOKF_HYPHEN) {
                q = p;
                for (;;) {
                    while (q < end && text[q] != '-')
                        q++;
                    if (q < end && (q == p || q + 1 == end)) {
                        q++;
                        continue;
                    }
                    break;
                }
            }
            if (nitems == cap && grow_items(a, &items, nitems, &cap))
                return -1;
            part = &items[nitems++];
            item_start(part, p, q - p, first ? base : (uint16_t)IF_HYPH, si, t);
            if (q == end && (part->len == 6 || part->len == 8) && is_digit(text[part->off]) &&
                is_decade_year(text + part->off, part->len)) {
                /* (the length and first-digit tests first: this runs for every word) */
                /* "the 1980's" is a decade, not the year 1980's something */
            } else if (q == end) {
                const char *e = text + q;
                if (part->len > 2 && e[-2] == '\'' && (e[-1] == 's' || e[-1] == 'S')) {
                    part->len -= 2;
                    part->flags |= IF_POSS;
                } else if (part->len > 4 && (unsigned char)e[-4] == 0xE2 &&
                           (unsigned char)e[-3] == 0x80 && (unsigned char)e[-2] == 0x99 &&
                           e[-1] == 's') {
                    part->len -= 4;
                    part->flags |= IF_POSS;
                } else if (part->len > 2 && e[-1] == '\'' && e[-2] == 's') {
                    part->len -= 1; /* years' time */
                    part->flags |= IF_POSS;
                }
            }
            /* a select, not a branch: one word in five or so opens with a capital */
            part->flags |= part->len && (unsigned char)(text[part->off] - 'A') < 26 ? capf : 0;
            classify(text, part, limit);
            first = 0;
            p = q < end ? q + 1 : q;
        }
    }
    *out = items;
    *n = nitems;
    return 0;
}
