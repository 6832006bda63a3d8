/*
 * timex.c: the temporal tagger (timex.h): find TIMEX3 expressions in a
 * segmented text, classify them and normalise them against the DCT.
 *
 * One pass, left to right, over the items of timex_lex.c (tokens split at
 * hyphens, each with its class from the word tables). At each item that can
 * open a temporal expression, every core rule below is tried and the
 * longest match wins; the tagger then emits it and continues after it, so
 * expressions never overlap and nothing is scanned twice. There is no
 * per-pattern scan of the text.
 *
 * Rules are small functions over item classes ("MONTH DAY , YEAR",
 * "last UNIT", "NUMBER UNIT ago"); each names itself (for --explain) and
 * says whether a leading "the" belongs to it (TimeML: "the third quarter",
 * "the 1990s" take it, "the Aug. 7 bombings" does not). Extents follow the
 * TempEval-3 conventions measured in ../shared/notes/timex3.md (section 4):
 * prepositions stay out, "ago" and "earlier" go in, "later"/"after" stay
 * out of event-anchored durations, approximators other than "about" go in.
 *
 * Resolution (section 8 of the notes): weekdays name the most recent such
 * day, the DCT day included, or tomorrow, unless a future cue ("will",
 * "scheduled", "expected" ...) precedes them in the sentence; months
 * without a year fall in the window (DCT-9 months, DCT+3 months]; last/this/
 * next shift the DCT by one unit; year-ago phrases subtract a year from the
 * last period mentioned (earnings copy); narrative phrases ("the next day",
 * "that day", "the following Monday") resolve against the last day
 * mentioned. Without a DCT, relative values keep X padding.
 *
 * Deliberately not done: events, temporal links, parsing. The tense cue is
 * a surface check of the words before the expression; when the tokens carry
 * POS tags (struct token.pos, set by doc.c or `newsline tag --pos`), the
 * tense of the nearest finite verb refines it (pos_tense()). Untagged text
 * gets the surface cues alone.
 */
#include "timex.h"

#include <stdio.h>
#include <string.h>

#include "interval.h"
#include "pos.h"
#include "timex_lex.h"
#include "banned.h"

#define NO_YEAR (-1)
#ifndef MODAL_K
#define MODAL_K 9
#endif
#ifndef MONTH_REACH
#define MONTH_REACH 80
#endif


/* A match under construction. */
struct m {
    size_t b, e;          /* items [b, e) */
    enum timex_type type;
    char value[48];
    const char *mod;
    const char *quant;
    const char *freq;
    const char *rule;
    const char *cue;
    int anchor;           /* TIMEX_ANCHOR_* or index of an earlier timex */
    int is_yearago;       /* a year-ago phrase: never an anchor itself */
    int takes_the;        /* a leading "the" belongs to the extent */
    int32_t point_day;    /* for "[two days] later": the day pointed to, or DAY_NONE */
};

struct ctx {
    struct arena *a;
    const char *text;
    const struct item *it;
    size_t n;
    const struct token *toks; /* the segmentation's tokens when POS-tagged, else NULL */
    int32_t dct;          /* DAY_NONE when unknown */
    int dy, dm, dd, dwd;  /* DCT as y-m-d and ISO weekday */
    struct timex *out;
    size_t nout, cap;
    int last_day;         /* index in out of the last timex naming one day, or -1 */
    int last_period;      /* last timex with an interval that is not a year-ago phrase */
    int last_quarter;     /* last timex naming a quarter ("1989-Q3"), not a year-ago phrase */
    int last_point;       /* last DATE/TIME with an interval, of any size, not a year-ago phrase */
};

/* ---- item access ---- */

/* Item j if it exists and lies in sentence sent, else NULL. */
static const struct item *at(const struct ctx *c, size_t j, uint32_t sent)
{
    if (j >= c->n || c->it[j].sent != sent)
        return NULL;
    return &c->it[j];
}

static int is_cls(const struct ctx *c, size_t j, uint32_t sent, int cls)
{
    const struct item *t = at(c, j, sent);
    return t && t->cls == cls;
}

static int is_func(const struct ctx *c, size_t j, uint32_t sent, int f)
{
    const struct item *t = at(c, j, sent);
    return t && t->cls == L_FUNC && t->val == f;
}

static int is_punct(const struct ctx *c, size_t j, uint32_t sent, char p)
{
    const struct item *t = at(c, j, sent);
    return t && (t->flags & IF_PUNCT) && t->punct == p;
}

static int is_word(const struct ctx *c, size_t j, uint32_t sent, const char *w)
{
    const struct item *t = at(c, j, sent);
    return t && item_is(c->text, t, w);
}

/* "half" (listed as a unit) */
static int is_half(const struct ctx *c, size_t j, uint32_t sent)
{
    return is_cls(c, j, sent, L_UNIT) && c->it[j].val == U_HALF && !(c->it[j].flags & IF_PLURAL);
}

/* A capitalised (or all-caps headline) item: month and weekday names need one. */
static int is_capitalised(const struct item *t)
{
    return (t->flags & IF_CAP) != 0;
}

/* ---- value writers ---- */

static void v_day(struct m *m, int32_t day)
{
    if (day == DAY_NONE) {
        snprintf(m->value, sizeof(m->value), "XXXX-XX-XX");
        return;
    }
    day_format(day, m->value);
}

/*
 * The decimal digits of v >= 0 at p, zero-padded to width ("%0*d"); returns
 * the end. The common values (days, months, years, durations) are written
 * with it: an snprintf call costs about 1,000 instructions, and values are
 * written for most candidate matches.
 */
static char *put_num(char *p, int v, int width)
{
    char d[12];
    int n = 0;
    do {
        d[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n < width)
        d[n++] = '0';
    while (n)
        *p++ = d[--n];
    return p;
}

/* "YYYY" (or "XXXX" for NO_YEAR) at p; y >= NO_YEAR. Returns the end. */
static char *put_year(char *p, int y)
{
    if (y != NO_YEAR)
        return put_num(p, y, 4);
    memcpy(p, "XXXX", 4);
    return p + 4;
}

static void v_ymd(struct m *m, int y, int mo, int d)
{
    char *p;
    if (y < NO_YEAR || mo < 0 || d < 0) {
        snprintf(m->value, sizeof(m->value), "%04d-%02d-%02d", y, mo, d);
        return;
    }
    p = put_year(m->value, y);
    *p++ = '-';
    p = put_num(p, mo, 2);
    *p++ = '-';
    p = put_num(p, d, 2);
    *p = '\0';
}

static void v_month(struct m *m, int y, int mo)
{
    char *p;
    if (y < NO_YEAR || mo < 0) {
        snprintf(m->value, sizeof(m->value), "%04d-%02d", y, mo);
        return;
    }
    p = put_year(m->value, y);
    *p++ = '-';
    p = put_num(p, mo, 2);
    *p = '\0';
}

static void v_year(struct m *m, int y)
{
    if (y < NO_YEAR) {
        snprintf(m->value, sizeof(m->value), "%04d", y);
        return;
    }
    *put_year(m->value, y) = '\0';
}

static void v_week(struct m *m, int32_t day)
{
    int iy, iw;
    if (day == DAY_NONE) {
        snprintf(m->value, sizeof(m->value), "XXXX-WXX");
        return;
    }
    day_iso_week(day, &iy, &iw);
    snprintf(m->value, sizeof(m->value), "%04d-W%02d", iy, iw);
}

static void v_quarter(struct m *m, int y, int q)
{
    if (y == NO_YEAR)
        snprintf(m->value, sizeof(m->value), "XXXX-Q%d", q);
    else
        snprintf(m->value, sizeof(m->value), "%04d-Q%d", y, q);
}

static void v_half(struct m *m, int y, int h)
{
    if (y == NO_YEAR)
        snprintf(m->value, sizeof(m->value), "XXXX-H%d", h);
    else
        snprintf(m->value, sizeof(m->value), "%04d-H%d", y, h);
}

static const char *const season_code[] = {"", "SP", "SU", "FA", "WI"};

static void v_season(struct m *m, int y, int s)
{
    if (y == NO_YEAR)
        snprintf(m->value, sizeof(m->value), "XXXX-%s", season_code[s]);
    else
        snprintf(m->value, sizeof(m->value), "%04d-%s", y, season_code[s]);
}

static void v_str(struct m *m, const char *s)
{
    snprintf(m->value, sizeof(m->value), "%s", s);
}

/* Append a suffix (a part of day "TMO", a clock "T10:35") to a day value. */
static void v_append(struct m *m, const char *suffix)
{
    size_t n = strlen(m->value);
    snprintf(m->value + n, sizeof(m->value) - n, "%s", suffix);
}

static const char *const pod_code[] = {"", "TMO", "TAF", "TEV", "TNI", "T12:00", "T24",
                                       "TMO", "TNI"};

/* ---- DCT arithmetic ---- */

static int has_dct(const struct ctx *c)
{
    return c->dct != DAY_NONE;
}

static int32_t dct_plus(const struct ctx *c, int days)
{
    return has_dct(c) ? c->dct + days : DAY_NONE;
}

/* Quarter (1-4) of month mo. */
static int quarter_of(int mo)
{
    return (mo - 1) / 3 + 1;
}

/* Season of month mo and the year its label carries (winter = December's year). */
static int season_of(int y, int mo, int *sy)
{
    *sy = y;
    if (mo >= 3 && mo <= 5)
        return SEA_SP;
    if (mo >= 6 && mo <= 8)
        return SEA_SU;
    if (mo >= 9 && mo <= 11)
        return SEA_FA;
    if (mo <= 2)
        *sy = y - 1;
    return SEA_WI;
}

/*
 * The day a bare weekday names (timex3.md 8.1): the most recent such day,
 * the DCT day included, or tomorrow; after a future cue, the next one (the
 * DCT day included); after a past cue, never tomorrow.
 */
static int32_t weekday_day(const struct ctx *c, int wd, char cue)
{
    int delta;
    if (!has_dct(c))
        return DAY_NONE;
    delta = ((wd - c->dwd) % 7 + 7) % 7; /* 0..6 days ahead */
    if (cue == 'f')
        return c->dct + delta;
    if (delta == 0)
        return c->dct;
    if (delta == 1 && cue != 'p')
        return c->dct + 1;
    return c->dct + delta - 7;
}

/*
 * Year of a month named without a year: the month offset from the DCT lies
 * in (k-12, k], k = 3 (timex3.md 8.3: 92% right), 11 after a future cue,
 * 6 after a deadline preposition ("by February", "effective Feb. 1"),
 * MODAL_K ('m') after a modal that governs it ("should be completed in
 * October": looks ahead, but a month just past stays this year: "as laid
 * down by the Feb. 23 accord" after "could"),
 * 2 ('P') when the POS tags put the clause in the past tense ("In January,
 * the company brought in a new chief": not next January), 0 ('S') after
 * "since" (a point already past). A surface "-ed"
 * word is no such guide (often a participle or another clause's verb).
 */
static int month_year(const struct ctx *c, int mo, char cue)
{
    int off, k = cue == 'f'   ? 11
                 : cue == 'm' ? MODAL_K
                 : cue == 'd' ? 6
                 : cue == 'P' ? 2
                 : cue == 'S' ? 0
                              : 3;
    if (!has_dct(c))
        return NO_YEAR;
    off = mo - c->dm;
    if (off > k)
        return c->dy - 1;
    if (off <= k - 12)
        return c->dy + 1;
    return c->dy;
}

/* Easter Sunday of year y (Gregorian computus, anonymous algorithm). */
static int32_t easter_day(int y)
{
    int a = y % 19, b = y / 100, cc = y % 100, d = b / 4, e = b % 4;
    int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    int i = cc / 4, k = cc % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    int mm = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * mm + 114) / 31, day = (h + l - 7 * mm + 114) % 31 + 1;
    return day_from_ymd(y, month, day);
}

/* ---- cues ---- */

/* Common irregular past forms that mark a past-tense clause. */
static const char *const past_irregular[] = {
    "said", "told", "was", "were", "had", "met", "made", "took", "gave", "came", "went",
    "left", "held", "saw", "won", "lost", "sent", "began", "spoke", "wrote", "got", "did",
    "put", "set", "found", "fell", "rose", "became", "brought", "thought", "felt", "knew",
};

static int is_past_word(const struct ctx *c, const struct item *t)
{
    const char *s = c->text + t->off;
    size_t i;
    if (t->cls != L_NONE || (t->flags & IF_PUNCT))
        return 0;
    if (t->len > 3 && s[t->len - 2] == 'e' && s[t->len - 1] == 'd')
        return 1;
    for (i = 0; i < NL_ARRAY_LEN(past_irregular); i++)
        if (item_is(c->text, t, past_irregular[i]))
            return 1;
    return 0;
}

/* Cue words that are nouns or past facts unless a "to" follows: "set to", "plans to",
   but "the plan", "set records". */
static int needs_to(const struct ctx *c, const struct item *t)
{
    return item_is(c->text, t, "set") || item_is(c->text, t, "plan") ||
           item_is(c->text, t, "plans") || item_is(c->text, t, "schedule");
}

/*
 * A future cue verb followed by "to" ("planning to", "expected to", "scheduled
 * to") within reach bytes before item b in its sentence and clause (no
 * punctuation but commas between): 1 when found.
 */
static int cue_to_within(const struct ctx *c, size_t b, uint32_t reach)
{
    uint32_t sent = c->it[b].sent, limit = c->it[b].off > reach ? c->it[b].off - reach : 0;
    size_t j = b;
    while (j > 1) {
        const struct item *t = &c->it[--j];
        if (t->sent != sent || t->off < limit || ((t->flags & IF_PUNCT) && t->punct != ','))
            break;
        if (t->cls == L_FUNC && t->val == F_TO && c->it[j - 1].sent == sent &&
            c->it[j - 1].cls == L_FUTCUE && !item_is(c->text, &c->it[j - 1], "set") &&
            !(j >= 2 && item_is(c->text, &c->it[j - 2], "had")))
            return 1;
    }
    return 0;
}

/*
 * Tense cue before item b (timex3.md 8.2): 'f' when a future cue lies
 * within 40 bytes before it in the same sentence ("will meet on Friday",
 * "is to leave Tuesday", "as early as Monday", "until Friday"), 'p' when a
 * past-tense verb does ("said on Friday"), else 'n'.
 */
static char tense_cue_within(const struct ctx *c, size_t b, uint32_t reach)
{
    uint32_t sent = c->it[b].sent, limit = c->it[b].off > reach ? c->it[b].off - reach : 0;
    size_t j = b;
    char found = 'n';
    while (j > 0) {
        const struct item *t = &c->it[--j];
        if (t->sent != sent || t->off < limit)
            break;
        if (t->cls == L_FUTCUE && !(needs_to(c, t) && !item_is(c->text, &c->it[j + 1], "to"))) {
            /* "it had been due to expire Friday": a future seen from the past */
            if (j >= 1 && (item_is(c->text, &c->it[j - 1], "had") ||
                           (j >= 2 && item_is(c->text, &c->it[j - 2], "had"))))
                return 'p';
            return 'f';
        }
        if (t->cls == L_REFW && t->val == REF_SOON && j > 0 && item_is(c->text, &c->it[j - 1], "as"))
            return 'f';
        if (t->cls == L_FUNC && t->val == F_UNTIL)
            return 'f';
        if (t->cls == L_FUNC && t->val == F_TO && j > 0 &&
            (item_is(c->text, &c->it[j - 1], "is") || item_is(c->text, &c->it[j - 1], "are")))
            return 'f';
        if (t->cls == L_POS && t->val == P_EARLY && j > 0 &&
            item_is(c->text, &c->it[j - 1], "as"))
            return 'f';
        if (found == 'n' && is_past_word(c, t))
            found = 'p';
        /* "will vote on Tuesday, officials said on Monday": a past verb in the clause of
           the expression outweighs a future cue beyond a comma */
        if (found == 'p' && (t->flags & IF_PUNCT) && t->punct == ',')
            return 'p';
    }
    return found;
}

/* Part-of-speech tag of item t's token; POS_NONE when the text is untagged. */
static uint16_t item_pos(const struct ctx *c, const struct item *t)
{
    return c->toks ? c->toks[t->tok].pos : POS_NONE;
}

static int is_verb_tag(uint16_t p)
{
    return p == POS_MD || (p >= POS_VB && p <= POS_VBZ);
}

/*
 * Tense of the finite verb at item v (tagged), given the verb items after it
 * up to the expression: 'f' will/shall/'ll + verb, "is going to"; 'p' past
 * (VBD; has/have + VBN: a present perfect reports a past event); 'c' another
 * modal (would, could, may); 'r' present; 0 when v is not finite.
 */
static char finite_tense(const struct ctx *c, size_t v, size_t stop)
{
    const struct item *t = &c->it[v];
    uint16_t p = item_pos(c, t);
    size_t k;
    if (p == POS_MD) {
        if (item_is(c->text, t, "will") || item_is(c->text, t, "shall") ||
            item_is(c->text, t, "'ll") || item_is(c->text, t, "wo"))
            return 'f';
        return 'c';
    }
    if (p == POS_VBD)
        return 'p';
    if (p != POS_VBZ && p != POS_VBP)
        return 0;
    for (k = v + 1; k < stop && k < v + 4; k++) {
        uint16_t q = item_pos(c, &c->it[k]);
        if (q == POS_VBN && (item_is(c->text, t, "has") || item_is(c->text, t, "have") ||
                             item_is(c->text, t, "'ve")))
            return 'p';
        if (q == POS_VBG && item_is(c->text, &c->it[k], "going") && k + 1 < stop &&
            item_pos(c, &c->it[k + 1]) == POS_TO)
            return 'f';
    }
    return 'r';
}

/*
 * The tense of the clause of the expression at items [b, e) from the POS
 * tags (timex.h: absent tags give 'n'): that of the nearest finite verb
 * before it in the sentence, or, when the sentence opens with the
 * expression ("On Friday, the minister said"), of the first one after it.
 * An infinitive or a gerund right before ("to leave Friday") defers to the
 * finite verb that governs it. Codes as finite_tense(), 'n' when none.
 */
static char pos_tense(const struct ctx *c, size_t b, size_t e)
{
    uint32_t sent = c->it[b].sent;
    size_t j = b, k;
    char t;
    if (!c->toks)
        return 'n';
    while (j > 0 && c->it[j - 1].sent == sent) {
        j--;
        if (!is_verb_tag(item_pos(c, &c->it[j])))
            continue;
        if ((t = finite_tense(c, j, b)) != 0)
            return t;
    }
    for (k = e; k < c->n && c->it[k].sent == sent; k++) {
        if (!is_verb_tag(item_pos(c, &c->it[k])))
            continue;
        if ((t = finite_tense(c, k, c->n)) != 0)
            return t;
    }
    return 'n';
}

/*
 * The cue for a weekday: the surface words first; without one, a clause in
 * the future tense by the POS tags ("he will begin withdrawing on Friday").
 * A past tense by the tags does not forbid tomorrow: "planned a rally on
 * Saturday" is a plan (measured: it lost more than it won), and a present
 * tense ("meet Monday") points either way in news copy.
 */
static char tense_cue(const struct ctx *c, size_t b)
{
    char cue = tense_cue_within(c, b, 40);
    /* "were planning to drive around the airport on Monday": a cue verb with its
       infinitive governs a weekday further back than a bare auxiliary does */
    if (cue == 'n' && cue_to_within(c, b, 80))
        cue = 'f';
    /* a sentence opening with "Until Thursday," in the past tense tells how things stood
       up to a day already past: "Until Thursday, they had not called him a suspect" (but
       "they gave him until Friday to leave" looks ahead) */
    if (cue == 'f' && b > 0 && c->it[b - 1].sent == c->it[b].sent &&
        c->it[b - 1].cls == L_FUNC && c->it[b - 1].val == F_UNTIL &&
        (c->it[b - 1].flags & IF_SENT_START) && pos_tense(c, b - 1, b + 1) == 'p')
        return 'p';
    if (cue == 'n' && pos_tense(c, b, b + 1) == 'f')
        return 'f';
    return cue;
}

/* Is the nearest finite verb before item b in its sentence a modal (would, should, may)? */
static int modal_before(const struct ctx *c, size_t b)
{
    uint32_t sent = c->it[b].sent;
    size_t j = b;
    char t;
    while (j > 0 && c->it[j - 1].sent == sent) {
        j--;
        if (is_verb_tag(item_pos(c, &c->it[j])) && (t = finite_tense(c, j, b)) != 0)
            return t == 'c';
    }
    return 0;
}

