/*
 * datetext.h: dates as pages and text dumps write them, for the readers
 * (read_html.c, read_text.c): machine forms (ISO 8601, RFC 2822, compact
 * 20160903) and human forms in several languages ("3 September 2016",
 * "September 3, 2016", "Sept. 3, 2016", "3. März 2016", "3 de septiembre de
 * 2016", "03.09.2016", "2016年9月3日").
 *
 * It only recognises and splits a date; which date of a page is the
 * publication date is the readers' business. Pure functions, no allocation,
 * no libc time state.
 */
#ifndef DATETEXT_H
#define DATETEXT_H

#include <stddef.h>
#include <stdint.h>

struct datetext {
    int year, month, day; /* month and day are 1-based; day 0 when only a month was given */
    int hour, minute, second; /* -1 when no time of day was given (second -1: none) */
    int has_zone;         /* 1 when a UTC offset or Z was given */
    int zone_min;         /* offset east of UTC in minutes (when has_zone) */
    uint32_t off, len;    /* bytes of the input that matched */
};

/*
 * Parse a machine-written date that makes up the whole string s[0..len)
 * (surrounding blanks allowed): ISO 8601 date or date-time, "2016-09-03
 * 10:00:00", RFC 2822 ("Sat, 03 Sep 2016 10:00:00 +0000"), "20160903", a
 * Unix time in seconds or milliseconds, or a human form as datetext_find
 * knows it. Returns 1 and fills *dt with a full calendar date, else 0.
 */
int datetext_parse(const char *s, size_t len, struct datetext *dt);

/*
 * Find the first full date (year, month and day) written in s[0..len).
 * is_month_first says how to read ambiguous numeric dates like 03/09/2016
 * (1: US order, 0: day first). Returns 1 and fills *dt (off/len relative to
 * s), else 0.
 */
int datetext_find(const char *s, size_t len, int is_month_first, struct datetext *dt);

/*
 * A visible publication line: "Published 3 September 2016", "Updated: Sept.
 * 3, 2016 10:30 a.m.", "Veröffentlicht am 03.09.2016", "Publié le 3
 * septembre 2016", "By Jane Doe | September 3, 2016". s[0..len) is one line
 * of text. Returns 0 when the line is not such a line, DATETEXT_PUBLISHED or
 * DATETEXT_UPDATED (the line says the date is a modification), and fills
 * *dt (off/len relative to s).
 */
enum { DATETEXT_PUBLISHED = 1, DATETEXT_UPDATED = 2 };
int datetext_byline(const char *s, size_t len, int is_month_first, struct datetext *dt);

/* Month number (1-12) of a month name or abbreviation in s[0..len) in one
 * of the known languages (case-insensitive for ASCII letters), else 0. */
int datetext_month(const char *s, size_t len);

/*
 * 1 when dt could be a publication date: a real day from 1990-01-01 on and
 * not after crawl_day (DAY_NONE or 0, as in zeroed options: no upper bound).
 */
int datetext_plausible(const struct datetext *dt, int32_t crawl_day);

/* Days since 1970-01-01 of the date (local day as written). */
int32_t datetext_day(const struct datetext *dt);

/*
 * Write dt as "YYYY-MM-DD", or "YYYY-MM-DDThh:mm[:ss][Z|+hh:mm]" when it has
 * a time. out must hold 32 bytes.
 */
void datetext_format(const struct datetext *dt, char out[32]);

#endif
