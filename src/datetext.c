/*
 * datetext.c: recognise dates written by machines and people; see
 * datetext.h. The readers decide which date is the publication date; this
 * file only says "here is a date, and this is what it means".
 *
 * Month names cover the languages of the news we read most (English,
 * German, French, Spanish, Portuguese, Italian, Dutch, Romanian, Russian) in full and
 * common abbreviations. Two-digit years are not accepted: "03.09.16" is too
 * often a version number or a score.
 */
#include "datetext.h"

#include <stdio.h>
#include <string.h>

#include "interval.h"
#include "nl.h"
#include "banned.h"

struct month_name {
    const char *name; /* lower case, UTF-8 */
    size_t len;       /* bytes of name */
    int month;
};

#define M(name, month) {name, sizeof(name) - 1, month}

static const struct month_name months[] = {
    /* English */
    M("january", 1), M("february", 2), M("march", 3), M("april", 4), M("may", 5), M("june", 6),
    M("july", 7), M("august", 8), M("september", 9), M("october", 10), M("november", 11),
    M("december", 12), M("jan", 1), M("feb", 2), M("mar", 3), M("apr", 4), M("jun", 6), M("jul", 7),
    M("aug", 8), M("sep", 9), M("sept", 9), M("oct", 10), M("nov", 11), M("dec", 12),
    /* German */
    M("januar", 1), M("jänner", 1), M("jän", 1), M("februar", 2), M("märz", 3), M("maerz", 3),
    M("mrz", 3), M("mai", 5), M("juni", 6), M("juli", 7), M("oktober", 10), M("okt", 10),
    M("dezember", 12), M("dez", 12),
    /* French */
    M("janvier", 1), M("janv", 1), M("février", 2), M("fevrier", 2), M("févr", 2), M("fév", 2),
    M("mars", 3), M("avril", 4), M("avr", 4), M("juin", 6), M("juillet", 7), M("juil", 7),
    M("août", 8), M("aout", 8), M("septembre", 9), M("octobre", 10), M("novembre", 11),
    M("décembre", 12), M("decembre", 12), M("déc", 12),
    /* Spanish */
    M("enero", 1), M("ene", 1), M("febrero", 2), M("marzo", 3), M("abril", 4), M("abr", 4),
    M("mayo", 5), M("junio", 6), M("julio", 7), M("agosto", 8), M("ago", 8), M("septiembre", 9),
    M("setiembre", 9), M("octubre", 10), M("noviembre", 11), M("diciembre", 12), M("dic", 12),
    /* Portuguese */
    M("janeiro", 1), M("fevereiro", 2), M("fev", 2), M("março", 3), M("marco", 3), M("maio", 5),
    M("junho", 6), M("julho", 7), M("setembro", 9), M("set", 9), M("outubro", 10), M("out", 10),
    M("novembro", 11), M("dezembro", 12),
    /* Italian */
    M("gennaio", 1), M("gen", 1), M("febbraio", 2), M("aprile", 4), M("maggio", 5), M("mag", 5),
    M("giugno", 6), M("giu", 6), M("luglio", 7), M("lug", 7), M("settembre", 9), M("ottobre", 10),
    M("ott", 10), M("dicembre", 12),
    /* Dutch */
    M("januari", 1), M("februari", 2), M("maart", 3), M("mrt", 3), M("mei", 5), M("augustus", 8),
    /* Romanian */
    M("ianuarie", 1), M("februarie", 2), M("martie", 3), M("aprilie", 4), M("iunie", 6),
    M("iulie", 7), M("septembrie", 9), M("octombrie", 10), M("noiembrie", 11),
    M("decembrie", 12),
    /* Russian: genitive (as in dates) and nominative */
    M("января", 1), M("февраля", 2), M("марта", 3), M("апреля", 4), M("мая", 5), M("июня", 6),
    M("июля", 7), M("августа", 8), M("сентября", 9), M("октября", 10), M("ноября", 11),
    M("декабря", 12), M("январь", 1), M("февраль", 2), M("март", 3), M("апрель", 4), M("май", 5),
    M("июнь", 6), M("июль", 7), M("август", 8), M("сентябрь", 9), M("октябрь", 10),
    M("ноябрь", 11), M("декабрь", 12),
};