/*
 * The cue for a month without a year: the verb governing it may lie further
 * back. A deadline ("by February", "effective Feb. 1", "until March") looks
 * ahead, but less far than a future verb: 'd' ("by", "until", "through",
 * "effective"). With POS tags, a clause in the future tense gives 'f' and
 * one in the past tense 'P' (pos_tense()).
 */
static char month_cue(const struct ctx *c, size_t b)
{
    char cue, pt;
    if (b > 0 && c->it[b - 1].sent == c->it[b].sent &&
        ((c->it[b - 1].cls == L_FUNC && (c->it[b - 1].val == F_BY || c->it[b - 1].val == F_UNTIL ||
                                         c->it[b - 1].val == F_THROUGH)) ||
         item_is(c->text, &c->it[b - 1], "effective")))
        return 'd';
    /* "since March": a point already past */
    if (b > 0 && c->it[b - 1].sent == c->it[b].sent && c->it[b - 1].cls == L_FUNC &&
        c->it[b - 1].val == F_SINCE)
        return 'S';
    cue = tense_cue_within(c, b, MONTH_REACH);
    if (cue == 'f')
        return cue;
    pt = pos_tense(c, b, b + 1);
    /* a modal before the month looks ahead too: "the sale should be completed in
       October" (but not one after it: "on April 8, investigators, wondering how he could
       have ...") */
    if (pt == 'f')
        return 'f';
    if (pt == 'c' && modal_before(c, b))
        return 'm';
    if (pt == 'p')
        return 'P';
    return cue;
}

static const char *cue_name(char cue)
{
    return cue == 'f' || cue == 'm'                ? "future"
           : cue == 'p' || cue == 'P' || cue == 'S' ? "past"
           : cue == 'd'                             ? "deadline"
                                                    : "none";
}

/* ---- amounts ---- */

struct amount {
    int n;     /* value; -1 = unknown amount (several, a few) */
    int half;  /* "and a half", "1/2" */
    int is_a;  /* the amount was the article "a"/"an" */
};

/*
 * A cardinal amount at j: digits (up to 4), number words ("twenty-five",
 * "two dozen"), "a"/"an", "a few", "several", "a couple of", "5 1/2",
 * "two and a half". Returns the item after it, or 0 when none.
 */
static size_t parse_amount_one(const struct ctx *c, size_t j, uint32_t sent, struct amount *am);

/*
 * An amount, or a range of two ("two to three weeks", "12 to 18 months",
 * "two or three days"): one duration whose value is the lower amount.
 */
static size_t parse_amount(const struct ctx *c, size_t j, uint32_t sent, struct amount *am)
{
    struct amount am2;
    size_t k = parse_amount_one(c, j, sent, am), k2;
    if (k && !am->is_a && am->n > 0 && (is_func(c, k, sent, F_TO) || is_func(c, k, sent, F_OR)) &&
        (k2 = parse_amount_one(c, k + 1, sent, &am2)) != 0 && !am2.is_a && am2.n > am->n &&
        is_cls(c, k2, sent, L_UNIT))
        return k2;
    return k;
}

static size_t parse_amount_one(const struct ctx *c, size_t j, uint32_t sent, struct amount *am)
{
    const struct item *t = at(c, j, sent);
    size_t k;

    memset(am, 0, sizeof(*am));
    if (!t)
        return 0;
    if (t->cls == L_FUNC && (t->val == F_A || t->val == F_AN)) {
        /* a few, a couple of, a dozen, a half */
        if (is_word(c, j + 1, sent, "few")) {
            am->n = -1;
            return j + 2;
        }
        if (is_func(c, j + 1, sent, F_COUPLE)) {
            am->n = 2;
            return is_func(c, j + 2, sent, F_OF) ? j + 3 : j + 2;
        }
        if (is_func(c, j + 1, sent, F_DOZEN)) {
            am->n = 12;
            return j + 2;
        }
        /* "a hundred years", "a thousand years" (not "hundreds") */
        if ((is_func(c, j + 1, sent, F_HUNDRED) && item_is(c->text, &c->it[j + 1], "hundred")) ||
            (is_func(c, j + 1, sent, F_THOUSAND) && item_is(c->text, &c->it[j + 1], "thousand"))) {
            am->n = c->it[j + 1].val == F_HUNDRED ? 100 : 1000;
            return j + 2;
        }
        am->n = 1;
        am->is_a = 1;
        k = j + 1;
        /* "a year and a half" is handled by the caller; "an hour and a half" too */
        return k;
    }
    /* "the next couple of years" */
    if (t->cls == L_FUNC && t->val == F_COUPLE && is_func(c, j + 1, sent, F_OF)) {
        am->n = 2;
        return j + 2;
    }
    if (t->cls == L_DIGITS && t->ndigits <= 4 && !(t->flags & IF_HYPH && c->it[j - 1].flags & IF_NUMTOK &&
                                                  c->it[j - 1].cls != L_DIGITS)) {
        am->n = t->num;
        k = j + 1;
        if (is_cls(c, k, sent, L_FRAC) && c->it[k].num * 2 == c->it[k].val) {
            am->half = 1;
            k++;
        }
        return k;
    }
    if (t->cls == L_NUMW) {
        am->n = t->val;
        k = j + 1;
        if (t->val >= 20 && t->val % 10 == 0 && is_cls(c, k, sent, L_NUMW) && c->it[k].val > 0 &&
            c->it[k].val < 10) {
            am->n += c->it[k].val;
            k++;
        }
        if (is_func(c, k, sent, F_DOZEN) && am->n > 0) {
            am->n *= 12;
            k++;
        } else if (is_func(c, k, sent, F_HUNDRED) && am->n > 0) {
            am->n *= 100;
            k++;
        }
        if (is_func(c, k, sent, F_AND) && is_func(c, k + 1, sent, F_A) &&
            is_half(c, k + 2, sent)) {
            am->half = 1;
            k += 3;
        }
        return k;
    }
    return 0;
}

static const char unit_letter[] = {
    [U_SECOND] = 'S', [U_MINUTE] = 'M', [U_HOUR] = 'H', [U_DAY] = 'D', [U_WEEK] = 'W',
    [U_WEEKEND] = 'D', [U_FORTNIGHT] = 'W', [U_MONTH] = 'M', [U_QUARTER] = 'Q', [U_HALF] = 'Y',
    [U_YEAR] = 'Y', [U_DECADE] = 'Y', [U_CENTURY] = 'Y',
};

/* Write a DURATION value: "P3D", "PT5H30M", "PXY", "P2Y6M". Returns 0 if the unit has none. */
static int v_duration(struct m *m, int unit, const struct amount *am)
{
    int n = am->n;
    const char *t = unit <= U_HOUR ? "T" : "";
    if (unit == U_NONE || unit == U_PERIOD || unit == U_SESSION || unit == U_HALF)
        return 0;
    if (n < 0) {
        if (unit == U_QUARTER)
            v_str(m, "PXQ");
        else if (unit == U_DECADE)
            v_str(m, "PXE");
        else if (unit == U_CENTURY)
            v_str(m, "PXC");
        else
            snprintf(m->value, sizeof(m->value), "P%sX%c", t, unit_letter[unit]);
        return 1;
    }
    if (unit == U_QUARTER) {
        /* "the past two quarters": TempEval-3 annotators wrote the quarter unit (P2Q,
           P1Q, PXQ) more often than months */
        snprintf(m->value, sizeof(m->value), "P%dQ", n);
        return 1;
    }
    if (unit == U_WEEKEND)
        n *= 2;
    else if (unit == U_FORTNIGHT)
        n *= 2;
    else if (unit == U_DECADE)
        n *= 10;
    else if (unit == U_CENTURY)
        n *= 100;
    if (am->half) {
        switch (unit) {
        case U_YEAR:
            snprintf(m->value, sizeof(m->value), "P%dY6M", n);
            return 1;
        case U_HOUR:
            snprintf(m->value, sizeof(m->value), "PT%dH30M", n);
            return 1;
        case U_MINUTE:
            snprintf(m->value, sizeof(m->value), "PT%dM30S", n);
            return 1;
        case U_DAY:
            snprintf(m->value, sizeof(m->value), "P%dDT12H", n);
            return 1;
        case U_MONTH:
            snprintf(m->value, sizeof(m->value), "P%dM15D", n);
            return 1;
        default:
            break;
        }
    }
    if (n >= 0) {
        /* P3Y, PT2H (put_num: see there) */
        char *p = m->value;
        *p++ = 'P';
        if (*t)
            *p++ = 'T';
        p = put_num(p, n, 1);
        *p++ = unit_letter[unit];
        *p = '\0';
        return 1;
    }
    snprintf(m->value, sizeof(m->value), "P%s%d%c", t, n, unit_letter[unit]);
    return 1;
}

/* Shift the DCT by n units and write the value at that unit's granularity ("two months ago"). */
static int v_shift(const struct ctx *c, struct m *m, int unit, int n)
{
    int y = c->dy, mo = c->dm;
    if (!has_dct(c)) {
        switch (unit) {
        case U_DAY:
            v_day(m, DAY_NONE);
            return 1;
        case U_WEEK:
            v_week(m, DAY_NONE);
            return 1;
        case U_MONTH:
            v_str(m, "XXXX-XX");
            return 1;
        case U_YEAR:
        case U_QUARTER:
            v_year(m, NO_YEAR);
            return 1;
        default:
            return 0;
        }
    }
    switch (unit) {
    case U_DAY:
        v_day(m, c->dct + n);
        return 1;
    case U_WEEK:
    case U_FORTNIGHT:
        v_week(m, c->dct + 7 * n * (unit == U_FORTNIGHT ? 2 : 1));
        return 1;
    case U_MONTH:
        month_add(&y, &mo, n);
        v_month(m, y, mo);
        return 1;
    case U_QUARTER: {
        int q = quarter_of(mo) - 1 + n;
        int yy = y + (q >= 0 ? q / 4 : -((3 - q) / 4));
        v_quarter(m, yy, ((q % 4) + 4) % 4 + 1);
        return 1;
    }
    case U_YEAR:
        v_year(m, y + n);
        return 1;
    case U_DECADE:
        snprintf(m->value, sizeof(m->value), "%03d", (y + 10 * n) / 10);
        return 1;
    case U_CENTURY:
        snprintf(m->value, sizeof(m->value), "%02d", (y + 100 * n) / 100);
        return 1;
    default:
        return 0;
    }
}

/*
 * Subtract n years from an earlier timex's value at its own granularity
 * ("1989-Q3" -> "1988-Q3"): the year-ago rule of timex3.md 5.7.
 */
static int v_years_before(struct m *m, const char *value, int n)
{
    int y;
    if (strlen(value) < 4 || value[0] < '0' || value[0] > '9' || value[3] < '0' ||
        value[3] > '9' || (value[4] != '\0' && value[4] != '-'))
        return 0;
    y = (value[0] - '0') * 1000 + (value[1] - '0') * 100 + (value[2] - '0') * 10 + value[3] - '0';
    snprintf(m->value, sizeof(m->value), "%04d%s", y - n, value + 4);
    /* 29 February of a leap year has no twin */
    if (strlen(m->value) >= 10 && !strncmp(m->value + 4, "-02-29", 6) && !is_leap_year(y - n))
        m->value[9] = '8';
    return 1;
}

/* ---- core rules ---- */

/* A year written with 4 digits, plausible in news (1000-2199), not a count or a code. */
static int has_digit(const char *s, size_t n)
{
    for (; n; n--, s++)
        if (*s >= '0' && *s <= '9')
            return 1;
    return 0;
}

/*
 * Nouns of recurring events whose edition is named by its year ("the World Cup 2010",
 * "Developers Conference 2010", "Expo 2010"): the year stays a date, unlike the
 * number that ends another name ("Orion 1980", "Local 1520").
 */
static const char *const event_nouns[] = {
    "conference", "summit", "games", "cup", "championship", "championships", "olympics",
    "expo", "festival", "fair", "forum", "congress", "convention", "election", "elections",
    "census", "awards",
};

static int is_event_name(const struct ctx *c, const struct item *t)
{
    size_t i;
    for (i = 0; i < NL_ARRAY_LEN(event_nouns); i++)
        if (item_is(c->text, t, event_nouns[i]))
            return 1;
    return 0;
}

static int is_year_item(const struct ctx *c, size_t j, uint32_t sent)
{
    const struct item *t = at(c, j, sent);
    const struct item *nx = at(c, j + 1, sent);
    if (!t || t->cls != L_DIGITS || t->ndigits != 4 || t->num < 1000 || t->num > 2199)
        return 0;
    /* phone numbers and codes: 555-1234, 1998-2001 is a range (tagged per end) */
    if ((t->flags & IF_HYPH) && j > 0 && c->it[j - 1].cls == L_DIGITS && c->it[j - 1].ndigits != 4)
        return 0;
    if (j > 0 && c->it[j - 1].sent == sent && (c->it[j - 1].flags & IF_PUNCT) &&
        (c->it[j - 1].punct == '$' || c->it[j - 1].punct == '#'))
        return 0;
    if (nx && ((nx->flags & IF_PUNCT) && nx->punct == '%'))
        return 0;
    if (nx && nx->cls == L_FUNC && nx->val == F_PERCENT)
        return 0;
    if (j > 0 && c->it[j - 1].sent == sent && c->it[j - 1].cls == L_FUNC && c->it[j - 1].val == F_NO)
        return 0;
    /* a number that ends a name is part of it: "Local 1520", "Orion 1980". The name is a
       capitalised word that no word table knows (not a month, season, holiday, "Fiscal"),
       without digits ("Q3 1998" is a date) and not the sentence's first word */
    if (j > 1 && c->it[j - 1].sent == sent && c->it[j - 2].sent == sent &&
        c->it[j - 1].cls == L_NONE && (c->it[j - 1].flags & IF_CAP) &&
        !(c->it[j - 1].flags & (IF_PUNCT | IF_SENT_START | IF_ALLCAPS | IF_POSS)) &&
        !(c->it[j - 2].flags & IF_PUNCT) && !has_digit(c->text + c->it[j - 1].off, c->it[j - 1].len) &&
        !is_event_name(c, &c->it[j - 1]))
        return 0;
    return 1;
}

/*
 * A year spelled out in words (broadcast transcripts): "nineteen ninety-six",
 * "nineteen eighty". Returns the item after it and sets *y, or 0.
 */
static size_t spelled_year(const struct ctx *c, size_t k, uint32_t sent, int *y)
{
    if (!(is_cls(c, k, sent, L_NUMW) && (c->it[k].val == 19 || c->it[k].val == 18) &&
          is_cls(c, k + 1, sent, L_NUMW) && c->it[k + 1].val >= 10))
        return 0;
    *y = c->it[k].val * 100 + c->it[k + 1].val;
    k += 2;
    if (c->it[k - 1].val >= 20 && is_cls(c, k, sent, L_NUMW) && c->it[k].val > 0 &&
        c->it[k].val < 10 && (c->it[k].flags & IF_HYPH)) {
        *y += c->it[k].val;
        k++;
    }
    if (is_cls(c, k, sent, L_UNIT))
        return 0; /* "nineteen twenty-year-olds" */
    return k;
}

/* Optional ", YEAR" / "YEAR" / "of YEAR" after a month or day: returns the new end and sets *y. */
static size_t opt_year(const struct ctx *c, size_t k, uint32_t sent, int *y, int allow_of)
{
    if (is_punct(c, k, sent, ',') && is_year_item(c, k + 1, sent)) {
        *y = c->it[k + 1].num;
        return k + 2;
    }
    if (is_year_item(c, k, sent)) {
        *y = c->it[k].num;
        return k + 1;
    }
    if (allow_of && is_func(c, k, sent, F_OF) && is_year_item(c, k + 1, sent)) {
        *y = c->it[k + 1].num;
        return k + 2;
    }
    {
        size_t e = spelled_year(c, k, sent, y);
        if (e)
            return e;
        if (allow_of && is_func(c, k, sent, F_OF) && (e = spelled_year(c, k + 1, sent, y)) != 0)
            return e;
    }
    *y = NO_YEAR;
    return k;
}

/* A day of the month at j: "5", "5th", "fifth" is not accepted (rare in news). */
static int day_item(const struct ctx *c, size_t j, uint32_t sent)
{
    const struct item *t = at(c, j, sent);
    if (!t || (t->flags & IF_HYPH))
        return 0;
    if ((t->cls == L_DIGITS && t->ndigits <= 2) || t->cls == L_ORDNUM)
        return t->num >= 1 && t->num <= 31 ? t->num : 0;
    return 0;
}

/*
 * A day written as an ordinal word at j ("eighth", "twenty-first", "thirty
 * first": broadcast transcripts spell "March eighth"): the day, 1-31, with
 * *e the item after it; 0 when none. Refused when the ordinal is the first
 * half of a hyphenated word or counts a unit ("March first-quarter sales",
 * "the first quarter").
 */
static int spelled_day(const struct ctx *c, size_t j, uint32_t sent, size_t *e)
{
    const struct item *t = at(c, j, sent), *nx;
    int dy;
    size_t k = j + 1;
    if (!t || (t->flags & IF_HYPH))
        return 0;
    if (t->cls == L_NUMW && (t->val == 20 || t->val == 30) && is_cls(c, k, sent, L_ORDW) &&
        c->it[k].val < 10) {
        dy = t->val + c->it[k].val;
        k++;
    } else if (t->cls == L_ORDW) {
        dy = t->val;
    } else {
        return 0;
    }
    if (dy < 1 || dy > 31)
        return 0;
    nx = at(c, k, sent);
    if (nx && ((nx->flags & IF_HYPH) || nx->cls == L_UNIT))
        return 0;
    *e = k;
    return dy;
}

/*
 * Is the month name at j really a month? Lower-case "may"/"march" never
 * are, nor a sentence-initial "May" that is not followed by a number (the
 * modal), nor "March" + of/for/on + a capital or "the" (a march), nor an
 * abbreviation without its period or a number after it.
 */
static int month_ok(const struct ctx *c, size_t j, uint32_t sent)
{
    const struct item *t = &c->it[j];
    int nxt_num = day_item(c, j + 1, sent) || is_year_item(c, j + 1, sent);
    if (!is_capitalised(t))
        return 0; /* news is cased: "may", "march" and even "july" in lower case are words */
    if (t->flags & IF_ABBR) {
        if (!(t->flags & IF_DOT) && !nxt_num)
            return 0;
        if (t->val == 3 && !(t->flags & IF_DOT) && !nxt_num)
            return 0;
    }
    if (t->val == 5 && (t->flags & IF_SENT_START) && !nxt_num)
        return 0;
    if (t->val == 5 && item_is(c->text, t, "may") && j + 1 < c->n && c->it[j + 1].sent == sent &&
        !nxt_num && c->it[j + 1].cls == L_NONE && !(c->it[j + 1].flags & (IF_PUNCT | IF_CAP)) &&
        j > 0 && c->it[j - 1].sent == sent && c->it[j - 1].cls != L_FUNC &&
        c->it[j - 1].cls != L_POS && c->it[j - 1].cls != L_REL)
        return 0; /* "they May be": a capitalised modal in a headline */
    /* "the March for Life" is a march, "stepped down in March for health reasons" a month:
       a noun "march" needs its determiner, a bare "in"/"since"/"until" ... takes a month */
    if (t->val == 3 && !nxt_num &&
        (is_func(c, j + 1, sent, F_FOR) || is_func(c, j + 1, sent, F_ON) ||
         (is_func(c, j + 1, sent, F_OF) && !is_year_item(c, j + 2, sent)) ||
         is_func(c, j + 1, sent, F_TO)) &&
        !(j > 0 && c->it[j - 1].sent == sent &&
          ((c->it[j - 1].cls == L_FUNC &&
            (c->it[j - 1].val == F_IN || c->it[j - 1].val == F_SINCE || c->it[j - 1].val == F_UNTIL ||
             c->it[j - 1].val == F_DURING || c->it[j - 1].val == F_THROUGH ||
             c->it[j - 1].val == F_BEFORE || c->it[j - 1].val == F_AFTER)) ||
           c->it[j - 1].cls == L_POS)))
        return 0;
    return 1;
}

/* "Friday", "Friday, Oct. 23", "Friday morning", "Friday, Oct. 23, 1998". */
/*
 * A past-tense verb right after a weekday (past a part of day): "Boeing on
 * Tuesday delivered the last jet" is not tomorrow's news.
 */
