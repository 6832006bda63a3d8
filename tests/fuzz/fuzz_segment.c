/*
 * fuzz_segment.c: segment_text on arbitrary bytes. Checks the span
 * invariants (tokens non-empty, in order, inside the text and their
 * sentence) and that the arena is the only memory used.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "segment.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct arena a;
    struct segmentation seg;
    struct nl_error err;
    struct span all;
    size_t i;
    char *text = malloc(size + 1);

    if (!text)
        return 0;
    memcpy(text, data, size);
    text[size] = '\0';
    all.off = 0;
    all.len = (uint32_t)size;
    arena_init(&a, 0);
    if (segment_text(&a, text, size, all, &seg, &err) == NL_OK) {
        for (i = 0; i < seg.ntoks; i++) {
            const struct token *t = &seg.toks[i];
            if (t->span.len == 0 || (size_t)t->span.off + t->span.len > size)
                abort();
            if (i && t->span.off < seg.toks[i - 1].span.off + seg.toks[i - 1].span.len)
                abort();
        }
        for (i = 0; i < seg.nsents; i++)
            if (seg.sents[i].tok_begin >= seg.sents[i].tok_end ||
                seg.sents[i].tok_end > seg.ntoks)
                abort();
    }
    arena_release(&a);
    free(text);
    return 0;
}
