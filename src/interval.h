/*
 * interval.h: calendar arithmetic on whole days, and TIMEX3 values as
 * intervals of days (DESIGN.md "Dates are intervals").
 *
 * A day is an int32_t counting days since 1970-01-01 (day 0), proleptic
 * Gregorian, no time zone and no libc state (gmtime and friends are banned).
 * Every resolved date is also an inclusive interval [begin_day, end_day]:
 * "2016-09-02" is one day, "2016-07" its 31 days, "2016-W35" Monday..Sunday,
 * "2016-Q3" its quarter; PAST_REF, durations and sets have none.
 */
#ifndef INTERVAL_H
#define INTERVAL_H

#include <stddef.h>
#include <stdint.h>

#define DAY_NONE INT32_MIN /* "no day": unknown date, or a value with no interval */

/* Days since 1970-01-01 of y-m-d (m 1-12, d 1-31; out-of-range d is not checked). */
int32_t day_from_ymd(int y, int m, int d);
/* Inverse of day_from_ymd. */
void day_to_ymd(int32_t day, int *y, int *m, int *d);
/* 1 = Monday .. 7 = Sunday (ISO 8601). */
int day_weekday(int32_t day);
/* Days in month m of year y. */
int days_in_month(int y, int m);
int is_leap_year(int y);
/* 1 when y-m-d is a real calendar date. */
int ymd_is_valid(int y, int m, int d);
/* ISO 8601 week of a day: *iso_year and *week (1-53). */
void day_iso_week(int32_t day, int *iso_year, int *week);
/* Monday of ISO week w of ISO year y. */
int32_t day_from_iso_week(int y, int w);
/* Add n months to y-m (m 1-12), in place. */
void month_add(int *y, int *m, int n);

/*
 * Parse "YYYY-MM-DD" (optionally followed by 'T' and anything, or a space
 * and anything) into a day. Returns DAY_NONE when it is not a valid date.
 */
int32_t day_parse_iso(const char *s);

/* Write day as "YYYY-MM-DD" into out (11 bytes). */
void day_format(int32_t day, char out[11]);

/*
 * The day interval of a TIMEX3 value: YYYY, YYYY-MM, YYYY-MM-DD (with an
 * optional THH:MM / TMO / ... suffix), YYYY-Www, YYYY-Www-WE, YYYY-Qn,
 * YYYY-Hn, YYYY-SP/SU/FA/WI (northern meteorological seasons), YYY
 * (decade), YY (century). Returns 1 and fills [*begin, *end] when the
 * value names a span of days, 0 otherwise (durations, sets, *_REF, X
 * padding, garbage).
 */
int interval_from_value(const char *value, int32_t *begin, int32_t *end);

/* 1 when [b1,e1] and [b2,e2] share a day. */
int interval_overlaps(int32_t b1, int32_t e1, int32_t b2, int32_t e2);

#endif