static int past_verb_after(const struct ctx *c, size_t k)
{
    uint32_t sent = c->it[k - 1].sent;
    const struct item *t;
    if (is_cls(c, k, sent, L_POD))
        k++;
    if (!(t = at(c, k, sent)))
        return 0;
    if (c->toks)
        return item_pos(c, t) == POS_VBD;
    return is_past_word(c, t);
}

static int r_weekday(struct ctx *c, size_t j, struct m *m)
{
    uint32_t sent = c->it[j].sent;
    const struct item *t = &c->it[j];
    int wd = t->val;
    size_t k = j + 1;
    char cue;

    if (!is_capitalised(t) || ((t->flags & IF_ABBR) && !(t->flags & IF_DOT)))
        return 0;
    if (t->flags & IF_PLURAL) {
        /* "on Mondays", "Tuesday nights": every such day */
        snprintf(m->value, sizeof(m->value), "XXXX-WXX-%d", wd);
        if (is_cls(c, k, sent, L_POD) && c->it[k].val <= POD_NI) {
            v_append(m, pod_code[c->it[k].val]);
            k++;
        }
        m->type = TIMEX_SET;
        m->quant = "EVERY";
        m->freq = "1X";
        m->rule = "weekday_plural";
        m->e = k;
        return 1;
    }
    /* weekday + date */
    {
        size_t d = k;
        if (is_punct(c, d, sent, ','))
            d++;
        if (is_cls(c, d, sent, L_MONTH) && month_ok(c, d, sent) && day_item(c, d + 1, sent)) {
            int mo = c->it[d].val, dy = day_item(c, d + 1, sent), y = NO_YEAR;
            size_t e = opt_year(c, d + 2, sent, &y, 0);
            if (y == NO_YEAR) {
                cue = tense_cue(c, j);
                y = month_year(c, mo, cue);
                m->anchor = TIMEX_ANCHOR_DCT;
                m->cue = cue_name(cue);
            } else {
                m->anchor = TIMEX_ANCHOR_NONE;
            }
            if (y != NO_YEAR && !ymd_is_valid(y, mo, dy))
                return 0;
            v_ymd(m, y, mo, dy);
            m->rule = "weekday_date";
            m->e = e;
            return 1;
        }
        if (day_item(c, d, sent) && is_cls(c, d + 1, sent, L_MONTH) &&
            is_capitalised(&c->it[d + 1])) {
            int mo = c->it[d + 1].val, dy = day_item(c, d, sent), y = NO_YEAR;
            size_t e = opt_year(c, d + 2, sent, &y, 0);
            if (y == NO_YEAR)
                y = month_year(c, mo, tense_cue(c, j));
            if (y != NO_YEAR && !ymd_is_valid(y, mo, dy))
                return 0;
            v_ymd(m, y, mo, dy);
            m->rule = "weekday_date";
            m->anchor = TIMEX_ANCHOR_DCT;
            m->e = e;
            return 1;
        }
    }
    if (is_cls(c, k, sent, L_POD) && (c->it[k].flags & IF_PLURAL) && c->it[k].val <= POD_NI) {
        /* "Tuesday nights": every Tuesday night */
        snprintf(m->value, sizeof(m->value), "XXXX-WXX-%d%s", wd, pod_code[c->it[k].val]);
        m->type = TIMEX_SET;
        m->quant = "EVERY";
        m->freq = "1X";
        m->rule = "weekday_plural";
        m->e = k + 1;
        return 1;
    }
    cue = tense_cue(c, j);
    if (cue == 'n' && past_verb_after(c, j + 1))
        cue = 'p';
    v_day(m, weekday_day(c, wd, cue));
    m->rule = "weekday";
    m->cue = cue_name(cue);
    m->anchor = has_dct(c) ? TIMEX_ANCHOR_DCT : TIMEX_ANCHOR_NONE;
    if (is_cls(c, k, sent, L_POD) && !(c->it[k].flags & IF_PLURAL) && c->it[k].val <= POD_MIDNIGHT) {
        v_append(m, pod_code[c->it[k].val]);
        k++;
        m->rule = "weekday_pod";
    }
    m->e = k;
    return 1;
}

/*
 * The year of a month named at item j: y when the text wrote one, else
 * the year the DCT window and the tense cue give (section 8.3 of the
 * notes), recording cue and anchor in m. Returns the year (NO_YEAR
 * without a DCT) and sets *is_written when the text gave it.
 */
static int month_year_of(const struct ctx *c, size_t j, int mo, int y, struct m *m,
                         int *is_written)
{
    char cue;
    *is_written = y != NO_YEAR;
    if (y != NO_YEAR) {
        m->anchor = TIMEX_ANCHOR_NONE;
        return y;
    }
    cue = month_cue(c, j);
    m->cue = cue_name(cue);
    m->anchor = has_dct(c) ? TIMEX_ANCHOR_DCT : TIMEX_ANCHOR_NONE;
    return month_year(c, mo, cue);
}

/* "March", "March 5", "March 5, 2016", "March 2016", "March of 2016", "mid-July". */
static int r_month(struct ctx *c, size_t j, struct m *m)
{
    uint32_t sent = c->it[j].sent;
    int mo = c->it[j].val, y = NO_YEAR, dy;
    size_t k = j + 1, kr;
    int written;

    if (!month_ok(c, j, sent))
        return 0;
    dy = day_item(c, k, sent);
    if (dy && !is_cls(c, k + 1, sent, L_UNIT) && !is_punct(c, k + 1, sent, ':') &&
        !is_cls(c, k + 1, sent, L_AMPM))
        kr = k + 1;
    else /* "March eighth", "March the eighth, 1998" */
        dy = spelled_day(c, k + (size_t)is_func(c, k, sent, F_THE), sent, &kr);
    if (dy) {
        k = opt_year(c, kr, sent, &y, 0);
        y = month_year_of(c, j, mo, y, m, &written);
        if (y != NO_YEAR && !ymd_is_valid(y, mo, dy))
            return 0;
        v_ymd(m, y, mo, dy);
        m->rule = "month_day";
        m->e = k;
        return 1;
    }
    k = opt_year(c, k, sent, &y, 1);
    /* "January this year", "June last year", "October of next year" */
    kr = k + (size_t)is_func(c, k, sent, F_OF);
    if (y == NO_YEAR && is_cls(c, kr, sent, L_REL) && is_cls(c, kr + 1, sent, L_UNIT) &&
        c->it[kr + 1].val == U_YEAR && !(c->it[kr + 1].flags & IF_PLURAL) &&
        (c->it[kr].val == R_LAST || c->it[kr].val == R_THIS || c->it[kr].val == R_NEXT)) {
        int rel = c->it[kr].val;
        /* with "of" the two stay apart, as MEANTIME tags them: [October] of [next year] */
        size_t e = kr == k ? k + 2 : k;
        y = has_dct(c) ? c->dy + (rel == R_LAST ? -1 : rel == R_NEXT ? 1 : 0) : NO_YEAR;
        v_month(m, y, mo);
        m->anchor = has_dct(c) ? TIMEX_ANCHOR_DCT : TIMEX_ANCHOR_NONE;
        m->rule = "month_rel_year";
        m->e = e;
        return 1;
    }
    y = month_year_of(c, j, mo, y, m, &written);
    m->rule = written ? "month_year" : "month";
    v_month(m, y, mo);
    m->e = k;
    return 1;
}

/* "3 September 2016", "5th of March". */
/*
 * "April 24 and 25", "Oct. 5 or 6", "May 3 to 5": the second day of the
 * same month is a DATE of its own (TimeBank tags "[April 24] and [25]").
 * Item j is a day number right after the conjunction that follows a
 * month-day timex; refused before a word ("April 24 and 25 people").
 */
static int second_day(struct ctx *c, size_t j, int dy, struct m *m)
{
    uint32_t sent = c->it[j].sent;
    const struct timex *prev;
    const struct item *nx;
    int y, mo, d0;
    if (j < 2 || c->nout == 0 || c->it[j - 2].sent != sent || !is_cls(c, j - 1, sent, L_FUNC) ||
        !(c->it[j - 1].val == F_AND || c->it[j - 1].val == F_OR || c->it[j - 1].val == F_TO ||
          c->it[j - 1].val == F_THROUGH))
        return 0;
    prev = &c->out[c->nout - 1];
    if (prev->span.off + prev->span.len != c->it[j - 2].off + c->it[j - 2].len ||
        prev->type != TIMEX_DATE || strlen(prev->value) != 10 || prev->begin_day == DAY_NONE)
        return 0;
    nx = at(c, j + 1, sent);
    if (nx && !(nx->flags & IF_PUNCT) && nx->cls != L_FUNC)
        return 0;
    day_to_ymd(prev->begin_day, &y, &mo, &d0);
    if (dy <= d0 || !ymd_is_valid(y, mo, dy))
        return 0;
    v_ymd(m, y, mo, dy);
    m->anchor = (int)c->nout - 1;
    m->rule = "second_day";
    m->e = j + 1;
    return 1;
}

static int r_day_month(struct ctx *c, size_t j, struct m *m)
{
    uint32_t sent = c->it[j].sent;
    int dy = day_item(c, j, sent), mo, y = NO_YEAR;
    size_t k = j + 1;
    int written;

    /* "the eighth of March", "the twenty-first of June": an ordinal word needs the "of" */
    if (!dy && (dy = spelled_day(c, j, sent, &k)) != 0 && !is_func(c, k, sent, F_OF))
        return 0;
    if (!dy)
        return 0;
    if (is_func(c, k, sent, F_OF) && c->it[j].cls != L_DIGITS)
        k++;
    if (!is_cls(c, k, sent, L_MONTH) || !is_capitalised(&c->it[k]))
        return c->it[j].cls == L_DIGITS || c->it[j].cls == L_ORDNUM ? second_day(c, j, dy, m) : 0;
    mo = c->it[k].val;
    if ((c->it[k].flags & IF_ABBR) && !(c->it[k].flags & IF_DOT) && !is_year_item(c, k + 1, sent))
        return 0;
    k = opt_year(c, k + 1, sent, &y, 0);
    y = month_year_of(c, j, mo, y, m, &written);
    if (y != NO_YEAR && !ymd_is_valid(y, mo, dy))
        return 0;
    v_ymd(m, y, mo, dy);
    m->rule = "day_month";
    m->e = k;
    return 1;
}

/* "1998", "fiscal 1989", "the 1988 period", "nineteen ninety-six". */
static int r_year(struct ctx *c, size_t j, struct m *m)
{
    uint32_t sent = c->it[j].sent;
    size_t k = j;
    int y;

    if (is_func(c, k, sent, F_FISCAL) || is_func(c, k, sent, F_CALENDAR)) {
        k++;
        if (is_word(c, k, sent, "year"))
            k++;
    }
    if (is_year_item(c, k, sent)) {
        y = c->it[k].num;
        k++;
        /* a four-digit number before a plain count noun is a count: "1500 troops" is rare
           in news (counts take commas), so only obvious cases are refused */
        m->takes_the = is_cls(c, k, sent, L_UNIT) && !(c->it[k].flags & IF_PLURAL) &&
                       (c->it[k].val == U_PERIOD || c->it[k].val == U_QUARTER);
        if (m->takes_the) {
            /* "the 1988 quarter", "the 1988 period": the same quarter as the one being
               reported, in that year (earnings copy), else the year */
            k++;
            if (c->last_period >= 0 && c->out[c->last_period].value[5] == 'Q') {
                v_quarter(m, y, c->out[c->last_period].value[6] - '0');
                m->is_yearago = y < c->dy; /* a comparison period, not the one reported */
                m->rule = "year_period";
                m->anchor = c->last_period;
                m->e = k;
                return 1;
            }
        }
        /* "the 1988 second quarter", "the 1990 first half" */
        if ((is_cls(c, k, sent, L_ORDW) || is_cls(c, k, sent, L_ORDNUM)) &&
            is_cls(c, k + 1, sent, L_UNIT) && !(c->it[k + 1].flags & IF_PLURAL)) {
            int ord = c->it[k].cls == L_ORDW ? c->it[k].val : c->it[k].num;
            if (c->it[k + 1].val == U_QUARTER && ord >= 1 && ord <= 4) {
                v_quarter(m, y, ord);
            } else if (c->it[k + 1].val == U_HALF && ord >= 1 && ord <= 2) {
                v_half(m, y, ord);
            } else {
                goto plain;
            }
            m->takes_the = 1;
            m->rule = "year_ordinal_period";
            m->anchor = TIMEX_ANCHOR_NONE;
            m->e = k + 2;
            return 1;
        }
    plain:;
    } else if (spelled_year(c, k, sent, &y)) {
        k = spelled_year(c, k, sent, &y);
    } else if (is_word(c, k, sent, "two") && is_func(c, k + 1, sent, F_THOUSAND) &&
               !is_cls(c, k + 2, sent, L_UNIT) && !(c->it[k + 1].flags & IF_PLURAL)) {
        y = 2000;
        k += 2;
        if (is_func(c, k, sent, F_AND) && is_cls(c, k + 1, sent, L_NUMW) && c->it[k + 1].val > 0 &&
            c->it[k + 1].val < 100) {
            y += c->it[k + 1].val;
            k += 2;
        }
        /* only "the year two thousand" */
        if (!(j > 0 && is_word(c, j - 1, sent, "year")))
            return 0;
    } else {
        return 0;
    }
    /* "the year two thousand", "the year 2000": one phrase, "the year" inside */
    if (j >= 2 && is_word(c, j - 1, sent, "year") && !(c->it[j - 1].flags & (IF_HYPH | IF_POSS)) &&
        !(c->it[j].flags & IF_HYPH) && is_func(c, j - 2, sent, F_THE))
        m->b = j - 2;
    v_year(m, y);
    m->rule = "year";
    m->anchor = TIMEX_ANCHOR_NONE;
    m->e = k;
    return 1;
}

/* "1998-10-23", "10/23/1998". */
static int r_isodate(struct ctx *c, size_t j, struct m *m)
{
    v_day(m, c->it[j].num);
    m->rule = "numeric_date";
    m->anchor = TIMEX_ANCHOR_NONE;
    m->e = j + 1;
    return 1;
}

/* A day expression usable after a clock time: "Wednesday", "today", "Oct. 23". */
static int day_after_clock(struct ctx *c, size_t k, uint32_t sent, int32_t *day, size_t *e)
{
    struct m sub;
    int on = is_func(c, k, sent, F_ON);
    memset(&sub, 0, sizeof(sub));
    /* "5 p.m. EST, Nov. 6" */
    if (is_punct(c, k, sent, ',') && is_cls(c, k + 1, sent, L_MONTH) && day_item(c, k + 2, sent))
        k++;
    /* "10:35 a.m. on Friday": the date is Friday's, "on Friday" stays out of the extent */
    k += (size_t)on;
    if (is_cls(c, k, sent, L_WDAY) && !(c->it[k].flags & IF_PLURAL) && is_capitalised(&c->it[k])) {
        if (!r_weekday(c, k, &sub))
            return 0;
    } else if (is_cls(c, k, sent, L_DEICT) && c->it[k].val != D_TONIGHT) {
        int off = c->it[k].val == D_YESTERDAY ? -1 : c->it[k].val == D_TOMORROW ? 1 : 0;
        *day = dct_plus(c, off);
        *e = on ? k - 1 : k + 1;
        return 1;
    } else if (is_cls(c, k, sent, L_MONTH) && day_item(c, k + 1, sent)) {
        if (!r_month(c, k, &sub))
            return 0;
    } else {
        return 0;
    }
    *day = day_parse_iso(sub.value);
    if (*day == DAY_NONE && has_dct(c))
        return 0;
    *e = on ? k - 1 : sub.e;
    return 1;
}

/*
 * A day named a few items after a clock time, past a parenthesis or a zone
 * ("10:35 a.m. (0735 GMT) Friday"): its day in *day. Stops at a comma
 * outside parentheses, a clause or a sentence end.
 */
static int day_soon_after(struct ctx *c, size_t k, uint32_t sent, int32_t *day)
{
    size_t j, e, depth = 0;
    for (j = k; j < k + 8 && at(c, j, sent); j++) {
        const struct item *t = &c->it[j];
        if (t->flags & IF_PUNCT) {
            if (t->punct == '(')
                depth++;
            else if (t->punct == ')' && depth)
                depth--;
            else if (!depth || t->punct == '.' || t->punct == ';')
                return 0;
            continue;
        }
        if ((t->cls == L_WDAY || t->cls == L_DEICT) && day_after_clock(c, j, sent, day, &e))
            return *day != DAY_NONE;
        if (t->cls != L_DIGITS && t->cls != L_CLOCK && t->cls != L_AMPM && t->cls != L_ZONE &&
            t->cls != L_FUNC)
            return 0;
    }
    return 0;
}

/* "in the morning/afternoon/evening", "at night" at k: the part of day, else 0. */
static int pod_phrase(const struct ctx *c, size_t k, uint32_t sent)
{
    if (is_func(c, k, sent, F_IN) && is_func(c, k + 1, sent, F_THE) && is_cls(c, k + 2, sent, L_POD) &&
        !(c->it[k + 2].flags & IF_PLURAL) && c->it[k + 2].val < POD_NI)
        return c->it[k + 2].val;
    if (is_func(c, k, sent, F_AT) && is_cls(c, k + 1, sent, L_POD) && c->it[k + 1].val == POD_NI &&
        !(c->it[k + 1].flags & IF_PLURAL))
        return POD_NI;
    return 0;
}

/* "10:35 a.m.", "4 a.m. EDT Thursday", "noon", "10 p.m. Wednesday". */
static int r_clock(struct ctx *c, size_t j, struct m *m)
{
    uint32_t sent = c->it[j].sent;
    const struct item *t = &c->it[j];
    int hh, mm = 0, ampm = -1, is_utc = 0;
    size_t k = j + 1;
    int32_t day = DAY_NONE;
    size_t e;
    char hm[16];

    if (t->cls == L_POD) {
        if (t->val != POD_NOON && t->val != POD_MIDNIGHT)
            return 0;
        /* "high noon": a showdown, not a clock time */
        if (j > 0 && c->it[j - 1].sent == c->it[j].sent && item_is(c->text, &c->it[j - 1], "high"))
            return 0;
        hh = t->val == POD_NOON ? 12 : 24;
    } else if (t->cls == L_CLOCK) {
        hh = t->num / 60;
        mm = t->num % 60;
        if (t->flags & IF_AMPM_IN)
            ampm = t->val;
    } else if (t->cls == L_DIGITS && t->ndigits <= 2 && t->num >= 1 && t->num <= 12 &&
               (is_cls(c, k, sent, L_AMPM) || is_func(c, k, sent, F_OCLOCK) ||
                pod_phrase(c, k, sent))) {
        hh = t->num;
    } else {
        return 0;
    }
    if (ampm < 0 && !is_cls(c, k, sent, L_AMPM) && pod_phrase(c, k, sent) && hh <= 12) {
        /* "4 in the morning", "9:30 in the evening", "11 at night" */
        int pod = pod_phrase(c, k, sent);
        ampm = pod == POD_MO || (pod == POD_NI && hh < 6) || (pod == POD_NI && hh == 12) ? 0 : 12;
        k += is_func(c, k, sent, F_AT) ? 2 : 3;
    }
    if (ampm < 0 && is_cls(c, k, sent, L_AMPM)) {
        ampm = c->it[k].val;
        k++;
    } else if (t->cls == L_DIGITS && is_func(c, k, sent, F_OCLOCK)) {
        k++;
    }
    if (t->cls == L_CLOCK && ampm < 0 && t->num / 60 > 24)
        return 0;
    if (ampm == 0 && hh == 12)
        hh = 0;
    else if (ampm == 12 && hh < 12)
        hh += 12;
    if (is_cls(c, k, sent, L_ZONE)) {
        is_utc = c->it[k].val == 1;
        k++;
    }
    if (day_after_clock(c, k, sent, &day, &e)) {
        k = e;
        m->anchor = TIMEX_ANCHOR_DCT;
    } else if (c->last_day >= 0 && c->out[c->last_day].sentence == sent) {
        day = c->out[c->last_day].begin_day;
        m->anchor = c->last_day;
    } else if (day_soon_after(c, k, sent, &day)) {
        /* "at 10:35 a.m. (0735 GMT) Friday", "at 4 in the morning (4 a.m. Thursday)" */
        m->anchor = TIMEX_ANCHOR_DCT;
    } else {
        day = c->dct;
        m->anchor = has_dct(c) ? TIMEX_ANCHOR_DCT : TIMEX_ANCHOR_NONE;
    }
    v_day(m, day);
    if (hh == 24 && mm == 0)
        snprintf(hm, sizeof(hm), "T24");
    else
        snprintf(hm, sizeof(hm), "T%02d:%02d", hh % 24, mm);
    v_append(m, hm);
    /* ISO 8601 (TIMEX3 values): a time given in UTC/GMT ends in "Z" ("18:00 UTC" ->
       T18:00Z); other zones stay out of the value, as TimeBank writes "5 p.m. EST" */
    if (is_utc)
        v_append(m, "Z");
    m->type = TIMEX_TIME;
    m->rule = "clock";
    m->e = k;
    return 1;
}

