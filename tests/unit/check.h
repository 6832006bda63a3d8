/*
 * check.h: the unit-test harness. A test file defines
 * "static void run(void)" using CHECK / CHECK_STR / CHECK_INT, and ends with
 * CHECK_MAIN(). Each CHECK counts one assertion; the program prints
 * "<name>: N passed, N failed" and exits 1 when anything failed.
 * Table-driven tests read their cases from tests/unit/<module>/ (the
 * directory is given as argv[1] by tests/run-all.sh; TEST_DATA(path)
 * builds a path under it).
 */
#ifndef CHECK_H
#define CHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int check_passed, check_failed;
static const char *check_datadir = "tests/unit";

#define CHECK(cond)                                                                  \
    do {                                                                             \
        if (cond) {                                                                  \
            check_passed++;                                                          \
        } else {                                                                     \
            check_failed++;                                                          \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                            \
    } while (0)

#define CHECK_MSG(cond, ...)                                                         \
    do {                                                                             \
        if (cond) {                                                                  \
            check_passed++;                                                          \
        } else {                                                                     \
            check_failed++;                                                          \
            fprintf(stderr, "%s:%d: check failed: ", __FILE__, __LINE__);            \
            fprintf(stderr, __VA_ARGS__);                                            \
            fputc('\n', stderr);                                                     \
        }                                                                            \
    } while (0)

#define CHECK_STR(got, want)                                                         \
    do {                                                                             \
        const char *g_ = (got), *w_ = (want);                                        \
        if ((g_ == NULL && w_ == NULL) || (g_ && w_ && !strcmp(g_, w_))) {           \
            check_passed++;                                                          \
        } else {                                                                     \
            check_failed++;                                                          \
            fprintf(stderr, "%s:%d: %s: got '%s', want '%s'\n", __FILE__, __LINE__,  \
                    #got, g_ ? g_ : "(null)", w_ ? w_ : "(null)");                   \
        }                                                                            \
    } while (0)

#define CHECK_INT(got, want)                                                         \
    do {                                                                             \
        long long g_ = (long long)(got), w_ = (long long)(want);                     \
        if (g_ == w_) {                                                              \
            check_passed++;                                                          \
        } else {                                                                     \
            check_failed++;                                                          \
            fprintf(stderr, "%s:%d: %s: got %lld, want %lld\n", __FILE__, __LINE__,  \
                    #got, g_, w_);                                                   \
        }                                                                            \
    } while (0)

#define CHECK_MAIN(name)                                                             \
    int main(int argc, char **argv)                                                  \
    {                                                                                \
        if (argc > 1)                                                                \
            check_datadir = argv[1];                                                 \
        run();                                                                       \
        printf("%s: %d passed, %d failed\n", name, check_passed, check_failed);      \
        return check_failed ? 1 : 0;                                                 \
    }

#endif
