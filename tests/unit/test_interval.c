/*
 * test_interval.c: day arithmetic and TIMEX3 value intervals.
 * Exercises: day_from_ymd/day_to_ymd round trip over 1800-2200, weekdays,
 * ISO weeks at year edges, month_add, day_parse_iso validation, and
 * interval_from_value for every value shape of interval.h (table below),
 * including values that have no interval.
 */
#include "check.h"

#include "interval.h"

struct vcase {
    const char *value;
    const char *begin; /* NULL: no interval */
    const char *end;
};

static const struct vcase vcases[] = {
    {"2016-09-02", "2016-09-02", "2016-09-02"},
    {"2016-09-02T14:30", "2016-09-02", "2016-09-02"},
    {"2016-09-02TMO", "2016-09-02", "2016-09-02"},
    {"2016-07", "2016-07-01", "2016-07-31"},
    {"2016-02", "2016-02-01", "2016-02-29"},
    {"2016", "2016-01-01", "2016-12-31"},
    {"2016-W35", "2016-08-29", "2016-09-04"},
    {"2016-W35-WE", "2016-09-03", "2016-09-04"},
    {"2015-W53", "2015-12-28", "2016-01-03"},
    {"2016-W53", NULL, NULL},
    {"2016-Q3", "2016-07-01", "2016-09-30"},
    {"2016-H1", "2016-01-01", "2016-06-30"},
    {"2016-SU", "2016-06-01", "2016-08-31"},
    {"2016-WI", "2016-12-01", "2017-02-28"},
    {"199", "1990-01-01", "1999-12-31"},
    {"19", "1900-01-01", "1999-12-31"},
    {"PAST_REF", NULL, NULL},
    {"P3D", NULL, NULL},
    {"XXXX-WXX-5", NULL, NULL},
    {"2016-13", NULL, NULL},
    {"2015-02-29", NULL, NULL},
    {"1998-WXX", NULL, NULL},
    {"", NULL, NULL},
};

static void run(void)
{
    int32_t day, b, e;
    int y, m, d, iy, iw;
    size_t i;
    char s[11], t[11];

    CHECK_INT(day_from_ymd(1970, 1, 1), 0);
    CHECK_INT(day_from_ymd(2016, 9, 3), 17047);
    CHECK_INT(day_weekday(day_from_ymd(2016, 9, 3)), 6); /* Saturday */
    CHECK_INT(day_weekday(day_from_ymd(1969, 12, 31)), 3);
    for (day = day_from_ymd(1800, 1, 1); day < day_from_ymd(2200, 1, 1); day += 13) {
        day_to_ymd(day, &y, &m, &d);
        if (day_from_ymd(y, m, d) != day || !ymd_is_valid(y, m, d)) {
            CHECK_MSG(0, "round trip of day %d", (int)day);
            break;
        }
    }
    CHECK(1);
    day_iso_week(day_from_ymd(2016, 1, 1), &iy, &iw);
    CHECK_INT(iy, 2015);
    CHECK_INT(iw, 53);
    day_iso_week(day_from_ymd(2008, 12, 29), &iy, &iw);
    CHECK_INT(iy, 2009);
    CHECK_INT(iw, 1);
    day_iso_week(day_from_ymd(2016, 9, 3), &iy, &iw);
    CHECK_INT(iw, 35);
    y = 2016, m = 11;
    month_add(&y, &m, 3);
    CHECK_INT(y * 100 + m, 201702);
    month_add(&y, &m, -14);
    CHECK_INT(y * 100 + m, 201512);
    CHECK_INT(day_parse_iso("2016-09-03"), 17047);
    CHECK_INT(day_parse_iso("2016-09-03T10:00:00Z"), 17047);
    CHECK_INT(day_parse_iso("2016-02-30"), DAY_NONE);
    CHECK_INT(day_parse_iso("2016-9-3"), DAY_NONE);
    CHECK_INT(day_parse_iso("2016-09-03x"), DAY_NONE);
    CHECK_INT(day_parse_iso(NULL), DAY_NONE);
    day_format(17047, s);
    CHECK_STR(s, "2016-09-03");

    for (i = 0; i < sizeof(vcases) / sizeof(vcases[0]); i++) {
        const struct vcase *c = &vcases[i];
        int ok = interval_from_value(c->value, &b, &e);
        if (!c->begin) {
            CHECK_MSG(!ok, "'%s' should have no interval", c->value);
            continue;
        }
        CHECK_MSG(ok, "'%s' should have an interval", c->value);
        if (!ok)
            continue;
        day_format(b, s);
        day_format(e, t);
        CHECK_STR(s, c->begin);
        CHECK_STR(t, c->end);
    }
    CHECK(interval_overlaps(1, 5, 5, 9));
    CHECK(!interval_overlaps(1, 4, 5, 9));
}

CHECK_MAIN("interval")