/*
 * A noun after "today's" that makes it mean "nowadays": a population or the
 * world at large ("today's world", "today's youth", "today's young people"),
 * not an event of the day ("today's vote", "today's editions").
 */
static int generic_era(const struct ctx *c, size_t k, uint32_t sent)
{
    static const char *const era[] = {
        "world", "youth", "society", "generation", "generations", "young", "children", "kids",
        "teenagers", "culture", "economy", "families", "parents",
    };
    size_t i;
    if (!at(c, k, sent))
        return 0;
    for (i = 0; i < NL_ARRAY_LEN(era); i++)
        if (item_is(c->text, &c->it[k], era[i]))
            return 1;
    return 0;
}

/* "today", "yesterday morning", "tomorrow", "tonight". */
static int r_deictic(struct ctx *c, size_t j, struct m *m)
{
    uint32_t sent = c->it[j].sent;
    int d = c->it[j].val, off = d == D_YESTERDAY ? -1 : d == D_TOMORROW ? 1 : 0;
    size_t k = j + 1;

    if ((c->it[j].flags & IF_CAP) && !(c->it[j].flags & (IF_SENT_START | IF_ALLCAPS)) &&
        j > 0 && !(c->it[j - 1].flags & IF_PUNCT))
        return 0; /* "This is VOA Today": a name */
    if ((d == D_TODAY || d == D_TOMORROW) && (c->it[j].flags & IF_POSS) && generic_era(c, k, sent))
        return 0; /* "in today's world", "tomorrow's youth": nowadays, not a day (notes 5.4) */
    /* "the people of tomorrow", "the cars of tomorrow": the future at large (but "as of
       tomorrow", "the morning of tomorrow" name the day) */
    if (d == D_TOMORROW && j >= 2 && is_func(c, j - 1, sent, F_OF) && c->it[j - 2].sent == sent &&
        c->it[j - 2].cls == L_NONE && !(c->it[j - 2].flags & IF_PUNCT) &&
        !item_is(c->text, &c->it[j - 2], "as"))
        return 0;
    v_day(m, dct_plus(c, off));
    m->anchor = has_dct(c) ? TIMEX_ANCHOR_DCT : TIMEX_ANCHOR_NONE;
    m->rule = "deictic";
    if (d != D_TONIGHT && is_cls(c, k, sent, L_POD) && c->it[k].val <= POD_MIDNIGHT &&
        !(c->it[k].flags & IF_PLURAL)) {
        v_append(m, pod_code[c->it[k].val]);
        m->type = TIMEX_TIME;
        k++;
    }
    m->e = k;
    return 1;
}

/*
 * "soon" as a time adverb, a future from the DCT: "it will soon begin
 * selling", "prosecutors may soon seek an indictment" (annotated 4 times in
 * 6 such uses). Not the conjunction "as soon as", not "too soon", not "soon
 * after/afterwards" (a point after some event, not after the DCT), and not
 * in a past-tense clause, where it means shortly after a past point ("the
 * trickle soon became a flood", "he was soon released"): the verb next to it
 * or, with POS tags, the clause's tense decides.
 */
static int soon_is_time(const struct ctx *c, size_t j)
{
    uint32_t sent = c->it[j].sent;
    const struct item *pv = j > 0 ? at(c, j - 1, sent) : NULL, *nx = at(c, j + 1, sent);
    if (pv && (item_is(c->text, pv, "as") || item_is(c->text, pv, "too") ||
               item_is(c->text, pv, "how") || item_is(c->text, pv, "so")))
        return 0;
    if (nx && ((nx->cls == L_FUNC && (nx->val == F_AFTER || nx->val == F_AS)) ||
               item_is(c->text, nx, "afterward") || item_is(c->text, nx, "afterwards") ||
               item_is(c->text, nx, "thereafter") || item_is(c->text, nx, "enough")))
        return 0;
    if (c->toks) {
        if ((nx && item_pos(c, nx) == POS_VBD) || (pv && item_pos(c, pv) == POS_VBD))
            return 0;
        return pos_tense(c, j, j + 1) != 'p';
    }
    return !(nx && is_past_word(c, nx)) && !(pv && is_past_word(c, pv)) &&
           tense_cue_within(c, j, 40) != 'p';
}

/*
 * "now", "currently", "recently", "the future", "the near future", "the
 * past", "these days", "nowadays", "at present": vague references
 * (timex3.md 5.5, tagged only where annotators did more often than not).
 */
static int r_ref(struct ctx *c, size_t j, struct m *m)
{
    uint32_t sent = c->it[j].sent;
    const struct item *t = &c->it[j];
    size_t k = j + 1;

    m->anchor = TIMEX_ANCHOR_DCT;
    m->rule = "ref";
    if (t->cls == L_REFW) {
        switch (t->val) {
        case REF_NOW:
            /* "now that he is in a confrontation": annotators tag the "now" of the
               conjunction too (3 of 3 in TempEval-3 train) */
            /* "Now, he says, ...": a sentence-opening discourse marker, not a time */
            if ((t->flags & IF_SENT_START) && is_punct(c, k, sent, ','))
                return 0;
            v_str(m, "PRESENT_REF");
            break;
        case REF_RIGHTNOW:
            if (!is_cls(c, k, sent, L_REFW) || c->it[k].val != REF_NOW)
                return 0;
            v_str(m, "PRESENT_REF");
            k++;
            break;
        case REF_CURRENTLY:
        case REF_NOWADAYS:
            v_str(m, "PRESENT_REF");
            break;
        case REF_RECENTLY:
        case REF_LATELY:
            v_str(m, "PAST_REF");
            break;
        case REF_FUTURE:
            /* "in future" as a noun; adjectival "future" before a noun stays out */
            if (!(j > 0 && c->it[j - 1].sent == sent && c->it[j - 1].cls == L_FUNC &&
                  c->it[j - 1].val == F_IN))
                return 0;
            v_str(m, "FUTURE_REF");
            break;
        case REF_SOON:
            if (!soon_is_time(c, j))
                return 0;
            /* "very soon" */
            if (j > 0 && c->it[j - 1].sent == sent && item_is(c->text, &c->it[j - 1], "very"))
                m->b = j - 1;
            v_str(m, "FUTURE_REF");
            break;
        case REF_PRESENT:
            if (!(j > 0 && c->it[j - 1].sent == sent && c->it[j - 1].cls == L_FUNC &&
                  c->it[j - 1].val == F_AT))
                return 0;
            v_str(m, "PRESENT_REF");
            break;
        default:
            return 0;
        }
        m->e = k;
        return 1;
    }
    if (t->cls == L_REL && t->val == R_THESE && is_word(c, k, sent, "days")) {
        v_str(m, "PRESENT_REF");
        m->e = k + 1;
        return 1;
    }
    return 0;
}

/* After "the": "the future", "the near future", "the past", "the present". */
static int r_the_ref(struct ctx *c, size_t j, struct m *m)
{
    uint32_t sent = c->it[j].sent;
    const struct item *t = &c->it[j];
    size_t k = j + 1;
    const struct item *nx;

    m->anchor = TIMEX_ANCHOR_DCT;
    m->rule = "ref";
    m->takes_the = 1;
    if (t->cls == L_FUNC && t->val == F_NEAR && is_cls(c, k, sent, L_REFW) &&
        c->it[k].val == REF_FUTURE) {
        v_str(m, "FUTURE_REF");
        m->e = k + 1;
        return 1;
    }
    /* "in the near term", "for the short term", "over the long term" (not the
       adjectives "long-term debt", "the long-term value") */
    if (t->cls == L_FUNC && (t->val == F_NEAR || t->val == F_SHORT || t->val == F_LONG) &&
        is_func(c, k, sent, F_TERM) && !(c->it[k].flags & IF_HYPH) &&
        !(c->it[k].flags & IF_PLURAL)) {
        nx = at(c, k + 1, sent);
        if (nx && (nx->flags & IF_HYPH))
            return 0;
        if (nx && c->toks) {
            uint16_t p = item_pos(c, nx);
            if (p == POS_NN || p == POS_NNS || p == POS_NNP || p == POS_NNPS || p == POS_JJ)
                return 0;
        }
        v_str(m, "FUTURE_REF");
        m->e = k + 1;
        return 1;
    }
    nx = at(c, k, sent);
    /* the noun only: "the future.", "in the past, ..." but not "the future president";
       nor "the future of the company" (the company's prospects, not a time) */
    if (nx && nx->cls == L_FUNC && nx->val == F_OF)
        return 0;
    if (nx && c->toks && !(nx->flags & IF_PUNCT)) {
        /* with POS tags, any word but a noun or adjective may follow the noun: "in the
           past it considered ...", "in the past that they were ..." */
        uint16_t p = item_pos(c, nx);
        if (p == POS_NN || p == POS_NNS || p == POS_NNP || p == POS_NNPS || p == POS_JJ ||
            p == POS_CD)
            return 0;
        /* "... and the future looks bleak": a subject (the prospects), unless a preposition
           makes it a time ("whether it proves positive in the future is unclear") */
        if (is_verb_tag(p) &&
            !(j >= 2 && c->it[j - 2].sent == sent && (item_pos(c, &c->it[j - 2]) == POS_IN ||
                                                      item_pos(c, &c->it[j - 2]) == POS_TO)))
            return 0;
    } else if (nx && !(nx->flags & IF_PUNCT) && nx->cls != L_FUNC && nx->cls != L_FUTCUE) {
        return 0;
    }
    if (t->cls == L_REFW && t->val == REF_FUTURE) {
        v_str(m, "FUTURE_REF");
    } else if (t->cls == L_REL && t->val == R_PAST) {
        v_str(m, "PAST_REF");
    } else if (t->cls == L_REFW && t->val == REF_PRESENT) {
        v_str(m, "PRESENT_REF");
    } else {
        return 0;
    }
    m->e = k;
    return 1;
}

/* Is the unit item at k one the "last/this/next UNIT" rule resolves? */
static int calendar_unit(int u)
{
    return u == U_DAY || u == U_WEEK || u == U_WEEKEND || u == U_MONTH || u == U_QUARTER ||
           u == U_YEAR || u == U_DECADE || u == U_CENTURY || u == U_HALF;
}

/* Value of "last/this/next" (shift -1/0/+1) + a calendar unit, against the DCT. */
static int v_rel_unit(const struct ctx *c, struct m *m, int unit, int shift)
{
    if (unit == U_WEEKEND) {
        if (!has_dct(c)) {
            v_str(m, "XXXX-WXX-WE");
            return 1;
        }
        v_week(m, c->dct + 7 * shift);
        v_append(m, "-WE");
        return 1;
    }
    if (unit == U_HALF) {
        int h = c->dm <= 6 ? 1 : 2, y = c->dy;
        if (!has_dct(c)) {
            v_str(m, "XXXX-HX");
            return 1;
        }
        h += shift;
        if (h == 0) {
            h = 2;
            y--;
        } else if (h == 3) {
            h = 1;
            y++;
        }
        v_half(m, y, h);
        return 1;
    }
    return v_shift(c, m, unit, shift);
}

/* Value of a month name after last/this/next. */
static void v_rel_month(const struct ctx *c, struct m *m, int mo, int rel)
{
    int y;
    if (!has_dct(c)) {
        v_month(m, NO_YEAR, mo);
        return;
    }
    if (rel == R_LAST || rel == R_PAST)
        y = mo < c->dm ? c->dy : c->dy - 1;
    else if (rel == R_NEXT || rel == R_COMING)
        y = mo > c->dm ? c->dy : c->dy + 1;
    else
        y = c->dy;
    v_month(m, y, mo);
}

/* Value of a season after last/this/next (or none: the DCT's year). */
static void v_rel_season(const struct ctx *c, struct m *m, int s, int rel)
{
    int sy, cur, y;
    if (!has_dct(c)) {
        v_season(m, NO_YEAR, s);
        return;
    }
    cur = season_of(c->dy, c->dm, &sy);
    if (rel == R_LAST || rel == R_PAST)
        y = s < cur ? sy : sy - 1;
    else if (rel == R_NEXT || rel == R_COMING)
        y = s > cur ? sy : sy + 1;
    else if (s == SEA_WI)
        y = c->dm <= 2 ? c->dy - 1 : c->dy; /* the winter running in January, else December's */
    else
        y = c->dy; /* "this spring" in February is the coming one, not the winter's label year */
    v_season(m, y, s);
}

static size_t period_year(struct ctx *c, size_t k, uint32_t sent, int *y);
static int r_decade(struct ctx *c, size_t j, struct m *m);

/*
 * "the quarter", "the latest quarter", "the latest period" in earnings copy:
 * the quarter under discussion, i.e. the last one named (a company's fiscal
 * quarter need not be the calendar one), else the last completed quarter.
 */
static int v_quarter_discussed(const struct ctx *c, struct m *m)
{
    if (c->last_quarter >= 0 && (!has_dct(c) || c->out[c->last_quarter].end_day < c->dct)) {
        v_str(m, c->out[c->last_quarter].value);
        m->anchor = c->last_quarter;
        return 1;
    }
    return v_rel_unit(c, m, U_QUARTER, -1);
}

/* The earlier timex a narrative phrase hangs on: the last day mentioned, else the DCT. */
static int32_t narrative_anchor(const struct ctx *c, struct m *m)
{
    if (c->last_day >= 0) {
        m->anchor = c->last_day;
        return c->out[c->last_day].begin_day;
    }
    m->anchor = has_dct(c) ? TIMEX_ANCHOR_DCT : TIMEX_ANCHOR_NONE;
    return c->dct;
}

/*
 * last/this/next/past/coming/previous/following/current/latest/recent/same/that
 * + unit, weekday, month, season or part of day:
 *   "last week", "this morning", "next Friday", "last November", "this summer",
 *   "the past year" (a point), "the past three years" (a duration),
 *   "the following day", "that day", "the current quarter", "recent years".
 * the_before: a "the" precedes (narrative readings need it).
 */
static int r_year_compound(struct ctx *c, size_t j, struct m *m);
static size_t part_of_month(struct ctx *c, size_t k, int unit, int ord, struct m *m);
static int core(struct ctx *c, size_t j, struct m *m, int the_before);
static int r_holiday(struct ctx *c, size_t j, struct m *m);
static int32_t holiday_day(int h, int y);

/*
 * "last Thanksgiving", "this Christmas", "next Easter" (holiday at item k):
 * the last one before the DCT, the one of the DCT's year, the first one after
 * the DCT (timex3.md 8.4, as for months).
 */
static int rel_holiday(struct ctx *c, size_t k, int rel, struct m *m)
{
    struct m sub;
    int32_t day, base;
    int y, mo, d, i;
    memset(&sub, 0, sizeof(sub));
    sub.point_day = DAY_NONE;
    if (!r_holiday(c, k, &sub) || (day = day_parse_iso(sub.value)) == DAY_NONE ||
        is_year_item(c, k + 1, c->it[k].sent))
        return 0;
    day_to_ymd(day, &y, &mo, &d);
    /* the same holiday in year y + i: a fixed date, or Easter/Thanksgiving recomputed */
    for (i = -2; i <= 2; i++) {
        int yy = y + i;
        if (c->it[k].cls == L_HOLIDAY && holiday_day(c->it[k].val, yy) != DAY_NONE) {
            base = holiday_day(c->it[k].val, yy);
        } else if (ymd_is_valid(yy, mo, d)) {
            base = day_from_ymd(yy, mo, d);
        } else {
            continue;
        }
        if ((rel == R_THIS && yy == c->dy) ||
            (rel == R_LAST && base < c->dct && base + 366 >= c->dct) ||
            (rel == R_NEXT && base > c->dct && base - 366 <= c->dct)) {
            v_day(m, base);
            m->rule = "rel_holiday";
            m->anchor = TIMEX_ANCHOR_DCT;
            m->e = sub.e;
            return 1;
        }
    }
    return 0;
}