#undef M

static int is_digit(int c)
{
    return c >= '0' && c <= '9';
}

static int is_alpha(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Bytes of a letter at s[i] (ASCII, Latin-1 supplement, Latin Extended-A,
 * Cyrillic), else 0. */
static size_t letter_len(const char *s, size_t len, size_t i)
{
    unsigned char c = (unsigned char)s[i];
    if (is_alpha(c))
        return 1;
    if ((c == 0xC3 || c == 0xC4 || c == 0xC5 || c == 0xD0 || c == 0xD1) && i + 1 < len) {
        unsigned char d = (unsigned char)s[i + 1];
        if (d >= 0x80 && d <= 0xBF && !(c == 0xC3 && (d == 0x97 || d == 0xB7)))
            return 2;
    }
    return 0;
}

/* Bytes of a blank at s[i] (space, tab, newline, NBSP, thin/narrow spaces), else 0. */
static size_t space_len(const char *s, size_t len, size_t i)
{
    unsigned char c = (unsigned char)s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
        return 1;
    if (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xA0)
        return 2;
    if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
        ((unsigned char)s[i + 2] >= 0x80 && (unsigned char)s[i + 2] <= 0x8A))
        return 3;
    if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
        (unsigned char)s[i + 2] == 0xAF)
        return 3;
    return 0;
}

static size_t skip_space(const char *s, size_t len, size_t i)
{
    size_t n;
    while (i < len && (n = space_len(s, len, i)) > 0)
        i += n;
    return i;
}

/* Read up to maxd digits at s[i]; returns the count (0 when none) and the value. */
static size_t read_num(const char *s, size_t len, size_t i, size_t maxd, int *val)
{
    size_t n = 0;
    int v = 0;
    while (i + n < len && is_digit((unsigned char)s[i + n])) {
        if (n == maxd)
            return 0; /* longer than allowed: not this field */
        v = v * 10 + (s[i + n] - '0');
        n++;
    }
    *val = v;
    return n;
}

/* Lower-case copy of a word (ASCII, Latin-1 capitals, Cyrillic capitals). */
static size_t lower_word(const char *s, size_t n, char *out, size_t cap)
{
    size_t i, o = 0;
    for (i = 0; i < n && o + 2 < cap; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'A' && c <= 'Z') {
            out[o++] = (char)(c + 32);
        } else if (c == 0xC3 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 &&
                   (unsigned char)s[i + 1] <= 0x9E && (unsigned char)s[i + 1] != 0x97) {
            out[o++] = (char)c;
            out[o++] = (char)((unsigned char)s[++i] + 0x20);
        } else if (c == 0xD0 && i + 1 < n && (unsigned char)s[i + 1] >= 0x90 &&
                   (unsigned char)s[i + 1] <= 0xAF) {
            unsigned char d = (unsigned char)s[++i];
            if (d <= 0x9F) {
                out[o++] = (char)0xD0;
                out[o++] = (char)(d + 0x20);
            } else {
                out[o++] = (char)0xD1;
                out[o++] = (char)(d - 0x20);
            }
        } else {
            out[o++] = (char)c;
        }
    }
    out[o] = '\0';
    return o;
}

int datetext_month(const char *s, size_t len)
{
    char low[48];
    size_t i, n;

    if (len < 3 || len > 16)
        return 0; /* the names run from "may" to "сентября" (16 bytes) */
    n = lower_word(s, len, low, sizeof(low));
    /* every word of a page's text comes here: compare lengths and first
     * bytes before the names */
    for (i = 0; i < NL_ARRAY_LEN(months); i++)
        if (months[i].len == n && months[i].name[0] == low[0] && !memcmp(months[i].name, low, n))
            return months[i].month;
    return 0;
}

/* Length of the word at s[i] (letters only). */
static size_t word_len(const char *s, size_t len, size_t i)
{
    size_t j = i, n;
    while (j < len && (n = letter_len(s, len, j)) > 0)
        j += n;
    return j - i;
}

