/*
 * interval.c: day numbers and TIMEX3 value intervals; see interval.h.
 *
 * Day/civil conversion uses the era-based algorithm from Howard Hinnant's
 * "chrono-Compatible Low-Level Date Algorithms" (public description of the
 * arithmetic; written here from that description).
 */
#include "interval.h"

#include <string.h>

#include "banned.h"

int is_leap_year(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int days_in_month(int y, int m)
{
    static const int n[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12)
        return 0;
    return m == 2 && is_leap_year(y) ? 29 : n[m - 1];
}

int ymd_is_valid(int y, int m, int d)
{
    return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

int32_t day_from_ymd(int y, int m, int d)
{
    int era, yoe, doy, doe;
    y -= m <= 2;
    era = (y >= 0 ? y : y - 399) / 400;
    yoe = y - era * 400;
    doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (int32_t)(era * 146097 + doe - 719468);
}

void day_to_ymd(int32_t day, int *y, int *m, int *d)
{
    int32_t z = day + 719468;
    int32_t era = (z >= 0 ? z : z - 146096) / 146097;
    int32_t doe = z - era * 146097;
    int32_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int32_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int32_t mp = (5 * doy + 2) / 153;
    int32_t dd = doy - (153 * mp + 2) / 5 + 1;
    int32_t mm = mp < 10 ? mp + 3 : mp - 9;
    *y = (int)(yoe + era * 400 + (mm <= 2));
    *m = (int)mm;
    *d = (int)dd;
}

int day_weekday(int32_t day)
{
    /* 1970-01-01 was a Thursday (4). */
    int32_t w = (day + 3) % 7;
    if (w < 0)
        w += 7;
    return (int)w + 1;
}

void day_iso_week(int32_t day, int *iso_year, int *week)
{
    /* The ISO week belongs to the year of its Thursday. */
    int32_t thursday = day - day_weekday(day) + 4;
    int y, m, d;
    day_to_ymd(thursday, &y, &m, &d);
    *iso_year = y;
    *week = (int)((thursday - day_from_ymd(y, 1, 1)) / 7 + 1);
}

int32_t day_from_iso_week(int y, int w)
{
    int32_t jan4 = day_from_ymd(y, 1, 4);
    int32_t week1_monday = jan4 - day_weekday(jan4) + 1;
    return week1_monday + (w - 1) * 7;
}

void month_add(int *y, int *m, int n)
{
    int t = *y * 12 + (*m - 1) + n;
    *y = t >= 0 ? t / 12 : (t - 11) / 12;
    *m = t - *y * 12 + 1;
}

static int digits(const char *s, int n)
{
    int v = 0, i;
    for (i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

int32_t day_parse_iso(const char *s)
{
    int y, m, d;
    if (!s || strlen(s) < 10 || s[4] != '-' || s[7] != '-')
        return DAY_NONE;
    y = digits(s, 4);
    m = digits(s + 5, 2);
    d = digits(s + 8, 2);
    if (y < 0 || m < 0 || d < 0 || !ymd_is_valid(y, m, d))
        return DAY_NONE;
    if (s[10] != '\0' && s[10] != 'T' && s[10] != ' ')
        return DAY_NONE;
    return day_from_ymd(y, m, d);
}

void day_format(int32_t day, char out[11])
{
    int y, m, d;
    day_to_ymd(day, &y, &m, &d);
    if (y < 0 || y > 9999) {
        memcpy(out, "0000-00-00", 11);
        return;
    }
    out[0] = (char)('0' + y / 1000);
    out[1] = (char)('0' + y / 100 % 10);
    out[2] = (char)('0' + y / 10 % 10);
    out[3] = (char)('0' + y % 10);
    out[4] = '-';
    out[5] = (char)('0' + m / 10);
    out[6] = (char)('0' + m % 10);
    out[7] = '-';
    out[8] = (char)('0' + d / 10);
    out[9] = (char)('0' + d % 10);
    out[10] = '\0';
}

int interval_from_value(const char *v, int32_t *begin, int32_t *end)
{
    size_t n = v ? strlen(v) : 0;
    int y, m, d, q;

    if (n == 2 && (y = digits(v, 2)) >= 0) { /* century: "19" = 1900-1999 */
        if (y == 0)
            return 0;
        *begin = day_from_ymd(y * 100, 1, 1);
        *end = day_from_ymd(y * 100 + 99, 12, 31);
        return 1;
    }
    if (n == 3 && (y = digits(v, 3)) >= 0) { /* decade: "199" = 1990-1999 */
        if (y == 0)
            return 0;
        *begin = day_from_ymd(y * 10, 1, 1);
        *end = day_from_ymd(y * 10 + 9, 12, 31);
        return 1;
    }
    if (n < 4 || (y = digits(v, 4)) < 1)
        return 0;
    if (n == 4) {
        *begin = day_from_ymd(y, 1, 1);
        *end = day_from_ymd(y, 12, 31);
        return 1;
    }
    if (v[4] != '-')
        return 0;
    v += 5;
    n -= 5;
    if (n == 2 && v[0] == 'Q' && (q = digits(v + 1, 1)) >= 1 && q <= 4) {
        *begin = day_from_ymd(y, 3 * q - 2, 1);
        *end = day_from_ymd(y, 3 * q, days_in_month(y, 3 * q));
        return 1;
    }
    if (n == 2 && v[0] == 'H' && (q = digits(v + 1, 1)) >= 1 && q <= 2) {
        *begin = day_from_ymd(y, q == 1 ? 1 : 7, 1);
        *end = day_from_ymd(y, q == 1 ? 6 : 12, q == 1 ? 30 : 31);
        return 1;
    }
    if (n == 2 && (!strcmp(v, "SP") || !strcmp(v, "SU") || !strcmp(v, "FA"))) {
        int first = v[1] == 'P' ? 3 : v[1] == 'U' ? 6 : 9;
        *begin = day_from_ymd(y, first, 1);
        *end = day_from_ymd(y, first + 2, days_in_month(y, first + 2));
        return 1;
    }
    if (n == 2 && !strcmp(v, "WI")) { /* winter: December of y to February of y+1 */
        *begin = day_from_ymd(y, 12, 1);
        *end = day_from_ymd(y + 1, 2, days_in_month(y + 1, 2));
        return 1;
    }
    if (n >= 3 && v[0] == 'W' && (q = digits(v + 1, 2)) >= 1 && q <= 53) {
        int iy, iw;
        int32_t mon = day_from_iso_week(y, q);
        day_iso_week(mon, &iy, &iw);
        if (iy != y || iw != q)
            return 0; /* week 53 of a 52-week year */
        if (n == 3) {
            *begin = mon;
            *end = mon + 6;
            return 1;
        }
        if (!strcmp(v + 3, "-WE")) {
            *begin = mon + 5;
            *end = mon + 6;
            return 1;
        }
        return 0;
    }
    if (n < 2 || (m = digits(v, 2)) < 1 || m > 12)
        return 0;
    if (n == 2) {
        *begin = day_from_ymd(y, m, 1);
        *end = day_from_ymd(y, m, days_in_month(y, m));
        return 1;
    }
    if (v[2] != '-' || n < 5 || (d = digits(v + 3, 2)) < 1 || !ymd_is_valid(y, m, d))
        return 0;
    if (n > 5 && v[5] != 'T')
        return 0;
    *begin = *end = day_from_ymd(y, m, d);
    return 1;
}

int interval_overlaps(int32_t b1, int32_t e1, int32_t b2, int32_t e2)
{
    return b1 <= e2 && b2 <= e1;
}
