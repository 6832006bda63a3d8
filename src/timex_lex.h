/*
 * timex_lex.h: internal to the temporal tagger (timex.c, timex_lex.c).
 *
 * The tagger does not work on segment.c's tokens directly but on "items":
 * a token split at inner hyphens ("44-year-old" -> 44 | year | old,
 * "third-quarter" -> third | quarter) and stripped of a possessive "'s"
 * ("today's" -> today, flagged). Each item carries its lexical class from
 * the word tables of timex_lex.c (month, weekday, unit, number word, ...)
 * and, for digits, its numeric reading. The grammar in timex.c looks only
 * at items, never at raw text, except for extents (offsets).
 */
#ifndef TIMEX_LEX_H
#define TIMEX_LEX_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "segment.h"

/* Lexical classes of items (what the word tables say a word is). */
enum lex_class {
    L_NONE = 0,
    L_MONTH,    /* val 1-12 */
    L_WDAY,     /* val 1 (Monday) .. 7 */
    L_UNIT,     /* val enum unit; IF_PLURAL for "days" */
    L_NUMW,     /* number word: val its value; -1 = unknown amount ("several", "few") */
    L_ORDW,     /* ordinal word: val 1.. ("third", "21st") */
    L_REL,      /* last this next past ...: val enum rel */
    L_DEICT,    /* today yesterday tomorrow tonight: val offset code */
    L_REFW,     /* now currently recently ...: val enum ref */
    L_POD,      /* part of day: val enum pod */
    L_SEASON,   /* val enum season */
    L_POS,      /* early late mid earlier later end beginning start middle: val enum posw */
    L_APPROX,   /* nearly around about almost more less least over: val enum approx */
    L_SETADV,   /* daily weekly ...: val enum unit */
    L_EVERY,    /* every each: val 1 every, 2 each */
    L_AMPM,     /* val 0 am, 12 pm */
    L_ZONE,     /* EST GMT ... */
    L_DECW,     /* twenties..nineties: val decade digit (2..9) */
    L_HOLIDAY,  /* val enum holiday */
    L_FUNC,     /* small grammar words: val enum func */
    L_FUTCUE,   /* future cue word (will, shall, scheduled ...) */
    L_DIGITS,   /* plain digits: num, ndigits */
    L_ORDNUM,   /* 21st: num */
    L_DECNUM,   /* 1990s, '90s: num = first year (1990, or 90 for '90s) */
    L_CLOCK,    /* 10:35 (num = hh*60+mm), 10am (flag IF_AMPM_IN, val 0/12) */
    L_FRAC,     /* 1/2: num numerator, val denominator */
    L_ISODATE,  /* 1998-10-23 or 10/23/1998: num = day number */
    L_OTHERNUM, /* 2,000  3.5  and other numbers that are not years or counts of units */
};

enum unit {
    U_NONE, U_SECOND, U_MINUTE, U_HOUR, U_DAY, U_WEEK, U_WEEKEND, U_FORTNIGHT, U_MONTH,
    U_QUARTER, U_HALF, U_YEAR, U_DECADE, U_CENTURY, U_PERIOD, U_SESSION,
};

enum rel {
    R_LAST = 1, R_THIS, R_NEXT, R_PAST, R_COMING, R_PREVIOUS, R_FOLLOWING, R_CURRENT, R_LATEST,
    R_RECENT, R_SAME, R_THAT, R_THESE, R_PRIOR, R_UPCOMING, R_PRECEDING,
};

enum deict { D_TODAY = 1, D_YESTERDAY, D_TOMORROW, D_TONIGHT };

enum ref { REF_NOW = 1, REF_CURRENTLY, REF_RECENTLY, REF_NOWADAYS, REF_FUTURE, REF_PAST, REF_PRESENT,
    REF_FORMERLY, REF_SOON, REF_LATELY, REF_RIGHTNOW };

enum pod { POD_MO = 1, POD_AF, POD_EV, POD_NI, POD_NOON, POD_MIDNIGHT, POD_DAWN, POD_OVERNIGHT };

enum season { SEA_SP = 1, SEA_SU, SEA_FA, SEA_WI };