static int word_is(const char *s, size_t len, size_t i, const char *w)
{
    size_t n = strlen(w), k;
    if (i + n > len)
        return 0;
    for (k = 0; k < n; k++) {
        int c = (unsigned char)s[i + k];
        if (c >= 'A' && c <= 'Z')
            c += 32;
        if (c != w[k])
            return 0;
    }
    return i + n == len || !letter_len(s, len, i + n);
}

static void dt_clear(struct datetext *dt)
{
    memset(dt, 0, sizeof(*dt));
    dt->hour = dt->minute = dt->second = -1;
}

static int date_ok(int y, int m, int d)
{
    return y >= 1900 && y <= 2100 && ymd_is_valid(y, m, d);
}

/* Optional zone at s[i]: Z, +hh:mm, +hhmm, +hh. Returns the new index. */
static size_t parse_zone(const char *s, size_t len, size_t i, struct datetext *dt)
{
    int hh, mm = 0;
    size_t n, j;
    if (i < len && (s[i] == 'Z' || s[i] == 'z') && (i + 1 == len || !is_alpha((unsigned char)s[i + 1]))) {
        dt->has_zone = 1;
        dt->zone_min = 0;
        return i + 1;
    }
    if (i < len && (s[i] == '+' || s[i] == '-')) {
        int sign = s[i] == '-' ? -1 : 1;
        j = i + 1;
        n = read_num(s, len, j, 4, &hh);
        if (n == 4) {
            mm = hh % 100;
            hh /= 100;
        } else if (n == 2) {
            j += 2;
            if (j < len && s[j] == ':' && read_num(s, len, j + 1, 2, &mm) == 2)
                j += 3;
            n = 0;
        } else {
            return i;
        }
        if (hh > 14 || mm > 59)
            return i;
        dt->has_zone = 1;
        dt->zone_min = sign * (hh * 60 + mm);
        return n == 4 ? i + 5 : j;
    }
    return i;
}

/* Optional time at s[i] (hh:mm[:ss[.frac]] [am|pm] [zone]); returns the new index. */
static size_t parse_time(const char *s, size_t len, size_t i, struct datetext *dt)
{
    int hh, mm, ss = -1;
    size_t j = i, n, k;

    n = read_num(s, len, j, 2, &hh);
    if (!n || j + n >= len || (s[j + n] != ':' && !(s[j + n] == 'h' && n == 2)))
        return i;
    j += n + 1;
    if (read_num(s, len, j, 2, &mm) != 2)
        return i;
    j += 2;
    if (j + 2 < len && s[j] == ':' && read_num(s, len, j + 1, 2, &ss) == 2) {
        j += 3;
        if (j < len && (s[j] == '.' || s[j] == ',') && j + 1 < len &&
            is_digit((unsigned char)s[j + 1])) {
            j++;
            while (j < len && is_digit((unsigned char)s[j]))
                j++;
        }
    }
    k = skip_space(s, len, j);
    if (k + 1 < len && (s[k] == 'a' || s[k] == 'A' || s[k] == 'p' || s[k] == 'P')) {
        int is_pm = s[k] == 'p' || s[k] == 'P';
        size_t e = k + 1;
        if (e < len && s[e] == '.')
            e++;
        if (e < len && (s[e] == 'm' || s[e] == 'M')) {
            e++;
            if (e < len && s[e] == '.')
                e++;
            if (e == len || !is_alpha((unsigned char)s[e])) {
                if (hh == 12)
                    hh = 0;
                if (is_pm)
                    hh += 12;
                j = e;
            }
        }
    }
    if (hh > 23 || mm > 59 || ss > 60)
        return i;
    dt->hour = hh;
    dt->minute = mm;
    dt->second = ss;
    k = skip_space(s, len, j);
    if (k < len && (s[k] == '+' || s[k] == '-' || s[k] == 'Z')) {
        size_t z = parse_zone(s, len, k, dt);
        if (z != k)
            j = z;
    } else if (word_is(s, len, k, "utc") || word_is(s, len, k, "gmt")) {
        j = k + 3;
        if (j < len && (s[j] == '+' || s[j] == '-')) {
            j = parse_zone(s, len, j, dt);
        } else {
            dt->has_zone = 1;
            dt->zone_min = 0;
        }
    }
    return j;
}