static int r_rel(struct ctx *c, size_t j, struct m *m, int the_before)
{
    uint32_t sent = c->it[j].sent;
    int rel = c->it[j].val;
    size_t k = j + 1;
    const struct item *u;
    struct amount am;
    size_t ka;
    int shift;

    m->takes_the = 1;
    m->anchor = has_dct(c) ? TIMEX_ANCHOR_DCT : TIMEX_ANCHOR_NONE;
    /* "the strike may last several weeks": after a modal, "to" or "not", "last" is the verb */
    if (rel == R_LAST && j > 0 && c->it[j - 1].sent == sent &&
        (is_word(c, j - 1, sent, "will") || is_word(c, j - 1, sent, "won't") ||
         is_word(c, j - 1, sent, "shall") || is_func(c, j - 1, sent, F_TO) ||
         is_word(c, j - 1, sent, "may") || is_word(c, j - 1, sent, "might") ||
         is_word(c, j - 1, sent, "could") || is_word(c, j - 1, sent, "would") ||
         is_word(c, j - 1, sent, "can") || is_word(c, j - 1, sent, "should") ||
         is_word(c, j - 1, sent, "must") || is_word(c, j - 1, sent, "not") ||
         is_word(c, j - 1, sent, "did") || is_word(c, j - 1, sent, "does")))
        return 0;
    /* "This Week With David Brinkley": title case inside a sentence is a name */
    if ((c->it[j].flags & IF_CAP) && !(c->it[j].flags & (IF_SENT_START | IF_ALLCAPS)) &&
        k < c->n && (c->it[k].flags & IF_CAP) && c->it[k].cls == L_UNIT)
        return 0;
    /* "the current fiscal year": "fiscal" does not change the period */
    if ((is_func(c, k, sent, F_FISCAL) || is_func(c, k, sent, F_CALENDAR)) &&
        is_cls(c, k + 1, sent, L_UNIT))
        k++;
    /* "that same day", "that same year": as "that day" */
    if (rel == R_THAT && is_cls(c, k, sent, L_REL) && c->it[k].val == R_SAME &&
        is_cls(c, k + 1, sent, L_UNIT))
        k++;
    /* "this past week", "this coming weekend" */
    if (rel == R_THIS && (is_cls(c, k, sent, L_REL)) &&
        (c->it[k].val == R_PAST || c->it[k].val == R_COMING)) {
        rel = c->it[k].val == R_PAST ? R_LAST : R_NEXT;
        k++;
    }
    /* "the past three years", "the next few days", "the last 10 years": durations */
    if ((rel == R_PAST || rel == R_LAST || rel == R_NEXT || rel == R_COMING || rel == R_PREVIOUS ||
         rel == R_FOLLOWING || rel == R_RECENT) &&
        (ka = parse_amount(c, k, sent, &am)) != 0 && !am.is_a && is_cls(c, ka, sent, L_UNIT)) {
        u = &c->it[ka];
        if (!v_duration(m, u->val, &am))
            return 0;
        m->type = TIMEX_DURATION;
        m->rule = "rel_amount_unit";
        m->anchor = TIMEX_ANCHOR_NONE;
        m->e = ka + 1;
        return 1;
    }
    u = at(c, k, sent);
    if (!u)
        return 0;
    /* plural units: "recent years" (a duration), "the coming months" (the future) */
    if (u->cls == L_UNIT && (u->flags & IF_PLURAL)) {
        am.n = -1;
        am.half = 0;
        if (rel == R_RECENT || rel == R_PAST || rel == R_LAST) {
            if (!v_duration(m, u->val, &am))
                return 0;
            m->type = TIMEX_DURATION;
            m->rule = "rel_units";
            m->anchor = TIMEX_ANCHOR_NONE;
        } else if (rel == R_COMING || rel == R_NEXT || rel == R_UPCOMING) {
            v_str(m, "FUTURE_REF");
            m->rule = "rel_units";
        } else {
            return 0;
        }
        m->e = k + 1;
        return 1;
    }
    if (rel == R_RECENT || rel == R_THESE)
        return 0;
    if (u->cls == L_HOLIDAY && (rel == R_LAST || rel == R_THIS || rel == R_NEXT) && has_dct(c))
        return rel_holiday(c, k, rel, m);
    if (rel == R_CURRENT && u->cls != L_UNIT && !the_before) {
        /* "current market conditions", "its current position": the present (timex3.md 5.5) */
        v_str(m, "PRESENT_REF");
        m->rule = "ref_current";
        m->takes_the = 0;
        m->e = k;
        return 1;
    }
    shift = 0;
    switch (rel) {
    case R_LAST:
    case R_PAST:
    case R_PREVIOUS:
    case R_PRECEDING:
    case R_PRIOR:
        shift = -1;
        break;
    case R_NEXT:
    case R_COMING:
    case R_FOLLOWING:
    case R_UPCOMING:
        shift = 1;
        break;
    default:
        shift = 0;
    }
    if (u->cls == L_UNIT && rel == R_SAME && u->val == U_YEAR && !(u->flags & IF_PLURAL) &&
        is_cls(c, k + 1, sent, L_FUNC) && c->it[k + 1].val == F_AGO && (c->it[k + 1].flags & IF_HYPH))
        /* "the comparable year-ago quarter": the year-ago phrase, "comparable" inside */
        return r_year_compound(c, k, m);
    if (u->cls == L_UNIT) {
        int unit = u->val;
        /* narrative: "the next day", "the following week", "the previous day", "that day",
           "the same day" hang on the last day mentioned */
        int narrative = (the_before && (rel == R_NEXT || rel == R_FOLLOWING ||
                                        rel == R_PREVIOUS || rel == R_PRECEDING ||
                                        rel == R_SAME)) ||
                        rel == R_THAT || rel == R_FOLLOWING || rel == R_PREVIOUS ||
                        rel == R_PRECEDING || rel == R_PRIOR;
        m->e = k + 1;
        if (unit == U_DAY) {
            int32_t base;
            if (!narrative && rel != R_THIS)
                return 0; /* "last day" is not a date */
            if (rel == R_THIS) {
                base = c->dct;
            } else {
                base = narrative_anchor(c, m);
            }
            v_day(m, base == DAY_NONE ? DAY_NONE : base + shift);
            m->rule = "rel_day";
            return 1;
        }
        if ((unit == U_WEEK || unit == U_HALF) && rel == R_LAST) {
            /* "the last week of March", "the last half of June" */
            size_t e = part_of_month(c, k + 1, unit, unit == U_WEEK ? -1 : 2, m);
            if (e) {
                m->rule = "part_of_month";
                m->e = e;
                return 1;
            }
        }
        if ((unit == U_HALF || unit == U_QUARTER) && rel == R_LAST && is_func(c, k + 1, sent, F_OF)) {
            /* "the last half of 1989", "the last quarter of this year": the final part of a
               named period, not the part before the DCT; "the last half of the '80s" */
            int y;
            size_t e = period_year(c, k + 1, sent, &y), d = k + 2;
            if (y != NO_YEAR) {
                if (unit == U_HALF)
                    v_half(m, y, 2);
                else
                    v_quarter(m, y, 4);
                m->anchor = TIMEX_ANCHOR_NONE;
                m->rule = "last_part_of";
                m->e = e;
                return 1;
            }
            if (is_func(c, d, sent, F_THE))
                d++;
            if (unit == U_HALF && (is_cls(c, d, sent, L_DECNUM) || is_cls(c, d, sent, L_DECW)) &&
                r_decade(c, d, m)) {
                m->mod = "END";
                m->rule = "last_part_of";
                m->takes_the = 1;
                return 1;
            }
        }
        if (!calendar_unit(unit)) {
            if (unit == U_PERIOD && (rel == R_LATEST || rel == R_SAME)) {
                m->rule = "rel_period";
                /* "sales rose in February compared to the same period last year": the
                   month just named is the period; a quarter goes the earnings way below */
                if (rel == R_SAME && c->last_period >= 0 &&
                    c->out[c->last_period].value[5] >= '0' &&
                    c->out[c->last_period].value[5] <= '1') {
                    v_str(m, c->out[c->last_period].value);
                    m->anchor = c->last_period;
                    return 1;
                }
                goto latest_quarter;
            }
            return 0;
        }
        if (narrative && (unit == U_WEEK || unit == U_MONTH || unit == U_YEAR)) {
            /* "that year", "the following week", "the same month": the anchor's period
               (for a month or a year, any period mentioned last will do: "in 1988 ... that year") */
            int32_t base;
            const struct timex *lp = c->last_point >= 0 ? &c->out[c->last_point] : NULL;
            if (lp && (unit == U_YEAR || lp->end_day - lp->begin_day < 31)) {
                /* the last point named, whatever its size: "in 1988 ... that year",
                   "on May 22, 1995 ... the following year" */
                m->anchor = c->last_point;
                base = lp->begin_day;
            } else if (unit != U_WEEK && c->last_period >= 0) {
                m->anchor = c->last_period;
                base = c->out[c->last_period].begin_day;
            } else {
                base = narrative_anchor(c, m);
            }
            int y, mo, d;
            if (base == DAY_NONE) {
                v_shift(c, m, unit, 0);
            } else {
                day_to_ymd(base, &y, &mo, &d);
                if (unit == U_WEEK) {
                    v_week(m, base + 7 * shift);
                } else if (unit == U_MONTH) {
                    month_add(&y, &mo, shift);
                    v_month(m, y, mo);
                } else {
                    v_year(m, y + shift);
                }
            }
            m->rule = "rel_narrative";
            return 1;
        }
        if (unit == U_QUARTER && (rel == R_LAST || rel == R_PAST || rel == R_PREVIOUS)) {
            m->rule = "rel_quarter";
            /* the last completed quarter */
            if (!v_rel_unit(c, m, U_QUARTER, -1))
                return 0;
            return 1;
        }
        if (unit == U_QUARTER && (rel == R_LATEST || rel == R_SAME)) {
            m->rule = "rel_quarter";
        latest_quarter:
            /* "the latest quarter/period", "the same quarter": the one being reported */
            return v_quarter_discussed(c, m);
        }
        if (rel == R_LATEST || rel == R_SAME || rel == R_THAT)
            return 0;
        if (rel == R_PAST && (unit == U_DECADE || unit == U_CENTURY)) {
            /* "the past decade", "the past century": the last ten / hundred years */
            am.n = 1;
            am.half = 0;
            v_duration(m, unit, &am);
            m->type = TIMEX_DURATION;
            m->rule = "rel_unit";
            return 1;
        }
        if (unit == U_YEAR && (u->flags & IF_POSS) && has_dct(c) &&
            (is_cls(c, k + 1, sent, L_ORDW) || is_cls(c, k + 1, sent, L_ORDNUM)) &&
            is_cls(c, k + 2, sent, L_UNIT) && !(c->it[k + 2].flags & IF_PLURAL) &&
            (rel == R_LAST || rel == R_THIS || rel == R_NEXT || rel == R_CURRENT)) {
            /* "this year's third quarter", "next year's first half" */
            const struct item *o = &c->it[k + 1];
            int ord = o->cls == L_ORDW ? o->val : o->num;
            if (c->it[k + 2].val == U_QUARTER && ord >= 1 && ord <= 4)
                v_quarter(m, c->dy + shift, ord);
            else if (c->it[k + 2].val == U_HALF && ord >= 1 && ord <= 2)
                v_half(m, c->dy + shift, ord);
            else
                goto plain_unit;
            m->rule = "rel_year_period";
            m->e = k + 3;
            return 1;
        }
        if (unit == U_YEAR && (u->flags & IF_POSS) && rel == R_LAST && is_cls(c, k + 1, sent, L_UNIT) &&
            !(c->it[k + 1].flags & IF_PLURAL) &&
            (c->it[k + 1].val == U_QUARTER || c->it[k + 1].val == U_PERIOD)) {
            /* "last year's quarter", "last year's period": the quarter under discussion,
               a year before (as "the year-ago quarter") */
            char v[sizeof(m->value)];
            if (!v_quarter_discussed(c, m))
                return 0;
            memcpy(v, m->value, sizeof(v));
            if (!v_years_before(m, v, 1))
                return 0;
            m->is_yearago = 1;
            m->rule = "year_ago";
            m->e = k + 2;
            return 1;
        }
    plain_unit:
        if (!v_rel_unit(c, m, unit, shift))
            return 0;
        m->rule = "rel_unit";
        return 1;
    }
    if (u->cls == L_WDAY && is_capitalised(u) && !(u->flags & IF_PLURAL) &&
        !((u->flags & IF_ABBR) && !(u->flags & IF_DOT))) {
        int wd = u->val, delta;
        int32_t day = DAY_NONE;
        m->e = k + 1;
        m->rule = "rel_weekday";
        if (rel == R_FOLLOWING || (the_before && rel == R_NEXT) || rel == R_PREVIOUS ||
            rel == R_THAT) {
            int32_t base = narrative_anchor(c, m);
            if (base != DAY_NONE) {
                delta = ((wd - day_weekday(base)) % 7 + 7) % 7;
                if (shift > 0)
                    day = base + (delta ? delta : 7);
                else if (shift < 0)
                    day = base - (delta ? 7 - delta : 7);
                else
                    day = base + delta;
            }
        } else if (has_dct(c)) {
            delta = ((wd - c->dwd) % 7 + 7) % 7;
            if (shift < 0)
                day = c->dct - (delta ? 7 - delta : 7);
            else if (shift > 0)
                day = c->dct + (delta ? delta : 7);
            else
                day = c->dct - (c->dwd - 1) + (wd - 1);
        }
        v_day(m, day);
        if (is_cls(c, k + 1, sent, L_POD) && c->it[k + 1].val <= POD_NI) {
            v_append(m, pod_code[c->it[k + 1].val]);
            m->e++;
        } else {
            /* "this coming Sunday, March eighth": weekday + date is one expression, as
               "Friday, Oct. 23" is; the date's value */
            struct m sub;
            size_t d = k + 1 + (size_t)is_punct(c, k + 1, sent, ',');
            memset(&sub, 0, sizeof(sub));
            sub.anchor = TIMEX_ANCHOR_NONE;
            sub.cue = "none";
            if (is_cls(c, d, sent, L_MONTH) && r_month(c, d, &sub) &&
                !strcmp(sub.rule, "month_day")) {
                memcpy(m->value, sub.value, sizeof(m->value));
                m->anchor = sub.anchor;
                m->cue = sub.cue;
                m->e = sub.e;
            }
        }
        return 1;
    }
    if (u->cls == L_MONTH && is_capitalised(u) && (rel == R_LAST || rel == R_THIS ||
                                                   rel == R_NEXT || rel == R_PAST) &&
        !day_item(c, k + 1, sent)) {
        v_rel_month(c, m, u->val, rel);
        m->rule = "rel_month";
        m->e = k + 1;
        return 1;
    }
    if (u->cls == L_SEASON && (rel == R_LAST || rel == R_THIS || rel == R_NEXT ||
                               rel == R_PAST || rel == R_COMING)) {
        v_rel_season(c, m, u->val, rel);
        m->rule = "rel_season";
        m->e = k + 1;
        return 1;
    }
    if (u->cls == L_POD && !(u->flags & IF_PLURAL) && u->val <= POD_NI) {
        /* "this morning", "last night", "that evening" */
        int32_t day;
        if (rel == R_THIS)
            day = c->dct;
        else if (rel == R_LAST && u->val == POD_NI)
            day = dct_plus(c, -1);
        else if (rel == R_THAT || rel == R_SAME)
            day = narrative_anchor(c, m);
        else if (the_before && (rel == R_NEXT || rel == R_FOLLOWING)) {
            day = narrative_anchor(c, m);
            if (day != DAY_NONE)
                day++;
        } else
            return 0;
        v_day(m, day);
        v_append(m, pod_code[u->val]);
        m->type = TIMEX_TIME;
        m->rule = "rel_pod";
        m->e = k + 1;
        return 1;
    }
    return 0;
}

/* "a year" as a rate: "$5 a year", "four times a week", "24 hours a day" */
static int is_rate(const struct ctx *c, size_t j, uint32_t sent)
{
    if (j > 0 && c->it[j - 1].sent == sent) {
        const struct item *p = &c->it[j - 1];
        if (p->cls == L_DIGITS || p->cls == L_OTHERNUM || p->cls == L_NUMW ||
            (p->cls == L_UNIT && (p->flags & IF_PLURAL)) ||
            (p->cls == L_FUNC && (p->val == F_TIMES || p->val == F_PERCENT)) ||
            item_is(c->text, p, "once") || item_is(c->text, p, "twice") ||
            item_is(c->text, p, "million") || item_is(c->text, p, "billion") ||
            (!(p->flags & IF_PUNCT) && p->cls == L_NONE && p->len > 2 &&
             c->text[p->off + p->len - 1] == 's' && c->text[p->off + p->len - 2] != 's' &&
             !item_is(c->text, p, "was") && !item_is(c->text, p, "has") &&
             !item_is(c->text, p, "is") && !item_is(c->text, p, "its") &&
             !item_is(c->text, p, "this") &&
             /* with POS tags, only a plural noun: "comes a day after" is a verb */
             (!c->toks || item_pos(c, p) == POS_NNS || item_pos(c, p) == POS_NNPS)))
            return 1;
    }
    return 0;
}

/*
 * Amount + unit: "three days", "a 16-hour flight", "5 1/2 hours" (DURATION);
 * "two months ago", "a year earlier", "two weeks from now" (DATE); "[two
 * days] later" (DURATION, "later" outside, the day it points to recorded).
 * Ages ("44-year-old", "44 years old") and rates ("$5 a year") are refused.
 */
/* After a unit: "or so", "or two" belong to the phrase; returns the new end. */
static size_t or_so(const struct ctx *c, size_t k, uint32_t sent)
{
    if (is_func(c, k, sent, F_OR) && (is_word(c, k + 1, sent, "so") ||
                                     is_cls(c, k + 1, sent, L_NUMW) ||
                                     is_cls(c, k + 1, sent, L_DIGITS)) &&
        !is_cls(c, k + 2, sent, L_UNIT))
        return k + 2;
    return k;
}

static int r_amount(struct ctx *c, size_t j, struct m *m)
{
    uint32_t sent = c->it[j].sent;
    struct amount am;
    size_t k = parse_amount(c, j, sent, &am);
    const struct item *u;
    int unit;

    /* "two more weeks", "an additional year", "five extra days": the amount still counts
       the unit */
    if (k && is_cls(c, k + 1, sent, L_UNIT) &&
        ((is_cls(c, k, sent, L_APPROX) && c->it[k].val == A_MORE) ||
         is_word(c, k, sent, "additional") || is_word(c, k, sent, "extra") ||
         is_word(c, k, sent, "further")))
        k++;
    /* "eight trading days", "three business days", "ten working days" */
    else if (k && is_cls(c, k + 1, sent, L_UNIT) && c->it[k + 1].val == U_DAY &&
             (is_word(c, k, sent, "trading") || is_word(c, k, sent, "business") ||
              is_word(c, k, sent, "working")))
        k++;
    if (!k || !is_cls(c, k, sent, L_UNIT))
        return 0;
    u = &c->it[k];
    unit = u->val;
    if (am.n >= 1000 && !(u->flags & IF_PLURAL))
        return 0; /* "the 1988 quarter": a year, not an amount */
    /* "two year" without its hyphen is an adjective in transcripts ("a five year plan") */
    if (am.n == 0)
        return 0;
    /* "a months-long strike", "a day-long strike": the article belongs to the noun, the
       units to "-long" */
    if (am.is_a && ((u->flags & IF_PLURAL) || (is_func(c, k + 1, sent, F_LONG) &&
                                              (c->it[k + 1].flags & IF_HYPH))))
        return 0;
    /* fractions: "three-quarters of", "two quarters of the vote", "a quarter of the market" */
    if (unit == U_QUARTER && (((u->flags & IF_PLURAL) && (u->flags & IF_HYPH)) ||
                              is_func(c, k + 1, sent, F_OF)))
        return 0;
    /* "789, or about a quarter, of its dealers", "minimal in a quarter that produced a
       loss": a bare "a quarter" is a fraction or any quarter, not a length of time
       (annotated 0 of 3 in TempEval-3 and MEANTIME); "a quarter earlier" stays */
    if (unit == U_QUARTER && am.is_a && !(u->flags & (IF_PLURAL | IF_HYPH)) &&
        !is_func(c, k + 1, sent, F_AGO) && !is_func(c, k + 1, sent, F_EARLIER) &&
        !is_func(c, k + 1, sent, F_LATER) && !is_cls(c, k + 1, sent, L_POS))
        return 0;
    /* a capitalised unit inside a sentence is a name ("60 Minutes") */
    if ((u->flags & IF_CAP) && !(u->flags & IF_ALLCAPS) && !(c->it[j].flags & IF_SENT_START) &&
        !(u->flags & IF_HYPH))
        return 0;
    /* "year-earlier", "year-ago": the compound rule tags the adjective alone */
    if (k + 1 < c->n && (c->it[k + 1].flags & IF_HYPH) && c->it[k + 1].sent == sent &&
        (c->it[k + 1].cls == L_POS || is_func(c, k + 1, sent, F_AGO)))
        return 0;
    /* "24 hours a day", "seven days a week", "three hours per day": a rate of use, not a
       duration (timex3.md 5.11) */
    if ((u->flags & IF_PLURAL) && (is_func(c, k + 1, sent, F_A) || is_func(c, k + 1, sent, F_PER) ||
                                   is_cls(c, k + 1, sent, L_EVERY)) &&
        is_cls(c, k + 2, sent, L_UNIT) && !(c->it[k + 2].flags & IF_PLURAL) &&
        c->it[k + 2].val > unit)
        return 0;
    /* ages */
    if (is_func(c, k + 1, sent, F_OLD) || (c->it[j].flags & IF_HYPH && j > 0 &&
                                           c->it[j - 1].cls == L_FUNC && c->it[j - 1].val == F_OLD))
        return 0;
    if (is_word(c, k + 1, sent, "olds"))
        return 0;
    if ((is_func(c, k + 1, sent, F_AND) && (is_func(c, k + 2, sent, F_A) ||
                                             is_func(c, k + 2, sent, F_AN)) &&
         is_half(c, k + 3, sent))) {
        am.half = 1;
        k += 3;
    }
    k++;
    /* "a year or two", "a week or so ago" */
    k = or_so(c, k, sent);
    /* "N units ago": a point at the unit's granularity */
    if (is_func(c, k, sent, F_AGO) || is_func(c, k, sent, F_EARLIER) ||
        (is_cls(c, k, sent, L_POS) && c->it[k].val == P_EARLIER)) {
        int is_ago = is_func(c, k, sent, F_AGO);
        m->e = k + 1;
        m->type = TIMEX_DATE;
        if (am.n == 1 && unit == U_YEAR && c->last_period >= 0 &&
            (!is_ago || c->out[c->last_period].value[4] == '-')) {
            /* year-ago phrase in earnings copy: the period a year before the last one mentioned */
            if (!v_years_before(m, c->out[c->last_period].value, 1))
                return 0;
            m->anchor = c->last_period;
            m->is_yearago = 1;
            m->rule = "year_ago";
            return 1;
        }
        if (am.n < 0) {
            v_str(m, "PAST_REF");
            m->rule = "units_ago";
            return 1;
        }
        if (!is_ago) {
            /* "two days earlier": before the last day mentioned */
            int32_t base = narrative_anchor(c, m);
            if (unit == U_DAY && base != DAY_NONE) {
                v_day(m, base - am.n);
                m->rule = "units_earlier";
                return 1;
            }
            if (unit == U_YEAR && c->last_period >= 0) {
                if (!v_years_before(m, c->out[c->last_period].value, am.n))
                    return 0;
                m->anchor = c->last_period;
                m->rule = "units_earlier";
                return 1;
            }
        }
        if (!v_shift(c, m, unit == U_WEEKEND ? U_WEEK : unit, -am.n))
            return 0;
        m->anchor = has_dct(c) ? TIMEX_ANCHOR_DCT : TIMEX_ANCHOR_NONE;
        m->rule = is_ago ? "units_ago" : "units_earlier";
        return 1;
    }
    if (is_func(c, k, sent, F_FROM) && is_cls(c, k + 1, sent, L_REFW) &&
        c->it[k + 1].val == REF_NOW && am.n > 0) {
        m->e = k + 2;
        if (!v_shift(c, m, unit, am.n))
            return 0;
        m->anchor = has_dct(c) ? TIMEX_ANCHOR_DCT : TIMEX_ANCHOR_NONE;
        m->rule = "units_from_now";
        return 1;
    }
    if (is_func(c, k, sent, F_FROM) && is_cls(c, k + 1, sent, L_DEICT) &&
        c->it[k + 1].val != D_TONIGHT && am.n > 0 && !am.half &&
        (unit == U_DAY || unit == U_WEEK)) {
        /* "a week from today", "three days from tomorrow": that day */
        int d = c->it[k + 1].val, off = d == D_YESTERDAY ? -1 : d == D_TOMORROW ? 1 : 0;
        v_day(m, dct_plus(c, off + am.n * (unit == U_WEEK ? 7 : 1)));
        m->anchor = has_dct(c) ? TIMEX_ANCHOR_DCT : TIMEX_ANCHOR_NONE;
        m->rule = "units_from_day";
        m->e = k + 2;
        return 1;
    }
    if (am.is_a && is_rate(c, j, sent))
        return 0;
    if (!v_duration(m, unit, &am))
        return 0;
    m->type = TIMEX_DURATION;
    m->rule = "duration";
    /* "the six months", "the four days": the article belongs to a counted duration, but
       not to an adjective ("the [two-week] visit") */
    m->takes_the = !am.is_a && !(u->flags & IF_HYPH) && (u->flags & IF_PLURAL);
    m->anchor = TIMEX_ANCHOR_NONE;
    m->e = k;
    /* "[two days] later": the duration points to a day after the last one mentioned */
    if ((is_cls(c, k, sent, L_POS) && c->it[k].val == P_LATER) || is_func(c, k, sent, F_AFTER)) {
        if (unit == U_DAY && am.n > 0 && c->last_day >= 0) {
            m->point_day = c->out[c->last_day].begin_day + am.n;
            m->anchor = c->last_day;
            m->rule = "duration_later";
        }
    }
    return 1;
}

