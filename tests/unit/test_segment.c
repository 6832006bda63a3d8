/*
 * test_segment.c: sentence and token splitting (segment.c).
 * Cases are data, in tests/unit/segment/:
 *   sentences.tsv  text <TAB> expected sentences joined by " || "
 *   tokens.tsv     text <TAB> expected tokens joined by single spaces
 * In the text column "\n" stands for a newline and "\t" for a tab.
 * Exercises: news abbreviations (U.S., Sept., Mr., Inc.), initials, decimal
 * and comma numbers, clock times, quotes after final marks, headlines and
 * lines without final punctuation, blank lines, datelines, hyphenated words,
 * possessives, curly quotes, invalid UTF-8, an empty region; plus span
 * invariants (tokens inside their sentence, in order, non-empty).
 */
#include "check.h"

#include <dirent.h>

#include "arena.h"
#include "segment.h"

static size_t unescape(const char *in, char *out, size_t cap)
{
    size_t n = 0;
    for (; *in && n + 1 < cap; in++) {
        if (in[0] == '\\' && in[1] == 'n') {
            out[n++] = '\n';
            in++;
        } else if (in[0] == '\\' && in[1] == 't') {
            out[n++] = '\t';
            in++;
        } else {
            out[n++] = *in;
        }
    }
    out[n] = '\0';
    return n;
}

static int segment_line(struct arena *a, const char *text, size_t len, struct segmentation *seg)
{
    struct nl_error err;
    struct span all = {0, (uint32_t)len};
    return segment_text(a, text, len, all, seg, &err) != NL_OK;
}

static void join_spans(const char *text, const struct span *sp, size_t stride, size_t n,
                       const char *sep, char *out, size_t cap)
{
    size_t i, o = 0;
    out[0] = '\0';
    for (i = 0; i < n; i++) {
        const struct span *s = (const struct span *)((const char *)sp + i * stride);
        int w = snprintf(out + o, cap - o, "%s%.*s", i ? sep : "", (int)s->len, text + s->off);
        if (w < 0 || (size_t)w >= cap - o)
            return;
        o += (size_t)w;
    }
}

static void run_file(const char *name, int is_tokens)
{
    char path[1024], line[4096], text[4096], got[8192], wantbuf[4096];
    FILE *f;
    int lineno = 0;

    snprintf(path, sizeof(path), "%s/%s", check_datadir, name);
    f = fopen(path, "r");
    CHECK_MSG(f != NULL, "cannot open %s", path);
    if (!f)
        return;
    while (fgets(line, sizeof(line), f)) {
        char *tab, *want;
        size_t len;
        struct arena a;
        struct segmentation seg;
        lineno++;
        line[strcspn(line, "\n")] = '\0';
        if (!line[0] || line[0] == '#')
            continue;
        tab = strchr(line, '\t');
        if (!tab) {
            CHECK_MSG(0, "%s:%d: no tab", name, lineno);
            continue;
        }
        *tab = '\0';
        len = unescape(line, text, sizeof(text));
        unescape(tab + 1, wantbuf, sizeof(wantbuf));
        want = wantbuf;
        arena_init(&a, 0);
        if (segment_line(&a, text, len, &seg)) {
            CHECK_MSG(0, "%s:%d: segment_text failed", name, lineno);
        } else {
            if (is_tokens)
                join_spans(text, &seg.toks[0].span, sizeof(struct token), seg.ntoks, " ", got,
                           sizeof(got));
            else
                join_spans(text, &seg.sents[0].span, sizeof(struct sentence), seg.nsents, " || ",
                           got, sizeof(got));
            CHECK_MSG(!strcmp(got, want), "%s:%d: got '%s', want '%s'", name, lineno, got, want);
        }
        arena_release(&a);
    }
    fclose(f);
}

static void check_invariants(const char *text, size_t len)
{
    struct arena a;
    struct segmentation seg;
    size_t i, t, ok = 1;
    arena_init(&a, 0);
    if (segment_line(&a, text, len, &seg)) {
        CHECK(0);
        arena_release(&a);
        return;
    }
    for (i = 0; i < seg.nsents; i++) {
        const struct sentence *s = &seg.sents[i];
        if (s->tok_begin >= s->tok_end || (i && s->tok_begin != seg.sents[i - 1].tok_end))
            ok = 0;
        for (t = s->tok_begin; t < s->tok_end && t < seg.ntoks; t++) {
            const struct token *k = &seg.toks[t];
            if (k->span.len == 0 || k->span.off < s->span.off ||
                k->span.off + k->span.len > s->span.off + s->span.len)
                ok = 0;
            if (t && k->span.off < seg.toks[t - 1].span.off + seg.toks[t - 1].span.len)
                ok = 0;
        }
    }
    if (seg.nsents && seg.sents[seg.nsents - 1].tok_end != seg.ntoks)
        ok = 0;
    CHECK_MSG(ok, "invariants broken for '%.40s'", text);
    arena_release(&a);
}

static void run(void)
{
    static const char hostile[] = "\xff\xfe U.S.\xe2\x80 \x80\x80 ... -- 'x' \"\"\n\n\n. . a.b.c.d.";
    struct arena a;
    struct segmentation seg;
    struct nl_error err;
    struct span none = {5, 0};

    run_file("sentences.tsv", 0);
    run_file("tokens.tsv", 1);
    check_invariants(hostile, sizeof(hostile) - 1);
    check_invariants("Mr. Smith went to Washington D.C. on Sept. 5. He said \"no.\" Then left.", 71);
    arena_init(&a, 0);
    CHECK(segment_text(&a, "abc def", 7, none, &seg, &err) == NL_OK);
    CHECK_INT(seg.ntoks, 0);
    CHECK_INT(seg.nsents, 0);
    /* a region inside the text: spans stay offsets into the whole text */
    none.off = 4;
    none.len = 3;
    CHECK(segment_text(&a, "abc def", 7, none, &seg, &err) == NL_OK);
    CHECK_INT(seg.ntoks, 1);
    CHECK_INT(seg.toks[0].span.off, 4);
    arena_release(&a);
}

CHECK_MAIN("segment")