/* After a date ending at i: an optional time ("10:30", ", 10:30 am", " at 10:30",
 * "T10:30:00Z", " um 10:30 Uhr"). Returns the end of what was used. */
static size_t trailing_time(const char *s, size_t len, size_t i, struct datetext *dt)
{
    size_t j = i, t;
    if (j < len && (s[j] == 'T' || s[j] == 't') && j + 1 < len && is_digit((unsigned char)s[j + 1])) {
        t = parse_time(s, len, j + 1, dt);
        return t == j + 1 ? i : t;
    }
    if (j < len && (s[j] == ',' || s[j] == '|' || s[j] == '-' || s[j] == '/' || s[j] == '.'))
        j++;
    j = skip_space(s, len, j);
    if (j < len && (s[j] == '-' || s[j] == '|' || s[j] == '/' || s[j] == '@')) {
        j++;
        j = skip_space(s, len, j);
    }
    if (word_is(s, len, j, "at") || word_is(s, len, j, "um") || word_is(s, len, j, "a") ||
        word_is(s, len, j, "alle") || word_is(s, len, j, "om"))
        j = skip_space(s, len, j + word_len(s, len, j));
    else if (j + 1 < len && (unsigned char)s[j] == 0xC3 && (unsigned char)s[j + 1] == 0xA0)
        j = skip_space(s, len, j + 2); /* French "à" */
    if (j < len && is_digit((unsigned char)s[j])) {
        t = parse_time(s, len, j, dt);
        if (t != j)
            return t;
    }
    return i;
}