enum posw { P_EARLY = 1, P_LATE, P_MID, P_EARLIER, P_LATER, P_END, P_BEGINNING, P_START, P_MIDDLE,
    P_CLOSE };

enum approx { A_NEARLY = 1, A_AROUND, A_ABOUT, A_ALMOST, A_MORE, A_LESS, A_LEAST, A_OVER, A_SOME,
    A_ROUGHLY, A_UP, A_MOST, A_FEWER, A_UNDER, A_WITHIN, A_JUST };

enum holiday { H_CHRISTMAS = 1, H_NEWYEAR, H_THANKSGIVING, H_EASTER, H_HALLOWEEN, H_INDEPENDENCE,
    H_ELECTION, H_LABOR, H_MEMORIAL, H_VETERANS };

enum func {
    F_THE = 1, F_A, F_AN, F_OF, F_AND, F_AGO, F_FROM, F_TO, F_THAN, F_AT, F_FOR, F_IN, F_ON,
    F_OTHER, F_YEAR_OLD, F_OLD, F_FISCAL, F_CALENDAR, F_NEAR, F_TIME, F_TIMES, F_BEFORE,
    F_AFTER, F_LATER, F_EARLIER, F_DAY, F_HALF, F_COUPLE, F_DOZEN, F_HUNDRED, F_THOUSAND,
    F_PER, F_OCLOCK, F_SINCE, F_UNTIL, F_BY, F_DURING, F_WITHIN, F_THROUGH, F_BETWEEN,
    F_MAY, F_MARCH, F_NINETEEN, F_TWO_THOUSAND, F_YEAR_END, F_TERM, F_WHILE, F_RECENT,
    F_FUTURE, F_PRESENT, F_PAST, F_ONCE, F_NOW, F_PERCENT, F_NO, F_SAID, F_AS, F_DAYS, F_EVE,
    F_WITH, F_OR, F_ANOTHER, F_LONG, F_PAST_TENSE, F_NEW, F_FULL, F_SHORT, F_FINAL,
};

#define IF_CAP 1         /* starts with a capital */
#define IF_ALLCAPS 2     /* all capitals (headline) */
#define IF_SENT_START 4  /* first item of its sentence */
#define IF_HYPH 8        /* joined to the previous item by a hyphen (same token) */
#define IF_POSS 16       /* a possessive 's followed (not part of the extent) */
#define IF_DOT 32        /* ends with an abbreviation period */
#define IF_PLURAL 64     /* plural unit, weekday ("days", "Mondays") */
#define IF_COMMA_AFTER 128 /* (unused by the lexicon; set by the grammar) */
#define IF_PUNCT 256     /* a punctuation token */
#define IF_NL_BEFORE 512 /* a newline precedes */
#define IF_ABBR 1024     /* an abbreviated month/weekday (Sept, Wed) */
#define IF_AMPM_IN 2048  /* clock with a glued am/pm ("10am") */
#define IF_NUMTOK 4096   /* item comes from a token that starts with a digit */

struct item {
    uint32_t off, len; /* extent in the text (possessive and inner hyphen excluded) */
    uint16_t cls;      /* enum lex_class */
    int16_t val;       /* class value (see enum lex_class) */
    uint16_t flags;    /* IF_* */
    uint8_t ndigits;   /* for L_DIGITS */
    char punct;        /* the character of a one-byte punctuation item, else 0 */
    int32_t num;       /* numeric reading (see enum lex_class) */
    uint32_t sent;     /* sentence index */
    uint32_t tok;      /* token index */
};

/*
 * Build the items of seg's tokens. *out is an arena array of *n items.
 * Returns 0, or -1 when the arena fails.
 */
int timex_items(struct arena *a, const char *text, const struct segmentation *seg,
                struct item **out, size_t *n);

/*
 * Is the item's lower-cased text s (for grammar words outside the tables)?
 * Inline and without strlen: most calls fail at the first byte.
 */
static inline int item_is(const char *text, const struct item *it, const char *s)
{
    const char *t = text + it->off;
    uint32_t i;
    for (i = 0; i < it->len; i++) {
        char c = t[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        if (c != s[i] || !s[i])
            return 0;
    }
    return s[i] == '\0';
}

#endif
