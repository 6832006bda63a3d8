/*
 * fuzz_timex.c: segment_text + timex_find on arbitrary bytes. The first two
 * bytes choose the DCT (or none), the rest is the text. Checks that every
 * timex lies inside the text, in order without overlap, has a value, and
 * that begin_day/end_day agree with interval_from_value.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "interval.h"
#include "segment.h"
#include "timex.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct arena a;
    struct segmentation seg;
    struct nl_error err;
    struct timex_opts opts;
    struct timex *tx;
    struct span all;
    size_t n, i, len;
    char *text;

    if (size < 2)
        return 0;
    /* DCT: none, or a day between 1900 and about 2080 */
    opts.dct_day = data[0] == 0 ? DAY_NONE
                                : day_from_ymd(1900, 1, 1) + (int32_t)((data[0] << 8) | data[1]);
    len = size - 2;
    text = malloc(len + 1);
    if (!text)
        return 0;
    memcpy(text, data + 2, len);
    text[len] = '\0';
    all.off = 0;
    all.len = (uint32_t)len;
    arena_init(&a, 0);
    if (segment_text(&a, text, len, all, &seg, &err) == NL_OK &&
        timex_find(&a, text, len, &seg, &opts, &tx, &n, &err) == NL_OK) {
        for (i = 0; i < n; i++) {
            int32_t b, e;
            if (tx[i].span.len == 0 || (size_t)tx[i].span.off + tx[i].span.len > len)
                abort();
            if (i && tx[i].span.off < tx[i - 1].span.off + tx[i - 1].span.len)
                abort();
            if (!tx[i].value || !tx[i].value[0] || !tx[i].rule)
                abort();
            if (interval_from_value(tx[i].value, &b, &e)) {
                if (b != tx[i].begin_day || e != tx[i].end_day)
                    abort();
            } else if (tx[i].begin_day != DAY_NONE) {
                abort();
            }
        }
    }
    arena_release(&a);
    free(text);
    return 0;
}