/* Skip an ordinal suffix (st nd rd th, er, º) or a German day period. */
static size_t skip_ordinal(const char *s, size_t len, size_t i)
{
    if (i + 1 < len) {
        char a = (char)(s[i] | 0x20), b = (char)(s[i + 1] | 0x20);
        if (((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
             (a == 't' && b == 'h')) &&
            (i + 2 == len || !letter_len(s, len, i + 2)))
            return i + 2;
        if (a == 'e' && b == 'r' && (i + 2 == len || !letter_len(s, len, i + 2)))
            return i + 2;
        if ((unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xBA)
            return i + 2;
    }
    if (i < len && s[i] == '.')
        return i + 1;
    return i;
}

/* Skip a connector word between day, month and year: "de", "of", "del". */
static size_t skip_connector(const char *s, size_t len, size_t i)
{
    size_t j = skip_space(s, len, i);
    if (word_is(s, len, j, "de") || word_is(s, len, j, "of") || word_is(s, len, j, "del"))
        return skip_space(s, len, j + word_len(s, len, j));
    return j;
}

/* A 4-digit year at s[i] not followed by another digit. */
static size_t read_year(const char *s, size_t len, size_t i, int *y)
{
    size_t n = read_num(s, len, i, 4, y);
    return n == 4 ? 4 : 0;
}

static int numeric_date(int a, int b, int y, int is_month_first, char sep, struct datetext *dt)
{
    int m, d;
    if (sep == '.') {
        d = a;
        m = b;
    } else if (a > 12 && b <= 12) {
        d = a;
        m = b;
    } else if (b > 12 && a <= 12) {
        m = a;
        d = b;
    } else if (is_month_first) {
        m = a;
        d = b;
    } else {
        d = a;
        m = b;
    }
    if (!date_ok(y, m, d))
        return 0;
    dt->year = y;
    dt->month = m;
    dt->day = d;
    return 1;
}

/* Try every pattern starting at s[i]; returns the end index or 0. */
static size_t match_at(const char *s, size_t len, size_t i, int is_month_first,
                       struct datetext *dt)
{
    size_t j, n, w;
    int a, b, y, m;

    dt_clear(dt);
    if (is_digit((unsigned char)s[i])) {
        n = read_num(s, len, i, 4, &a);
        if (n == 0)
            return 0;
        j = i + n;
        if (n == 4 && j + 1 < len) {
            /* 2016-09-03, 2016/09/03, 2016.09.03, 2016. 9. 3., 2016年9月3日 */
            char sep = s[j];
            if (sep == '-' || sep == '/' || sep == '.') {
                size_t k = skip_space(s, len, j + 1), n2, n3;
                n2 = read_num(s, len, k, 2, &b);
                if (n2 && k + n2 < len && s[k + n2] == sep) {
                    size_t l = skip_space(s, len, k + n2 + 1);
                    int d;
                    n3 = read_num(s, len, l, 2, &d);
                    if (n3 && date_ok(a, b, d) && (l + n3 == len || !is_digit((unsigned char)s[l + n3]))) {
                        dt->year = a;
                        dt->month = b;
                        dt->day = d;
                        j = l + n3;
                        if (sep == '.' && j < len && s[j] == '.')
                            j++;
                        return trailing_time(s, len, j, dt);
                    }
                }
            } else if ((unsigned char)sep == 0xE5 && j + 2 < len && (unsigned char)s[j + 1] == 0xB9 &&
                       (unsigned char)s[j + 2] == 0xB4) {
                /* 年 E5 B9 B4, 月 E6 9C 88, 日 E6 97 A5 */
                size_t k = j + 3, n2, n3;
                int d;
                n2 = read_num(s, len, k, 2, &b);
                if (n2 && k + n2 + 2 < len && (unsigned char)s[k + n2] == 0xE6 &&
                    (unsigned char)s[k + n2 + 1] == 0x9C && (unsigned char)s[k + n2 + 2] == 0x88) {
                    size_t l = k + n2 + 3;
                    n3 = read_num(s, len, l, 2, &d);
                    if (n3 && date_ok(a, b, d)) {
                        dt->year = a;
                        dt->month = b;
                        dt->day = d;
                        j = l + n3;
                        if (j + 2 < len && (unsigned char)s[j] == 0xE6 &&
                            (unsigned char)s[j + 1] == 0x97 && (unsigned char)s[j + 2] == 0xA5)
                            j += 3;
                        return j;
                    }
                }
            }
            return 0;
        }
        if (n > 2)
            return 0;
        /* 03.09.2016, 09/03/2016, 3-9-2016 */
        if (j + 1 < len && (s[j] == '.' || s[j] == '/' || s[j] == '-')) {
            char sep = s[j];
            size_t k = j + 1, n2;
            if (sep == '.')
                k = skip_space(s, len, k);
            n2 = read_num(s, len, k, 2, &b);
            if (n2 && k + n2 + 1 < len && s[k + n2] == sep) {
                size_t l = k + n2 + 1;
                if (sep == '.')
                    l = skip_space(s, len, l);
                if (read_year(s, len, l, &y) && numeric_date(a, b, y, is_month_first, sep, dt))
                    return trailing_time(s, len, l + 4, dt);
                return 0;
            }
        }
        /* 3 September 2016, 3. März 2016, 3rd of September, 2016, 3 de septiembre de 2016 */
        j = skip_ordinal(s, len, j);
        j = skip_connector(s, len, j);
        w = word_len(s, len, j);
        if (!w || !(m = datetext_month(s + j, w)))
            return 0;
        j += w;
        if (j < len && s[j] == '.')
            j++;
        if (j < len && s[j] == ',')
            j++;
        j = skip_connector(s, len, j);
        if (!read_year(s, len, j, &y) || !date_ok(y, m, a))
            return 0;
        dt->year = y;
        dt->month = m;
        dt->day = a;
        return trailing_time(s, len, j + 4, dt);
    }
    w = word_len(s, len, i);
    if (!w || !(m = datetext_month(s + i, w)))
        return 0;
    /* September 3, 2016; Sept. 3rd 2016; Sep 03 2016 */
    j = i + w;
    if (j < len && s[j] == '.')
        j++;
    j = skip_space(s, len, j);
    n = read_num(s, len, j, 2, &a);
    if (!n)
        return 0;
    j = skip_ordinal(s, len, j + n);
    if (j < len && s[j] == ',')
        j++;
    j = skip_space(s, len, j);
    if (!read_year(s, len, j, &y) || !date_ok(y, m, a))
        return 0;
    dt->year = y;
    dt->month = m;
    dt->day = a;
    return trailing_time(s, len, j + 4, dt);
}

int datetext_find(const char *s, size_t len, int is_month_first, struct datetext *dt)
{
    size_t i;
    int prev_alnum = 0;

    for (i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        int is_an = is_digit(c) || is_alpha(c) || c >= 0x80;
        if ((is_digit(c) || letter_len(s, len, i)) && !prev_alnum) {
            size_t e = match_at(s, len, i, is_month_first, dt);
            if (e) {
                dt->off = (uint32_t)i;
                dt->len = (uint32_t)(e - i);
                return 1;
            }
        }
        /* Bytes of a multibyte letter count as alphanumeric; spaces do not. */
        prev_alnum = is_an && !space_len(s, len, i);
        if (c >= 0x80) {
            size_t n = space_len(s, len, i);
            if (n) {
                i += n - 1;
                prev_alnum = 0;
            } else if (c >= 0xE2 && c <= 0xE3) {
                /* punctuation such as dashes or CJK brackets: not a letter */
                prev_alnum = 0;
                while (i + 1 < len && ((unsigned char)s[i + 1] & 0xC0) == 0x80)
                    i++;
            }
        }
    }
    return 0;
}

/* Unix time (seconds) to a UTC date and time. */
static void from_unix(int64_t t, struct datetext *dt)
{
    int64_t days = t / 86400, rem = t % 86400;
    if (rem < 0) {
        rem += 86400;
        days--;
    }
    day_to_ymd((int32_t)days, &dt->year, &dt->month, &dt->day);
    dt->hour = (int)(rem / 3600);
    dt->minute = (int)(rem / 60 % 60);
    dt->second = (int)(rem % 60);
    dt->has_zone = 1;
    dt->zone_min = 0;
}

int datetext_parse(const char *s, size_t len, struct datetext *dt)
{
    size_t i = 0, e, k;

    dt_clear(dt);
    while (i < len && space_len(s, len, i))
        i += space_len(s, len, i);
    while (len > i && (s[len - 1] == ' ' || s[len - 1] == '\n' || s[len - 1] == '\t' ||
                       s[len - 1] == '\r'))
        len--;
    if (i >= len)
        return 0;
    for (k = i; k < len && is_digit((unsigned char)s[k]); k++)
        ;
    if (k == len && (len - i == 8 || len - i == 10 || len - i == 13)) {
        int64_t v = 0;
        for (k = i; k < len; k++)
            v = v * 10 + (s[k] - '0');
        if (len - i == 8) {
            int y = (int)(v / 10000), m = (int)(v / 100 % 100), d = (int)(v % 100);
            if (!date_ok(y, m, d))
                return 0;
            dt->year = y;
            dt->month = m;
            dt->day = d;
        } else {
            if (len - i == 13)
                v /= 1000;
            from_unix(v, dt);
            if (!date_ok(dt->year, dt->month, dt->day))
                return 0;
        }
        dt->off = (uint32_t)i;
        dt->len = (uint32_t)(len - i);
        return 1;
    }
    /* ISO forms and human forms anywhere in the value (RFC 2822 starts with a weekday). */
    e = match_at(s, len, i, 1, dt);
    if (e) {
        dt->off = (uint32_t)i;
        dt->len = (uint32_t)(e - i);
        return 1;
    }
    if (datetext_find(s + i, len - i, 1, dt)) {
        dt->off += (uint32_t)i;
        return 1;
    }
    return 0;
}

int datetext_plausible(const struct datetext *dt, int32_t crawl_day)
{
    int32_t day = datetext_day(dt);
    if (day == DAY_NONE || dt->year < 1990)
        return 0;
    return crawl_day <= 0 || day <= crawl_day; /* 0 or DAY_NONE: no crawl day given */
}

int32_t datetext_day(const struct datetext *dt)
{
    if (!ymd_is_valid(dt->year, dt->month, dt->day))
        return DAY_NONE;
    return day_from_ymd(dt->year, dt->month, dt->day);
}

void datetext_format(const struct datetext *dt, char out[32])
{
    int n = snprintf(out, 32, "%04d-%02d-%02d", dt->year, dt->month, dt->day);
    if (dt->hour < 0 || n < 0)
        return;
    n += snprintf(out + n, (size_t)(32 - n), "T%02d:%02d", dt->hour, dt->minute);
    if (dt->second >= 0 && n < 32)
        n += snprintf(out + n, (size_t)(32 - n), ":%02d", dt->second);
    if (dt->has_zone && n < 32) {
        int z = dt->zone_min < 0 ? -dt->zone_min : dt->zone_min;
        if (z == 0)
            snprintf(out + n, (size_t)(32 - n), "Z");
        else
            snprintf(out + n, (size_t)(32 - n), "%c%02d:%02d", dt->zone_min < 0 ? '-' : '+',
                     z / 60 % 100, z % 60);
    }
}

struct cue {
    const char *word; /* lower case prefix of a word */
    int kind;
};

/* Words that introduce a publication or update date on a visible line. */
static const struct cue cues[] = {
    {"published", DATETEXT_PUBLISHED}, {"first published", DATETEXT_PUBLISHED},
    {"posted", DATETEXT_PUBLISHED}, {"publication date", DATETEXT_PUBLISHED},
    {"date", DATETEXT_PUBLISHED}, {"released", DATETEXT_PUBLISHED},
    {"updated", DATETEXT_UPDATED}, {"last updated", DATETEXT_UPDATED},
    {"last modified", DATETEXT_UPDATED}, {"modified", DATETEXT_UPDATED},
    {"veröffentlicht", DATETEXT_PUBLISHED}, {"veröffentlichung", DATETEXT_PUBLISHED}, {"erschienen", DATETEXT_PUBLISHED},
    {"erstellt", DATETEXT_PUBLISHED}, {"datum", DATETEXT_PUBLISHED},
    {"publiziert", DATETEXT_PUBLISHED}, {"aktualisiert", DATETEXT_UPDATED},
    {"zuletzt aktualisiert", DATETEXT_UPDATED}, {"geändert", DATETEXT_UPDATED},
    {"stand", DATETEXT_UPDATED}, {"publié", DATETEXT_PUBLISHED},
    {"mis à jour", DATETEXT_UPDATED}, {"modifié", DATETEXT_UPDATED},
    {"publicado", DATETEXT_PUBLISHED}, {"actualizado", DATETEXT_UPDATED},
    {"atualizado", DATETEXT_UPDATED}, {"pubblicato", DATETEXT_PUBLISHED},
    {"aggiornato", DATETEXT_UPDATED}, {"gepubliceerd", DATETEXT_PUBLISHED},
    {"bijgewerkt", DATETEXT_UPDATED}, {"опубликовано", DATETEXT_PUBLISHED},
    {"обновлено", DATETEXT_UPDATED},
};

/* Compare s[i..] with a lower-case cue, ASCII case-insensitively. */
static int has_prefix_ci(const char *s, size_t len, size_t i, const char *w)
{
    size_t n = strlen(w), k;
    if (i + n > len)
        return 0;
    for (k = 0; k < n; k++) {
        int c = (unsigned char)s[i + k];
        if (c >= 'A' && c <= 'Z')
            c += 32;
        if (c != (unsigned char)w[k])
            return 0;
    }
    return 1;
}

/* 1 when every word of s[i..k) is capitalised or "by": a name or an agency
 * ("By Jane Doe Published ...", "The Associated Press Published ..."). */
static int is_name_words(const char *s, size_t i, size_t k)
{
    size_t j = i;
    while (j < k) {
        while (j < k && (s[j] == ' ' || s[j] == '\t'))
            j++;
        if (j >= k)
            break;
        if (!((s[j] >= 'A' && s[j] <= 'Z') || (unsigned char)s[j] >= 0x80 ||
              (j + 2 <= k && has_prefix_ci(s, k, j, "by") && (j + 2 == k || s[j + 2] == ' '))))
            return 0;
        while (j < k && s[j] != ' ' && s[j] != '\t')
            j++;
    }
    return 1;
}

/* s[i..k) may lead in to a cue when it ends with a separator ("Story by
 * Jane Doe, published ...", "Jane Doe | Updated ...") or a number (another
 * labelled date: "Last change: 31.10.2023 - 14:49 Published: ..."), or
 * when it is a name; in "Mercurial 5.2 was released on ..." the cue is a
 * sentence's verb. */
static int is_lead_in(const char *s, size_t i, size_t k)
{
    while (k > i && (s[k - 1] == ' ' || s[k - 1] == '\t'))
        k--;
    if (k == i)
        return 1;
    if (strchr(",|:;/()[]-.0123456789", s[k - 1]))
        return 1;
    if (is_name_words(s, i, k))
        return 1;
    /* a dash or a middle dot written in UTF-8 */
    return k >= i + 2 && (((unsigned char)s[k - 2] == 0xC2 && (unsigned char)s[k - 1] == 0xB7) ||
                          (k >= i + 3 && (unsigned char)s[k - 3] == 0xE2 &&
                           (unsigned char)s[k - 2] == 0x80));
}

/* Languages that put the verb last: a date, then within 60 bytes a
 * publication word ("... am 3. Dezember 2011 um 10:00 Uhr veröffentlicht"). */
static int cue_after_date(const char *s, size_t len, int is_month_first, struct datetext *dt)
{
    static const char *const verbs[] = {"veröffentlicht", "publiziert", "erschienen", "gepubliceerd"};
    size_t k, c, end, verb = len;
    /* the verb first: it is rare, and looking for dates costs more */
    for (k = 1; k < len && verb == len; k++) {
        if (letter_len(s, len, k - 1))
            continue;
        for (c = 0; c < NL_ARRAY_LEN(verbs); c++)
            if (has_prefix_ci(s, len, k, verbs[c]))
                verb = k;
    }
    if (verb == len || !datetext_find(s, verb, is_month_first, dt))
        return 0;
    end = dt->off + dt->len;
    return verb >= end && verb <= end + 60;
}

int datetext_byline(const char *s, size_t len, int is_month_first, struct datetext *dt)
{
    size_t i = 0, k, best_end = 0;
    int kind = 0;

    if (len > 300)
        return 0;
    /* Leading bullets, pipes and blanks. */
    while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '|' || s[i] == '-' || s[i] == '*' ||
                       s[i] == '(' || s[i] == '['))
        i++;
    if (i + 2 < len && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
        (unsigned char)s[i + 2] == 0xA2)
        i = skip_space(s, len, i + 3);
    /* The cue must open the line or follow a short lead-in ("Story by X,"). */
    for (k = i; k < len && k < i + 80; k++) {
        size_t c;
        if (k > i && letter_len(s, len, k - 1))
            continue; /* only at word starts */
        for (c = 0; c < NL_ARRAY_LEN(cues); c++) {
            size_t n = strlen(cues[c].word);
            if (has_prefix_ci(s, len, k, cues[c].word) && k + n > best_end &&
                (k == i || is_lead_in(s, i, k)) &&
                (k + n == len || !letter_len(s, len, k + n) ||
                 /* "Published", "Publié": allow inflected endings ("veröffentlichte") */
                 n >= 6)) {
                kind = cues[c].kind;
                best_end = k + n;
            }
        }
        if (kind)
            break;
    }
    if (!kind && has_prefix_ci(s, len, i, "by ") && len - i < 160) {
        /* "By Jane Doe | September 3, 2016" */
        kind = DATETEXT_PUBLISHED;
        best_end = i + 3;
    }
    /* The date must come soon after the cue. */
    if (kind && datetext_find(s + best_end, len - best_end, is_month_first, dt) && dt->off <= 100) {
        dt->off += (uint32_t)best_end;
        return kind;
    }
    if (len < 200 && cue_after_date(s, len, is_month_first, dt))
        return DATETEXT_PUBLISHED; /* "Dieser Beitrag wurde am 3. Dezember 2011 veröffentlicht" */
    return 0;
}