/* "years", "weeks" after "for", "over", "within", "in", "after": an unknown amount (PXY). */
static int r_bare_units(struct ctx *c, size_t j, struct m *m)
{
    uint32_t sent = c->it[j].sent;
    const struct item *u = &c->it[j], *p;
    struct amount am = {-1, 0, 0};

    if (is_func(c, j + 1, sent, F_LONG) && (c->it[j + 1].flags & IF_HYPH) &&
        !(u->flags & IF_HYPH)) {
        /* "a decades-long dispute", "a months-long strike": an unknown number of units
           (decades in years, as annotators wrote it: PXY); "a day-long strike", "a
           year-long inquiry": one */
        int plural = (u->flags & IF_PLURAL) != 0;
        if (!plural)
            am.n = 1;
        if (!v_duration(m, plural && u->val == U_DECADE ? U_YEAR : u->val, &am))
            return 0;
        m->type = TIMEX_DURATION;
        m->rule = "units_long";
        m->anchor = TIMEX_ANCHOR_NONE;
        m->e = j + 2;
        return 1;
    }
    if (!(u->flags & IF_PLURAL) || j == 0)
        return 0;
    p = &c->it[j - 1];
    if (p->sent != sent || p->cls != L_FUNC)
        return 0;
    if (p->val != F_FOR && p->val != F_WITHIN && p->val != F_IN && p->val != F_AFTER &&
        !(p->cls == L_APPROX))
        return 0;
    if (is_func(c, j + 1, sent, F_OLD) || is_func(c, j + 1, sent, F_AGO))
        return 0;
    if (!v_duration(m, u->val, &am))
        return 0;
    m->type = TIMEX_DURATION;
    m->rule = "bare_units";
    m->anchor = TIMEX_ANCHOR_NONE;
    m->e = j + 1;
    /* "weeks or months": one vague duration */
    if (is_func(c, j + 1, sent, F_OR) && is_cls(c, j + 2, sent, L_UNIT) &&
        (c->it[j + 2].flags & IF_PLURAL))
        m->e = j + 3;
    return 1;
}

/*
 * "the quarter", "the weekend", "the year ended Sept. 30", "the fiscal year":
 * a calendar unit with a bare "the" (the caller saw it). Earnings copy
 * means the last completed quarter; "the weekend" is the most recent one;
 * "the year" is a DATE only in "for/of the year" and a one-year DURATION
 * before "ended/ending" (timex3.md 5.9, 5.11, 5.13).
 */
/* An hour of the clock at item k, as in "a quarter to [five]": 1-12 ending the phrase. */
static int hour_next(const struct ctx *c, size_t k)
{
    const struct item *t = k < c->n ? &c->it[k] : NULL, *nx;
    int h;
    if (!t || t->sent != c->it[k - 1].sent)
        return 0;
    h = t->cls == L_DIGITS ? t->num : t->cls == L_NUMW ? t->val : 0;
    if (h < 1 || h > 12)
        return 0;
    nx = at(c, k + 1, t->sent);
    return !nx || (nx->flags & IF_PUNCT) || nx->cls == L_AMPM ||
           (nx->cls == L_FUNC && nx->val == F_OCLOCK);
}

static int r_the_unit(struct ctx *c, size_t j, struct m *m)
{
    uint32_t sent = c->it[j].sent;
    size_t k = j;
    const struct item *u, *p = j >= 2 && c->it[j - 2].sent == c->it[j].sent ? &c->it[j - 2] : NULL;
    const struct item *nx;
    int fiscal = 0;

    if (is_func(c, k, sent, F_FISCAL) || is_func(c, k, sent, F_FULL)) {
        fiscal = 1; /* "the fiscal year", "the full/entire year": the year being reported */
        k++;
    }
    u = at(c, k, sent);
    /* "over the years", "through the years", "the weeks ahead": a vague duration */
    if (!fiscal && u && u->cls == L_UNIT && (u->flags & IF_PLURAL) && u->val >= U_DAY &&
        u->val <= U_YEAR && u->val != U_WEEKEND && u->val != U_FORTNIGHT &&
        !(k + 1 < c->n && (c->it[k + 1].flags & IF_HYPH)) &&
        (is_word(c, k + 1, sent, "ahead") ||
         (u->val == U_YEAR && p &&
          ((p->cls == L_APPROX && p->val == A_OVER) ||
           (p->cls == L_FUNC && p->val == F_THROUGH))))) {
        struct amount am = {-1, 0, 0};
        if (!v_duration(m, u->val, &am))
            return 0;
        m->type = TIMEX_DURATION;
        m->takes_the = 1;
        m->anchor = TIMEX_ANCHOR_NONE;
        m->rule = "the_units";
        m->e = k + 1 + (size_t)is_word(c, k + 1, sent, "ahead");
        return 1;
    }
    if (!u || u->cls != L_UNIT || (u->flags & IF_PLURAL) || (u->flags & IF_CAP))
        return 0;
    nx = at(c, k + 1, sent);
    m->takes_the = 1;
    m->e = k + 1;
    m->anchor = has_dct(c) ? TIMEX_ANCHOR_DCT : TIMEX_ANCHOR_NONE;
    m->rule = "the_unit";
    if (nx && (nx->flags & IF_HYPH))
        return 0;
    /* "than the year previous", "from the year prior": the postponed adjective of "the
       previous year", the year before the last point named */
    if (!fiscal && u->val == U_YEAR && nx && nx->cls == L_REL &&
        (nx->val == R_PREVIOUS || nx->val == R_PRIOR) &&
        (!at(c, k + 2, sent) || (c->it[k + 2].flags & IF_PUNCT))) {
        int y, mo, d;
        if (c->last_point >= 0) {
            m->anchor = c->last_point;
            day_to_ymd(c->out[c->last_point].begin_day, &y, &mo, &d);
        } else if (has_dct(c)) {
            y = c->dy;
        } else {
            return 0;
        }
        v_year(m, y - 1);
        m->rule = "rel_narrative";
        m->e = k + 2;
        return 1;
    }
    switch (u->val) {
    case U_QUARTER:
        /* "the quarter of a century", "a quarter to five"; but "revenue rose 4% in the
           quarter to $2.35 billion" */
        if (nx && nx->cls == L_FUNC && (nx->val == F_OF || (nx->val == F_TO && hour_next(c, k + 2))))
            return 0;
        /* "the quarter ended Sept. 30" before any quarter was named: the calendar quarter
           holding the middle of the three months before that day (a quarter ended July 31
           is mostly Q2). After "its fiscal first quarter" it is that one, numbered as the
           company does (below). */
        if (c->last_quarter < 0 && nx && (item_is(c->text, nx, "ended") || item_is(c->text, nx, "ending")) &&
            is_cls(c, k + 2, sent, L_MONTH)) {
            struct m sub;
            int32_t day;
            int y, mo, d;
            memset(&sub, 0, sizeof(sub));
            if (r_month(c, k + 2, &sub) && strlen(sub.value) == 10 &&
                (day = day_parse_iso(sub.value)) != DAY_NONE) {
                day_to_ymd(day - 45, &y, &mo, &d);
                v_quarter(m, y, quarter_of(mo));
                m->anchor = sub.anchor;
                m->rule = "quarter_ended";
                return 1;
            }
        }
        /* the quarter under discussion: the last one named, else the last completed one */
        return v_quarter_discussed(c, m);
    case U_WEEK:
        /* "the week of March 6": the ISO week holding that day */
        if (nx && nx->cls == L_FUNC && nx->val == F_OF && is_cls(c, k + 2, sent, L_MONTH)) {
            struct m sub;
            int32_t day;
            memset(&sub, 0, sizeof(sub));
            if (!r_month(c, k + 2, &sub) || strlen(sub.value) != 10)
                return 0;
            day = day_parse_iso(sub.value);
            if (day == DAY_NONE && has_dct(c))
                return 0;
            v_week(m, day);
            m->anchor = sub.anchor;
            m->cue = sub.cue;
            m->rule = "week_of";
            m->e = sub.e;
            return 1;
        }
        return 0;
    case U_DAY:
        /* "the day after tomorrow", "the day before yesterday", "the day before last
           Tuesday", "the day after Oct. 12": one day from the day named */
        if (nx && nx->cls == L_FUNC && (nx->val == F_AFTER || nx->val == F_BEFORE) &&
            at(c, k + 2, sent)) {
            struct m sub;
            int32_t day;
            int dir = nx->val == F_AFTER ? 1 : -1;
            memset(&sub, 0, sizeof(sub));
            sub.b = k + 2;
            sub.point_day = DAY_NONE;
            sub.type = TIMEX_DATE;
            if (!core(c, k + 2, &sub, 0) || sub.type != TIMEX_DATE || strlen(sub.value) != 10 ||
                ((day = day_parse_iso(sub.value)) == DAY_NONE && has_dct(c)))
                return 0;
            v_day(m, day == DAY_NONE ? DAY_NONE : day + dir);
            m->anchor = sub.anchor;
            m->rule = "day_before_after";
            m->e = sub.e;
            return 1;
        }
        return 0;
    case U_WEEKEND:
        if (!has_dct(c)) {
            v_str(m, "XXXX-WXX-WE");
            return 1;
        }
        v_week(m, c->dwd >= 6 ? c->dct : c->dct - 7);
        v_append(m, "-WE");
        return 1;
    case U_YEAR:
        if (nx && (item_is(c->text, nx, "ended") || item_is(c->text, nx, "ending") ||
                   item_is(c->text, nx, "ends"))) {
            v_str(m, "P1Y");
            m->type = TIMEX_DURATION;
            m->anchor = TIMEX_ANCHOR_NONE;
            return 1;
        }
        if (fiscal || (p && p->cls == L_FUNC && (p->val == F_FOR || p->val == F_OF) &&
                       (!nx || (nx->flags & IF_PUNCT)))) {
            /* the year of the quarter being reported, if one was named ("the fourth
               quarter of 2005 ... for the entire year" in January 2006), else the DCT's */
            if (c->last_quarter >= 0 && c->out[c->last_quarter].value[0] >= '0' &&
                c->out[c->last_quarter].value[0] <= '9') {
                v_years_before(m, c->out[c->last_quarter].value, 0);
                m->value[4] = '\0';
                m->anchor = c->last_quarter;
                return 1;
            }
            return v_shift(c, m, U_YEAR, 0);
        }
        return 0;
    default:
        return 0;
    }
}

/* Year of a period named without one ("the third quarter"): explicit "of 1990", ", 1990"
   "1990's" before, or the latest such period not after the DCT. */
static size_t period_year(struct ctx *c, size_t k, uint32_t sent, int *y)
{
    size_t e = k;
    *y = NO_YEAR;
    if (is_func(c, e, sent, F_OF) && (is_func(c, e + 1, sent, F_FISCAL) ||
                                      is_func(c, e + 1, sent, F_CALENDAR)) &&
        is_year_item(c, e + 2, sent)) {
        *y = c->it[e + 2].num;
        return e + 3;
    }
    e = opt_year(c, e, sent, y, 1);
    if (*y != NO_YEAR)
        return e;
    if (is_func(c, e, sent, F_OF) && is_cls(c, e + 1, sent, L_REL) && is_cls(c, e + 2, sent, L_UNIT) &&
        c->it[e + 2].val == U_YEAR && has_dct(c)) {
        int rel = c->it[e + 1].val;
        *y = c->dy + (rel == R_LAST ? -1 : rel == R_NEXT ? 1 : 0);
        return e + 3;
    }
    if (is_func(c, e, sent, F_OF) && is_func(c, e + 1, sent, F_THE) && is_word(c, e + 2, sent, "year")) {
        *y = has_dct(c) ? c->dy : NO_YEAR;
        return e + 3;
    }
    return k;
}

/*
 * "the first week of March", "the last week of June 2009", "the second half
 * of March": a part of the month named after "of" at item k. Weeks are the
 * ISO weeks holding most of their days in the month, as ISO 8601 counts
 * the first week of a year: the n-th holds day 7n-3, the last one the
 * month's last day but three. A half is the month with mod START or END.
 * ord: 1-5, or -1 for the last. Returns the item after it, else 0.
 */
static size_t part_of_month(struct ctx *c, size_t k, int unit, int ord, struct m *m)
{
    uint32_t sent = c->it[k].sent;
    int mo, y = NO_YEAR, written, d;
    size_t e;
    if (!is_func(c, k, sent, F_OF) || !is_cls(c, k + 1, sent, L_MONTH) ||
        !month_ok(c, k + 1, sent) || day_item(c, k + 2, sent))
        return 0;
    mo = c->it[k + 1].val;
    e = opt_year(c, k + 2, sent, &y, 1);
    y = month_year_of(c, k + 1, mo, y, m, &written);
    if (unit == U_HALF) {
        v_month(m, y, mo);
        m->mod = ord == 1 ? "START" : "END";
        return e;
    }
    if (y == NO_YEAR) {
        v_week(m, DAY_NONE);
        return e;
    }
    d = ord < 0 ? days_in_month(y, mo) - 3 : 7 * ord - 3;
    if (d > days_in_month(y, mo))
        return 0;
    v_week(m, day_from_ymd(y, mo, d));
    return e;
}

/*
 * Year of an ordinal quarter named without one (item j the ordinal, k the
 * unit): as a month's (timex3.md 8.3), the nearest such quarter, at most
 * one ahead of the DCT's ("will close ten plants during the fourth
 * quarter" in August is this year's); in a clause in the simple past, or
 * for a fiscal quarter or one "ended" on a day, the latest not after the
 * DCT's quarter ("lost money in the first quarter" in October; a company's
 * fiscal first quarter ended Sept. 30 is numbered its own way). A future
 * verb does not look further ahead: "will release third-quarter results"
 * in October reports the quarter just ended.
 */
static int quarter_year(const struct ctx *c, size_t j, size_t k, int ord, int fiscal)
{
    uint32_t sent = c->it[j].sent;
    int off = ord - quarter_of(c->dm), lo = -2;
    char cue;
    size_t v;
    /* the two windows differ only for a quarter three back or one ahead */
    if (off != -3 && off != 1)
        return off > 1 ? c->dy - 1 : off < -3 ? c->dy + 1 : c->dy;
    if (fiscal || is_word(c, k + 1, sent, "ended") || is_word(c, k + 1, sent, "ending") ||
        (j > 0 && is_func(c, j - 1, sent, F_FISCAL)))
        lo = -3;
    else if ((cue = month_cue(c, j)) == 'p' || cue == 'P') {
        /* the simple past only: "has announced cuts ... during the fourth quarter" looks
           ahead from a present perfect */
        lo = -3;
        if (cue == 'P' && c->toks) {
            for (v = j; v > 0 && c->it[v - 1].sent == sent; v--)
                if (is_verb_tag(item_pos(c, &c->it[v - 1])) &&
                    finite_tense(c, v - 1, j) != 0)
                    break;
            if (v > 0 && c->it[v - 1].sent == sent && item_pos(c, &c->it[v - 1]) != POS_VBD)
                lo = -2;
        }
    }
    if (off < lo)
        return c->dy + 1;
    if (off > lo + 3)
        return c->dy - 1;
    return c->dy;
}

/*
 * Ordinal periods: "the third quarter", "third-quarter", "the first half of
 * 1990", "the first two quarters of 1990" (a half), "the first nine months"
 * (a duration), "the fourth quarter of last year".
 */
static int r_ordinal(struct ctx *c, size_t j, struct m *m)
{
    uint32_t sent = c->it[j].sent;
    const struct item *o;
    int ord, y, unit;
    size_t k, e;
    struct amount am;

    int fiscal = 0;

    /* "the fiscal first quarter", "fiscal second-quarter": "fiscal" names the same period */
    if (is_func(c, j, sent, F_FISCAL)) {
        if (!is_cls(c, j + 1, sent, L_ORDW) && !is_cls(c, j + 1, sent, L_ORDNUM))
            return 0;
        j++;
        fiscal = 1;
    }
    o = &c->it[j];
    if (o->cls == L_FUNC && o->val == F_FINAL) {
        /* "the final quarter of 2009", "the final half of this year": the last part of a
           named year (without one, "the final quarter" may be a fiscal year's) */
        k = j + 1;
        if (!is_cls(c, k, sent, L_UNIT) || (c->it[k].flags & (IF_PLURAL | IF_HYPH)) ||
            (c->it[k].val != U_QUARTER && c->it[k].val != U_HALF && c->it[k].val != U_WEEK))
            return 0;
        /* "the final week of March" */
        if ((c->it[k].val == U_WEEK || c->it[k].val == U_HALF) &&
            (e = part_of_month(c, k + 1, c->it[k].val, c->it[k].val == U_WEEK ? -1 : 2, m)) != 0) {
            m->takes_the = 1;
            m->rule = "part_of_month";
            m->e = e;
            return 1;
        }
        if (c->it[k].val == U_WEEK)
            return 0;
        e = period_year(c, k + 1, sent, &y);
        if (y == NO_YEAR || e == k + 1)
            return 0;
        if (c->it[k].val == U_QUARTER)
            v_quarter(m, y, 4);
        else
            v_half(m, y, 2);
        m->takes_the = 1;
        m->rule = "last_part_of";
        m->anchor = TIMEX_ANCHOR_NONE;
        m->e = e;
        return 1;
    }
    ord = o->cls == L_ORDNUM ? o->num : o->val;
    k = j + 1;
    m->takes_the = 1;
    if (o->cls == L_ORDNUM && o->num > 4 && !is_cls(c, k, sent, L_UNIT))
        return 0;
    /* "the first nine months", "the first two quarters of 1990" */
    if (ord == 1 && (e = parse_amount(c, k, sent, &am)) != 0 && !am.is_a && am.n > 1 &&
        is_cls(c, e, sent, L_UNIT) && (c->it[e].flags & IF_PLURAL)) {
        unit = c->it[e].val;
        if (unit == U_QUARTER && am.n == 2) {
            size_t f = period_year(c, e + 1, sent, &y);
            if (y == NO_YEAR && has_dct(c))
                y = c->dy;
            v_half(m, y, 1);
            m->rule = "ordinal_quarters";
            m->anchor = TIMEX_ANCHOR_NONE;
            m->e = f;
            return 1;
        }
        if (!v_duration(m, unit, &am))
            return 0;
        m->type = TIMEX_DURATION;
        m->rule = "first_units";
        m->anchor = TIMEX_ANCHOR_NONE;
        m->e = e + 1; /* "of 1997" is a timex of its own */
        return 1;
    }
    if (!is_cls(c, k, sent, L_UNIT) || (c->it[k].flags & IF_PLURAL))
        return 0;
    unit = c->it[k].val;
    /* "the first week of June", "the second half of March" */
    if (((unit == U_WEEK && ord >= 1 && ord <= 5) || (unit == U_HALF && ord >= 1 && ord <= 2)) &&
        !(c->it[k].flags & IF_HYPH) && (e = part_of_month(c, k + 1, unit, ord, m)) != 0) {
        m->rule = "part_of_month";
        m->e = e;
        return 1;
    }
    if (unit == U_QUARTER && ord >= 1 && ord <= 4) {
        e = period_year(c, k + 1, sent, &y);
        if (y == NO_YEAR && has_dct(c))
            y = quarter_year(c, j, k, ord, fiscal);
        m->anchor = e == k + 1 ? TIMEX_ANCHOR_DCT : TIMEX_ANCHOR_NONE;
        v_quarter(m, y, ord);
        m->rule = "ordinal_quarter";
        m->e = e;
        /* "the [third-quarter] loss": the article belongs to the noun */
        m->takes_the = !(c->it[k].flags & IF_HYPH);
        return 1;
    }
    if (unit == U_HALF && ord >= 1 && ord <= 2) {
        e = period_year(c, k + 1, sent, &y);
        if (y == NO_YEAR && has_dct(c))
            y = ord == 1 || c->dm > 6 ? c->dy : c->dy - 1;
        v_half(m, y, ord);
        m->rule = "ordinal_half";
        m->anchor = e == k + 1 ? TIMEX_ANCHOR_DCT : TIMEX_ANCHOR_NONE;
        m->e = e;
        return 1;
    }
    if (unit == U_CENTURY && ord >= 1 && ord <= 22) {
        snprintf(m->value, sizeof(m->value), "%02d", ord - 1);
        m->rule = "ordinal_century";
        m->anchor = TIMEX_ANCHOR_NONE;
        m->e = k + 1;
        return 1;
    }
    return 0;
}

