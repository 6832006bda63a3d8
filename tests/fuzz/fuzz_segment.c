/*
 * fuzz_segment.c: segment_text on arbitrary bytes. Checks the span
 * invariants (tokens non-empty, in order, inside the text and their
 * sentence; sentences in order, each spanning its tokens, its first token
 * marked TOKF_SENT_START) and that the arena is the only memory used. The
 * ASCII bytes of a word or number are letters, digits or the inner marks
 * the tokenizer joins (- ' . , : /): what the eight-bytes-at-a-time letter
 * and digit skip may step over.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "segment.h"

static int is_word_byte(unsigned char c)
{
    return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
           (c >= 'A' && c <= 'Z') || c == '-' || c == '\'' || c == '.' || c == ',' ||
           c == ':' || c == '/';
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct arena a;
    struct segmentation seg;
    struct nl_error err;
    struct span all;
    size_t i, j;
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
            if (t->kind != TOK_PUNCT)
                for (j = 0; j < t->span.len; j++)
                    if (!is_word_byte((unsigned char)text[t->span.off + j]))
                        abort();
        }
        for (i = 0; i < seg.nsents; i++) {
            const struct sentence *se = &seg.sents[i];
            const struct token *first, *last;
            if (se->tok_begin >= se->tok_end || se->tok_end > seg.ntoks)
                abort();
            if (i && se->tok_begin < seg.sents[i - 1].tok_end)
                abort();
            first = &seg.toks[se->tok_begin];
            last = &seg.toks[se->tok_end - 1];
            if (se->span.off != first->span.off ||
                se->span.off + se->span.len != last->span.off + last->span.len ||
                !(first->flags & TOKF_SENT_START))
                abort();
        }
    }
    arena_release(&a);
    free(text);
    return 0;
}
