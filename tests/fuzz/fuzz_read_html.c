/*
 * fuzz_read_html.c: read_html() on arbitrary bytes, with a small arena ceiling
 * so that the too-big paths run too. Whatever the input, the reader must
 * return an error or an article whose text is valid UTF-8 and whose spans
 * stay inside the text.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "reader.h"
#include "utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct arena a;
    struct article art;
    struct nl_error err;
    struct reader_opts opts;
    size_t i;

    memset(&opts, 0, sizeof(opts));
    opts.crawl_day = 18000; /* 2019-04-14 */
    arena_init(&a, (size_t)8 << 20);
    memset(&art, 0, sizeof(art));
    if (read_html(&a, "fuzz", (const char *)data, size, &opts, &art, &err) == NL_OK) {
        if (art.text && utf8_valid_prefix(art.text, art.text_len) != art.text_len && art.is_html)
            abort();
        if ((uint64_t)art.body.off + art.body.len > art.text_len)
            abort();
        if ((uint64_t)art.published_span.off + art.published_span.len > art.text_len)
            abort();
        for (i = 0; i < art.nparagraphs; i++)
            if ((uint64_t)art.paragraphs[i].off + art.paragraphs[i].len > art.text_len)
                abort();
    }
    arena_release(&a);
    return 0;
}