/* "the 1990s", "the '90s", "the nineties", "the mid-1990s" (the position is the caller's). */
/*
 * "70s" without the apostrophe is a decade after "the" ("the 70s", "the late
 * 80s") or in a list after one ("the 70s and 80s"); otherwise most often an
 * age ("in her 30s", "in his late 40s").
 */
static int bare_decade_ok(const struct ctx *c, size_t j)
{
    uint32_t sent = c->it[j].sent;
    size_t p = j;
    if (p > 0 && is_cls(c, p - 1, sent, L_POS))
        p--;
    if (p == 0)
        return 0;
    if (is_func(c, p - 1, sent, F_THE))
        return 1;
    return p >= 2 && (is_func(c, p - 1, sent, F_AND) || is_func(c, p - 1, sent, F_OR) ||
                      is_func(c, p - 1, sent, F_TO) || is_punct(c, p - 1, sent, ',')) &&
           is_cls(c, p - 2, sent, L_DECNUM);
}

static int r_decade(struct ctx *c, size_t j, struct m *m)
{
    const struct item *t = &c->it[j];
    int dec;

    m->takes_the = 1;
    if (t->cls == L_DECNUM && t->val == 4) {
        dec = t->num / 10;
    } else {
        int d2 = t->cls == L_DECNUM ? t->num / 10 : t->val;
        int cent = has_dct(c) ? c->dy / 100 : 19;
        if (t->cls == L_DECW && j > 0 && c->it[j - 1].sent == t->sent &&
            c->it[j - 1].cls != L_FUNC && c->it[j - 1].cls != L_POS)
            return 0; /* "in his fifties": an age */
        if (t->cls == L_DECNUM && t->val == 3 && !bare_decade_ok(c, j))
            return 0; /* "in her 30s", "in his late 40s": an age */
        dec = cent * 10 + d2;
        if (has_dct(c) && dec * 10 > c->dy)
            dec -= 10;
    }
    snprintf(m->value, sizeof(m->value), "%03d", dec);
    m->rule = "decade";
    m->anchor = TIMEX_ANCHOR_NONE;
    m->e = j + 1;
    return 1;
}

/* "the summer", "summer 1998", "the summer of 1998", "in spring". */
static int r_season(struct ctx *c, size_t j, struct m *m, int the_before)
{
    uint32_t sent = c->it[j].sent;
    int s = c->it[j].val, y;
    size_t e = period_year(c, j + 1, sent, &y);
    const struct item *p = j > 0 && c->it[j - 1].sent == sent ? &c->it[j - 1] : NULL;

    m->takes_the = 1;
    if (y == NO_YEAR) {
        /* a bare season needs a context that makes it a noun of time */
        if (!the_before && !(p && p->cls == L_FUNC &&
                             (p->val == F_IN || p->val == F_DURING || p->val == F_SINCE ||
                              p->val == F_UNTIL || p->val == F_BY)) &&
            !(p && p->cls == L_POS))
            return 0;
        if (is_cls(c, e, sent, L_NONE) && !(c->it[e].flags & IF_PUNCT) && !is_capitalised(&c->it[e]))
            return 0; /* "summer camp", "spring training" */
        v_rel_season(c, m, s, R_THIS);
        if (has_dct(c) && s != SEA_WI) {
            /* a bare season follows the clause: "sales rose in the spring" (in February)
               is last spring, "will be sold in the fall" (in November) next fall */
            char cue = month_cue(c, j);
            int first = s == SEA_SP ? 3 : s == SEA_SU ? 6 : 9, y0 = c->dy;
            if ((cue == 'p' || cue == 'P' || cue == 'S') && c->dm < first)
                v_season(m, y0 - 1, s);
            else if ((cue == 'f' || cue == 'm') && c->dm > first + 2)
                v_season(m, y0 + 1, s);
            m->cue = cue_name(cue);
        }
        m->anchor = has_dct(c) ? TIMEX_ANCHOR_DCT : TIMEX_ANCHOR_NONE;
    } else {
        v_season(m, y, s);
        m->anchor = TIMEX_ANCHOR_NONE;
    }
    m->rule = "season";
    m->e = e;
    return 1;
}

/* "every day", "each Thursday", "every other week", "daily", "weekly". */
static int r_set(struct ctx *c, size_t j, struct m *m)
{
    uint32_t sent = c->it[j].sent;
    const struct item *t = &c->it[j], *u, *nx;
    size_t k = j + 1;
    int n = 1;

    m->type = TIMEX_SET;
    m->rule = "set";
    m->anchor = TIMEX_ANCHOR_NONE;
    if (t->cls == L_SETADV) {
        static const char *const vals[] = {
            [U_DAY] = "P1D", [U_WEEK] = "P1W", [U_MONTH] = "P1M", [U_YEAR] = "P1Y",
            [U_HOUR] = "PT1H", [U_QUARTER] = "P1Q",
        };
        /* "daily" before a noun ("daily flights", "the daily Granma") is an adjective */
        nx = at(c, k, sent);
        if (nx && !(nx->flags & IF_PUNCT) && nx->cls != L_FUNC && nx->cls != L_FUTCUE &&
            nx->cls != L_REFW && nx->cls != L_DEICT && nx->cls != L_WDAY)
            return 0;
        if (j > 0 && c->it[j - 1].sent == sent && c->it[j - 1].cls == L_FUNC &&
            (c->it[j - 1].val == F_THE || c->it[j - 1].val == F_A))
            return 0;
        if (t->val >= (int)NL_ARRAY_LEN(vals) || !vals[t->val])
            return 0;
        v_str(m, vals[t->val]);
        m->e = k;
        return 1;
    }
    if (t->cls != L_EVERY)
        return 0;
    m->quant = t->val == 1 ? "EVERY" : "EACH";
    m->freq = "1X";
    if (is_func(c, k, sent, F_OTHER)) {
        n = 2;
        k++;
    }
    {
        /* "every two weeks", "every three months": a set with that period */
        struct amount am;
        size_t ka = parse_amount(c, k, sent, &am);
        if (n == 1 && ka && !am.is_a && am.n > 1 && is_cls(c, ka, sent, L_UNIT) &&
            (c->it[ka].flags & IF_PLURAL) && c->it[ka].val != U_WEEKEND &&
            v_duration(m, c->it[ka].val, &am)) {
            m->type = TIMEX_SET;
            m->e = ka + 1;
            return 1;
        }
    }
    u = at(c, k, sent);
    if (!u)
        return 0;
    if (u->cls == L_UNIT && !(u->flags & IF_PLURAL)) {
        struct amount am = {n, 0, 0};
        if (u->val == U_WEEKEND) {
            v_str(m, "XXXX-WXX-WE");
        } else if (!v_duration(m, u->val, &am)) {
            return 0;
        }
    } else if (u->cls == L_WDAY && is_capitalised(u)) {
        snprintf(m->value, sizeof(m->value), "XXXX-WXX-%d", u->val);
        if (is_cls(c, k + 1, sent, L_POD) && c->it[k + 1].val <= POD_NI) {
            v_append(m, pod_code[c->it[k + 1].val]);
            k++;
        }
    } else if (u->cls == L_MONTH && is_capitalised(u)) {
        snprintf(m->value, sizeof(m->value), "XXXX-%02d", u->val);
    } else if (u->cls == L_POD && u->val <= POD_NI) {
        snprintf(m->value, sizeof(m->value), "XXXX-XX-XX%s", pod_code[u->val]);
    } else if (u->cls == L_SEASON) {
        snprintf(m->value, sizeof(m->value), "XXXX-%s", season_code[u->val]);
    } else {
        return 0;
    }
    m->e = k + 1;
    return 1;
}

/* "Christmas", "Christmas Eve", "New Year's Day", "Thanksgiving", "Easter". */
/* The day of a holiday with no fixed date in year y (ISO weekdays: 1 Monday). */
static int32_t holiday_day(int h, int y)
{
    int32_t day;
    switch (h) {
    case H_EASTER:
        return easter_day(y);
    case H_THANKSGIVING: /* fourth Thursday of November */
        day = day_from_ymd(y, 11, 1);
        return day + ((4 - day_weekday(day)) % 7 + 7) % 7 + 21;
    case H_ELECTION: /* the Tuesday after the first Monday of November */
        day = day_from_ymd(y, 11, 2);
        return day + ((2 - day_weekday(day)) % 7 + 7) % 7;
    case H_LABOR: /* first Monday of September */
        day = day_from_ymd(y, 9, 1);
        return day + ((1 - day_weekday(day)) % 7 + 7) % 7;
    case H_MEMORIAL: /* last Monday of May */
        day = day_from_ymd(y, 5, 31);
        return day - ((day_weekday(day) - 1) % 7 + 7) % 7;
    default:
        return DAY_NONE;
    }
}

static int r_holiday(struct ctx *c, size_t j, struct m *m)
{
    uint32_t sent = c->it[j].sent;
    const struct item *t = &c->it[j];
    int h = 0, mo = 0, d = 0, y = NO_YEAR, wmo = 0;
    size_t k = j + 1;
    int32_t day;

    if (t->cls == L_HOLIDAY && is_capitalised(t)) {
        h = t->val;
        if (is_word(c, k, sent, "day"))
            k++;
        else if (h >= H_INDEPENDENCE)
            return 0; /* "Independence Day", but "independence", "Memorial Hospital" */
        if (h >= H_INDEPENDENCE && !is_capitalised(&c->it[k - 1]))
            return 0; /* "election day" in lower case is any election's */
        if (h == H_INDEPENDENCE) {
            mo = 7;
            d = 4;
        } else if (h == H_VETERANS) {
            mo = 11;
            d = 11;
        }
        if (h == H_CHRISTMAS) {
            mo = 12;
            d = 25;
            if (is_func(c, k, sent, F_EVE)) {
                d = 24;
                k++;
            }
        } else if (h == H_HALLOWEEN) {
            mo = 10;
            d = 31;
        }
        if (h == H_THANKSGIVING || h == H_ELECTION)
            wmo = 11;
        else if (h == H_EASTER)
            wmo = 4;
        else if (h == H_LABOR)
            wmo = 9;
        else if (h == H_MEMORIAL)
            wmo = 5;
    } else if (item_is(c->text, t, "new") && is_capitalised(t) && is_word(c, k, sent, "year") &&
               (c->it[k].flags & IF_POSS) && is_capitalised(&c->it[k])) {
        h = H_NEWYEAR;
        k++;
        mo = 1;
        d = 1;
        if (is_word(c, k, sent, "day")) {
            k++;
        } else if (is_func(c, k, sent, F_EVE)) {
            mo = 12;
            d = 31;
            k++;
        } else {
            return 0;
        }
    } else {
        return 0;
    }
    k = opt_year(c, k, sent, &y, 0);
    if (y == NO_YEAR)
        y = has_dct(c) ? month_year(c, mo ? mo : wmo, tense_cue(c, j)) : NO_YEAR;
    m->anchor = TIMEX_ANCHOR_DCT;
    m->rule = "holiday";
    m->e = k;
    if (wmo) {
        if (y == NO_YEAR) {
            v_day(m, DAY_NONE);
            return 1;
        }
        day = holiday_day(h, y);
        v_day(m, day);
        return 1;
    }
    v_ymd(m, y, mo, d);
    return 1;
}

/* "year-end", "year-earlier"/"year-ago" (+ noun). */
static int r_year_compound(struct ctx *c, size_t j, struct m *m)
{
    uint32_t sent = c->it[j].sent;
    const struct item *nx = at(c, j + 1, sent);

    if (nx && item_is(c->text, nx, "end") && !(nx->flags & IF_HYPH) &&
        (j == 0 || !is_cls(c, j - 1, sent, L_REL))) {
        /* "by year end", "by year's end": the end of the DCT's year */
        v_shift(c, m, U_YEAR, 0);
        m->mod = "END";
        m->rule = "year_end";
        m->anchor = TIMEX_ANCHOR_DCT;
        m->e = j + 2;
        return 1;
    }
    if (!nx || !(nx->flags & IF_HYPH))
        return 0;
    if (item_is(c->text, nx, "end")) {
        /* "since year-end" looks back: the last year-end before the DCT */
        int since = j > 0 && is_func(c, j - 1, sent, F_SINCE) && !(c->dm == 12 && c->dd == 31);
        if (!has_dct(c))
            v_str(m, "XXXX-12-31");
        else
            v_ymd(m, c->dy - since, 12, 31);
        m->rule = "year_end";
        m->anchor = TIMEX_ANCHOR_DCT;
        m->e = j + 2;
        return 1;
    }
    if ((nx->cls == L_POS && nx->val == P_EARLIER) || (nx->cls == L_FUNC && nx->val == F_AGO)) {
        m->e = j + 2;
        m->rule = "year_ago";
        m->is_yearago = 1;
        if (c->last_period >= 0 && v_years_before(m, c->out[c->last_period].value, 1)) {
            m->anchor = c->last_period;
        } else {
            v_shift(c, m, U_YEAR, -1);
            m->anchor = TIMEX_ANCHOR_DCT;
        }
        /* "the year-earlier period", "the year-ago third quarter", "the year-earlier nine
           months": the noun it modifies is part of the phrase, and so is "the" */
        {
            size_t k = j + 2;
            struct amount am;
            size_t ka;
            if (is_cls(c, k, sent, L_ORDW) && is_cls(c, k + 1, sent, L_UNIT) &&
                c->it[k + 1].val == U_QUARTER)
                k++;
            if ((ka = parse_amount(c, k, sent, &am)) != 0 && !am.is_a &&
                is_cls(c, ka, sent, L_UNIT) && c->it[ka].val == U_MONTH)
                k = ka;
            if (is_cls(c, k, sent, L_UNIT) && !(c->it[k].flags & IF_PLURAL) &&
                (c->it[k].val == U_PERIOD || c->it[k].val == U_QUARTER || c->it[k].val == U_HALF)) {
                m->e = k + 1;
                m->takes_the = 1;
            } else if (is_cls(c, k, sent, L_UNIT) && c->it[k].val == U_MONTH && k != j + 2) {
                m->e = k + 1;
                m->takes_the = 1;
            }
        }
        return 1;
    }
    return 0;
}


/*
 * Position in a period: "early 1990", "late November", "mid-1996", "the
 * end of the year", "the beginning of October", "earlier this month",
 * "later this year", "the early 1980s", "the end of 1990".
 */
static int r_position(struct ctx *c, size_t j, struct m *m, int the_before)
{
    uint32_t sent = c->it[j].sent;
    int p = c->it[j].val;
    size_t k = j + 1;
    const char *mod;
    struct m sub;

    switch (p) {
    case P_EARLY:
    case P_BEGINNING:
    case P_START:
    case P_EARLIER:
        mod = "START";
        break;
    case P_LATE:
    case P_END:
    case P_CLOSE:
        mod = "END";
        break;
    case P_MID:
    case P_MIDDLE:
        mod = "MID";
        break;
    case P_LATER:
        mod = "END";
        break;
    default:
        return 0;
    }
    if (p == P_MID && is_cls(c, k, sent, L_POD) && !(c->it[k].flags & IF_PLURAL) &&
        c->it[k].val <= POD_EV && !the_before) {
        /* "mid-afternoon yesterday", "by mid afternoon": that part of the day named
           after it, else of the DCT */
        int32_t day;
        size_t e;
        int pod = c->it[k].val;
        if (day_after_clock(c, k + 1, sent, &day, &e)) {
            m->e = e > k + 1 ? e : k + 1; /* "mid-morning on Friday": Friday stays apart */
        } else {
            day = c->dct;
            m->e = k + 1;
        }
        v_day(m, day);
        v_append(m, pod_code[pod]);
        m->type = TIMEX_TIME;
        m->mod = "MID";
        m->anchor = has_dct(c) ? TIMEX_ANCHOR_DCT : TIMEX_ANCHOR_NONE;
        m->rule = "position_pod";
        return 1;
    }
    if (p == P_END || p == P_BEGINNING || p == P_START || p == P_MIDDLE || p == P_CLOSE) {
        /* "the end of X" */
        if (!the_before || !is_func(c, k, sent, F_OF))
            return 0;
        k++;
    }
    memset(&sub, 0, sizeof(sub));
    sub.type = TIMEX_DATE;
    sub.anchor = TIMEX_ANCHOR_NONE;
    sub.point_day = DAY_NONE;
    if ((p == P_EARLIER || p == P_LATER || p == P_EARLY || p == P_LATE) &&
        is_func(c, k, sent, F_IN) && is_func(c, k + 1, sent, F_THE) &&
        is_cls(c, k + 2, sent, L_UNIT) && !(c->it[k + 2].flags & (IF_PLURAL | IF_POSS)) &&
        (c->it[k + 2].val == U_YEAR || c->it[k + 2].val == U_MONTH || c->it[k + 2].val == U_WEEK) &&
        !(k + 3 < c->n && (c->it[k + 3].flags & IF_HYPH)) && !is_func(c, k + 3, sent, F_OF)) {
        /* "earlier in the year", "late in the month": a part of the DCT's period, as
           "earlier this year" (not "in the day": annotators split on it; not "late in the
           year of the flood") */
        if (!v_shift(c, m, c->it[k + 2].val, 0))
            return 0;
        m->mod = mod;
        m->anchor = has_dct(c) ? TIMEX_ANCHOR_DCT : TIMEX_ANCHOR_NONE;
        m->rule = "position_in";
        m->e = k + 3;
        return 1;
    }
    if ((p == P_EARLIER || p == P_LATER) && !is_cls(c, k, sent, L_REL))
        return 0; /* bare "earlier" / "later" are not timexes */
    if (is_func(c, k, sent, F_THE)) {
        /* "the end of the year", "the end of the decade" */
        if (is_cls(c, k + 1, sent, L_UNIT) && !(c->it[k + 1].flags & IF_PLURAL) &&
            calendar_unit(c->it[k + 1].val) && c->it[k + 1].val != U_DAY) {
            int unit = c->it[k + 1].val;
            if (unit == U_QUARTER) {
                if (!v_rel_unit(c, &sub, U_QUARTER, -1))
                    return 0;
            } else if (!v_shift(c, &sub, unit, 0)) {
                return 0;
            }
            sub.e = k + 2;
            sub.rule = "position";
            sub.anchor = has_dct(c) ? TIMEX_ANCHOR_DCT : TIMEX_ANCHOR_NONE;
        } else if (!core(c, k + 1, &sub, 1) || !sub.takes_the) {
            return 0;
        }
    } else if (!core(c, k, &sub, 0)) {
        return 0;
    }
    if (sub.type != TIMEX_DATE || sub.value[0] < '0' || sub.value[0] > '9') {
        if (!(sub.value[0] == 'X' && sub.type == TIMEX_DATE))
            return 0;
    }
    /* "late Monday", "early Friday morning": the day alone is the timex */
    if (strlen(sub.value) >= 10 && sub.value[4] == '-' && sub.value[7] == '-')
        return 0;
    *m = sub;
    m->b = j;
    m->mod = strlen(sub.value) == 10 ? NULL : mod;
    if (p == P_LATER && sub.value[0] != 'X')
        m->mod = "END";
    /* "the mid-1990s", but "the [late-November] trip": a hyphenated compound before a
       noun is an adjective, and the article belongs to the noun */
    m->takes_the = !(k < c->n && (c->it[k].flags & IF_HYPH) && m->e < c->n &&
                     c->it[m->e].sent == sent && c->it[m->e].cls == L_NONE &&
                     !(c->it[m->e].flags & IF_PUNCT) &&
                     (!c->toks || item_pos(c, &c->it[m->e]) == POS_NN ||
                      item_pos(c, &c->it[m->e]) == POS_NNS));
    m->rule = "position";
    return 1;
}

/* Every core rule at j, the longest match wins. the_before: "the" precedes j. */
/*
 * Which rules (bits of the passes in core()) an item class can open: the
 * one pass over the text tries only these, so common words ("the", "a",
 * "that") cost a table look-up, not sixteen rule calls.
 */
static uint32_t rules_for(const struct item *t)
{
    switch ((enum lex_class)t->cls) {
    case L_WDAY:
        return 1u << 0;
    case L_MONTH:
        return 1u << 1;
    case L_DIGITS:
        return (1u << 2) | (1u << 3) | (1u << 5) | (1u << 9);
    case L_ORDNUM:
        return (1u << 2) | (1u << 11);
    case L_NUMW:
        /* "twenty-first of June" (pass 2) */
        return (t->val == 20 || t->val == 30 ? 1u << 2 : 0) | (1u << 3) | (1u << 9);
    case L_ISODATE:
        return 1u << 4;
    case L_CLOCK:
        return 1u << 5;
    case L_POD:
        return 1u << 5;
    case L_DEICT:
        return 1u << 6;
    case L_REFW:
        return 1u << 7;
    case L_REL:
        return (1u << 7) | (1u << 8);
    case L_UNIT:
        return (1u << 10) | (1u << 15);
    case L_ORDW:
        return (1u << 2) | (1u << 11);
    case L_DECNUM:
    case L_DECW:
        return 1u << 12;
    case L_SEASON:
        return 1u << 13;
    case L_SETADV:
    case L_EVERY:
    case L_HOLIDAY:
        return 1u << 14;
    case L_POS:
        return 1u << 15;
    case L_FUNC:
        switch (t->val) {
        case F_A:
        case F_AN:
            return 1u << 9;
        case F_FISCAL:
            return (1u << 3) | (1u << 10) | (1u << 11);
        case F_FINAL:
            return 1u << 11;
        case F_CALENDAR:
            return (1u << 3) | (1u << 10);
        case F_FULL:
            return 1u << 10;
        case F_NEAR:
        case F_SHORT:
        case F_LONG:
            return 1u << 7;
        case F_NEW:
            return 1u << 14;
        default:
            return 0;
        }
    case L_NONE:
    case L_APPROX:
    case L_AMPM:
    case L_ZONE:
    case L_FUTCUE:
    case L_FRAC:
    case L_OTHERNUM:
        return 0;
    }
    return 0;
}

/* A match before a rule ran: empty, a DATE, no anchor, no cue. */
static const struct m m_start = {
    .type = TIMEX_DATE,
    .anchor = TIMEX_ANCHOR_NONE,
    .point_day = DAY_NONE,
    .cue = "none",
};
static const struct m *volatile m_start_ptr = &m_start;

/*
 * j may be one past the last item (r_position() and match_at()
 * step over "the" or "the end of" ending the text): no match then. The
 * items array is not cleared beyond its last item (arena_array_raw), so what
 * lies there must never be read as an item.
 */
static int core(struct ctx *c, size_t j, struct m *best, int the_before)
{
    const struct item *t;
    struct m m;
    int found = 0, ok;
    int pass;
    uint32_t todo;

    if (j >= c->n)
        return 0;
    t = &c->it[j];
    todo = rules_for(t);

    for (pass = 0; todo; pass++, todo >>= 1) {
        if (!(todo & 1))
            continue;
        /* a copy of the template rather than a memset: gcc clears a 128-byte struct
           with rep stosq, slow to start (a third of this function's time), and a copy of
           a template it can see is mostly zero just the same; read through a volatile
           pointer, the template is copied with vector moves */
        m = *m_start_ptr;
        m.b = j;
        ok = 0;
        switch (pass) {
        case 0:
            ok = t->cls == L_WDAY && r_weekday(c, j, &m);
            break;
        case 1:
            ok = t->cls == L_MONTH && r_month(c, j, &m);
            break;
        case 2:
            ok = (t->cls == L_DIGITS || t->cls == L_ORDNUM || t->cls == L_ORDW ||
                  t->cls == L_NUMW) && r_day_month(c, j, &m);
            break;
        case 3:
            ok = (t->cls == L_DIGITS || t->cls == L_NUMW || (t->cls == L_FUNC &&
                  (t->val == F_FISCAL || t->val == F_CALENDAR))) && r_year(c, j, &m);
            break;
        case 4:
            ok = t->cls == L_ISODATE && r_isodate(c, j, &m);
            break;
        case 5:
            ok = (t->cls == L_CLOCK || t->cls == L_DIGITS || t->cls == L_POD) && r_clock(c, j, &m);
            break;
        case 6:
            ok = t->cls == L_DEICT && r_deictic(c, j, &m);
            break;
        case 7:
            ok = (t->cls == L_REFW || t->cls == L_REL) && !the_before && r_ref(c, j, &m);
            if (!ok && the_before)
                ok = (t->cls == L_REFW || t->cls == L_REL || t->cls == L_FUNC) &&
                     r_the_ref(c, j, &m);
            break;
        case 8:
            ok = t->cls == L_REL && r_rel(c, j, &m, the_before);
            break;
        case 9:
            ok = (t->cls == L_DIGITS || t->cls == L_NUMW || t->cls == L_FUNC) && r_amount(c, j, &m);
            break;
        case 10:
            ok = t->cls == L_UNIT && r_bare_units(c, j, &m);
            if (!ok && the_before)
                ok = (t->cls == L_UNIT ||
                      (t->cls == L_FUNC && (t->val == F_FISCAL || t->val == F_FULL))) &&
                     r_the_unit(c, j, &m);
            break;
        case 11:
            ok = (t->cls == L_ORDW || t->cls == L_ORDNUM ||
                  (t->cls == L_FUNC && (t->val == F_FISCAL || t->val == F_FINAL))) &&
                 r_ordinal(c, j, &m);
            break;
        case 12:
            ok = (t->cls == L_DECNUM || t->cls == L_DECW) && r_decade(c, j, &m);
            break;
        case 13:
            ok = t->cls == L_SEASON && r_season(c, j, &m, the_before);
            break;
        case 14:
            ok = (t->cls == L_SETADV || t->cls == L_EVERY) && r_set(c, j, &m);
            if (!ok)
                ok = (t->cls == L_HOLIDAY || (t->cls == L_FUNC && t->val == F_NEW)) &&
                     r_holiday(c, j, &m);
            break;
        case 15:
            ok = (t->cls == L_POS && r_position(c, j, &m, the_before)) ||
                 (t->cls == L_UNIT && t->val == U_YEAR && r_year_compound(c, j, &m));
            break;
        }
        if (ok && m.e > j && (!found || m.e > best->e)) {
            *best = m;
            found = 1;
        }
    }
    return found;
}

/* Approximators inside the extent ("nearly", "more than", "at least", "up to"). */
static size_t parse_approx(const struct ctx *c, size_t j, uint32_t sent, const char **mod)
{
    const struct item *t = at(c, j, sent);
    if (!t)
        return 0;
    if (t->cls == L_APPROX) {
        switch (t->val) {
        case A_NEARLY:
        case A_AROUND:
        case A_ROUGHLY:
        case A_SOME:
            *mod = "APPROX";
            return j + 1;
        case A_ABOUT:
        case A_ALMOST:
            /* inside only for "about two years ago" (checked by the caller) */
            *mod = t->val == A_ABOUT ? "APPROX" : "LESS_THAN";
            return j + 1;
        case A_MORE:
            /* "more recently": the comparative belongs to the adverb (no mod) */
            if (is_cls(c, j + 1, sent, L_REFW) &&
                (c->it[j + 1].val == REF_RECENTLY || c->it[j + 1].val == REF_LATELY)) {
                *mod = NULL;
                return j + 1;
            }
            if (!is_func(c, j + 1, sent, F_THAN))
                return 0;
            *mod = "MORE_THAN";
            return j + 2;
        case A_LESS:
        case A_FEWER:
            if (!is_func(c, j + 1, sent, F_THAN))
                return 0;
            *mod = "LESS_THAN";
            return j + 2;
        case A_UP:
            if (!is_func(c, j + 1, sent, F_TO))
                return 0;
            *mod = "EQUAL_OR_LESS";
            return j + 2;
        case A_OVER:
            /* "over a week", "just over an hour later": more than one unit (the caller
               keeps it for durations only: "up 5% over a year earlier" compares) */
            if (!(is_func(c, j + 1, sent, F_A) || is_func(c, j + 1, sent, F_AN)) ||
                !is_cls(c, j + 2, sent, L_UNIT) || (c->it[j + 2].flags & IF_PLURAL))
                return 0;
            *mod = "MORE_THAN";
            return j + 1;

        default:
            return 0;
        }
    }
    if (t->cls == L_FUNC && t->val == F_AT && is_cls(c, j + 1, sent, L_APPROX)) {
        if (c->it[j + 1].val == A_LEAST) {
            *mod = "EQUAL_OR_MORE";
            return j + 2;
        }
        if (c->it[j + 1].val == A_MOST) {
            *mod = "EQUAL_OR_LESS";
            return j + 2;
        }
    }
    if (t->cls == L_FUNC && t->val == F_NO && is_cls(c, j + 1, sent, L_APPROX) &&
        c->it[j + 1].val == A_MORE && is_func(c, j + 2, sent, F_THAN)) {
        *mod = "EQUAL_OR_LESS";
        return j + 3;
    }
    return 0;
}

/* A year as a unit item ("year" in "last year"), not "years", "year's" or "year-ago". */
static int is_year_unit(const struct ctx *c, size_t k, uint32_t sent)
{
    return is_cls(c, k, sent, L_UNIT) && c->it[k].val == U_YEAR &&
           !(c->it[k].flags & (IF_PLURAL | IF_POSS)) &&
           !(k + 1 < c->n && (c->it[k + 1].flags & IF_HYPH));
}

/*
 * "last year", "a year ago", "a year earlier", "of last year", "(of) the
 * previous/last year" at item k, after a period: the item past it, else 0.
 */
static size_t year_before_tail(const struct ctx *c, size_t k, uint32_t sent)
{
    if (is_func(c, k, sent, F_OF))
        k++;
    if (is_cls(c, k, sent, L_REL) && c->it[k].val == R_LAST && is_year_unit(c, k + 1, sent))
        return k + 2;
    if (is_func(c, k, sent, F_THE) && is_cls(c, k + 1, sent, L_REL) &&
        (c->it[k + 1].val == R_PREVIOUS || c->it[k + 1].val == R_PRIOR ||
         c->it[k + 1].val == R_PRECEDING || c->it[k + 1].val == R_LAST) &&
        is_year_unit(c, k + 2, sent))
        return k + 3;
    if (is_func(c, k, sent, F_A) && is_year_unit(c, k + 1, sent) &&
        (is_func(c, k + 2, sent, F_AGO) ||
         (is_cls(c, k + 2, sent, L_POS) && c->it[k + 2].val == P_EARLIER)))
        return k + 3;
    return 0;
}

/*
 * "the same period last year", "the corresponding quarter a year ago", "the
 * quarter a year earlier", "the same month of the previous year": one DATE,
 * the period under discussion a year before (TimeBank tags the whole phrase
 * as one timex with the year-ago value). m holds a match of "the ... period /
 * quarter / month / half / week" with a value; extends it over the tail.
 */
static void comparison_period(const struct ctx *c, struct m *m, uint32_t sent)
{
    const struct item *u = &c->it[m->e - 1];
    char v[sizeof(m->value)];
    size_t e;
    if (m->type != TIMEX_DATE || !is_func(c, m->b, sent, F_THE) || u->cls != L_UNIT ||
        (u->flags & (IF_PLURAL | IF_POSS)) ||
        !(u->val == U_PERIOD || u->val == U_QUARTER || u->val == U_MONTH || u->val == U_HALF ||
          u->val == U_WEEK))
        return;
    if ((e = year_before_tail(c, m->e, sent)) == 0)
        return;
    memcpy(v, m->value, sizeof(v));
    if (!v_years_before(m, v, 1))
        return;
    m->e = e;
    m->is_yearago = 1;
    m->rule = "year_ago";
}

/* Try to match a timex starting at item i. */
static int match_at(struct ctx *c, size_t i, struct m *m)
{
    const struct item *t = &c->it[i];
    uint32_t sent = t->sent;
    const char *mod = NULL;
    size_t k;

    if (t->cls == L_NONE || (t->flags & IF_PUNCT))
        return 0;
    if ((k = parse_approx(c, i, sent, &mod)) != 0) {
        int the = is_func(c, k, sent, F_THE);
        if (!at(c, k, sent) || !core(c, k + (size_t)the, m, the))
            return 0;
        if (the && !m->takes_the)
            return 0;
        int is_ago = m->rule && (!strcmp(m->rule, "units_ago") || !strcmp(m->rule, "year_ago"));
        if (m->type != TIMEX_DURATION && m->type != TIMEX_TIME && !is_ago && mod)
            return 0;
        if ((c->it[i].val == A_ABOUT || c->it[i].val == A_ALMOST) && c->it[i].cls == L_APPROX &&
            !is_ago)
            return 0; /* "at about [10:35 a.m.]", "almost [two years]" */
        if (c->it[i].cls == L_APPROX && c->it[i].val == A_OVER && m->type != TIMEX_DURATION)
            return 0;
        m->b = i;
        m->mod = mod;
        return 1;
    }
    if (t->cls == L_FUNC && t->val == F_THE) {
        if (!at(c, i + 1, sent) || c->it[i + 1].cls == L_NONE)
            return 0;
        if (!core(c, i + 1, m, 1) || !m->takes_the)
            return 0;
        m->b = i;
    } else if (!core(c, i, m, 0)) {
        return 0;
    }
    comparison_period(c, m, sent);
    /* "the next year or so", "a year or two" */
    if (c->it[m->e - 1].cls == L_UNIT)
        m->e = or_so(c, m->e, sent);
    return 1;
}

static int push_timex(struct ctx *c, const struct m *m)
{
    struct timex *x;
    char *v;
    if (c->nout == c->cap) {
        size_t ncap = c->cap ? c->cap * 2 : 32;
        /* raw: each timex is cleared as it is added */
        struct timex *nx = arena_grow_raw(c->a, c->out, c->nout, ncap, sizeof(*nx));
        if (!nx)
            return -1;
        c->out = nx;
        c->cap = ncap;
    }
    v = arena_strdup(c->a, m->value);
    if (!v)
        return -1;
    x = &c->out[c->nout];
    memset(x, 0, sizeof(*x));
    x->span.off = c->it[m->b].off;
    x->span.len = c->it[m->e - 1].off + c->it[m->e - 1].len - x->span.off;
    x->type = m->type;
    x->value = v;
    x->mod = m->mod;
    x->quant = m->quant;
    x->freq = m->freq;
    x->sentence = c->it[m->b].sent;
    x->anchor = m->anchor;
    x->rule = m->rule ? m->rule : "unnamed";
    x->cue = m->cue ? m->cue : "none";
    x->point_day = m->point_day;
    if (!interval_from_value(v, &x->begin_day, &x->end_day))
        x->begin_day = x->end_day = DAY_NONE;
    if (x->begin_day != DAY_NONE) {
        if (!m->is_yearago && (m->type == TIMEX_DATE || m->type == TIMEX_TIME))
            c->last_point = (int)c->nout;
        if (x->begin_day == x->end_day)
            c->last_day = (int)c->nout;
        /* year-ago phrases follow the period being reported (a quarter, a half, a month),
           not a day mentioned in passing nor a whole year */
        /* ... and a period being reported has begun: "the third quarter of 1990" in a
           1989 story is a forecast, not what a year-ago phrase compares with */
        else if (!m->is_yearago && strlen(v) == 7 && (!has_dct(c) || x->begin_day <= c->dct))
            c->last_period = (int)c->nout;
        if (!m->is_yearago && strlen(v) == 7 && v[5] == 'Q' &&
            (!has_dct(c) || x->begin_day <= c->dct))
            c->last_quarter = (int)c->nout;
    } else if (m->type == TIMEX_DURATION && v[0] == 'P' && v[strlen(v) - 1] == 'M' &&
               (is_func(c, m->b, x->sentence, F_THE) || !strcmp(x->rule, "first_units"))) {
        /* "the nine months", "the first six months": the span being reported is now
           longer than a quarter; "a year earlier" compares with the year before */
        c->last_period = -1;
    }
    c->nout++;
    return 0;
}

enum nl_err timex_find(struct arena *a, const char *text, size_t text_len,
                       const struct segmentation *seg, const struct timex_opts *opts,
                       struct timex **out, size_t *n, struct nl_error *err)
{
    struct ctx c;
    struct item *items;
    size_t nitems, i, k, ncand = 0;
    uint32_t *cand; /* items that may open a timex (arena) */

    (void)text_len;
    *out = NULL;
    *n = 0;
    memset(&c, 0, sizeof(c));
    c.a = a;
    c.text = text;
    c.dct = opts ? opts->dct_day : DAY_NONE;
    c.last_day = -1;
    c.last_period = -1;
    c.last_quarter = -1;
    c.last_point = -1;
    if (c.dct != DAY_NONE) {
        day_to_ymd(c.dct, &c.dy, &c.dm, &c.dd);
        c.dwd = day_weekday(c.dct);
    }
    if (timex_items(a, text, seg, &items, &nitems))
        goto oom;
    c.it = items;
    c.n = nitems;
    /* tagged texts carry a tag on every token (pos_tag never writes POS_NONE) */
    if (seg->ntoks && seg->toks[0].pos != POS_NONE)
        c.toks = seg->toks;
    /* match_at's first test, for all items at once and without a branch: most items
       (plain words, punctuation) open nothing, and which do is a coin toss that a
       branch per item would mispredict. cand[] lists the others, in text order. */
    cand = arena_array_raw(a, nitems ? nitems : 1, sizeof(*cand));
    if (!cand)
        goto oom;
    for (i = 0; i < nitems; i++) {
        cand[ncand] = (uint32_t)i;
        ncand += (items[i].cls != L_NONE) & !(items[i].flags & IF_PUNCT);
    }
    /* i: the first item not inside a timex found so far */
    for (k = 0, i = 0; k < ncand; k++) {
        size_t j = cand[k];
        struct m m; /* no clearing: match_at fills it whole (core() copies a match) when
                       it returns 1, and it is not read otherwise */
        if (j < i)
            continue;
        if (match_at(&c, j, &m) && m.e > j) {
            if (push_timex(&c, &m))
                goto oom;
            i = m.e;
        }
    }
    *out = c.out;
    *n = c.nout;
    return NL_OK;
oom:
    return nl_error_set(err, arena_errcode(a), NULL, "cannot tag temporal expressions: %s",
                        nl_strerror(arena_errcode(a)));
}

const char *timex_type_name(enum timex_type t)
{
    switch (t) {
    case TIMEX_DATE:
        return "DATE";
    case TIMEX_TIME:
        return "TIME";
    case TIMEX_DURATION:
        return "DURATION";
    case TIMEX_SET:
        return "SET";
    }
    return "DATE";
}
