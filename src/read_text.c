/*
 * read_text.c: plain text and text dumps of web pages -> struct article.
 *
 * The text is kept exactly as given (article.text is the file, so every
 * span is a byte offset into the file). A file may open with "Key: value"
 * header lines (Title, URL, Outlet, Published, Author, Language) and a
 * blank line; the body is what follows. Without headers the reader looks
 * for what a page dump shows: a visible "Published 3 September 2016" or
 * "Updated ..." line, a line that is only a date, and a headline-looking
 * line near the top.
 *
 * It does not strip menus or comment counters out of a dump (spans must
 * stay offsets into the file); later stages see them as short lines.
 * Rejects empty files, binary data and invalid UTF-8 with NL_EPARSE.
 */
#include "reader.h"

#include <string.h>

#include "datetext.h"
#include "interval.h"
#include "utf8.h"
#include "banned.h"

struct line {
    size_t off, len; /* without the line end; trailing \r dropped */
};

/* Next line from *pos; returns 0 at the end. */
static int next_line(const char *s, size_t len, size_t *pos, struct line *ln)
{
    size_t i = *pos, e;
    if (i >= len)
        return 0;
    e = i;
    while (e < len && s[e] != '\n')
        e++;
    ln->off = i;
    ln->len = e - i;
    if (ln->len && s[e - 1] == '\r')
        ln->len--;
    *pos = e < len ? e + 1 : e;
    return 1;
}

static int is_blank(const char *s, size_t len)
{
    size_t i;
    for (i = 0; i < len; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\f' && s[i] != '\v')
            return 0;
    return 1;
}

/* Check that data is text: not empty, no NUL, not mostly control bytes, valid UTF-8. */
static enum nl_err check_text(const char *name, const char *data, size_t len,
                              struct nl_error *err)
{
    const char *nul;
    size_t i, ctl = 0, lim = len < 4096 ? len : 4096, valid;

    for (i = 0; i < len; i++)
        if (data[i] != ' ' && data[i] != '\t' && data[i] != '\n' && data[i] != '\r' &&
            data[i] != '\f' && data[i] != '\v')
            break;
    if (i == len)
        return nl_error_set(err, NL_EPARSE, name, "cannot read '%s': empty file", name);
    nul = memchr(data, '\0', len);
    if (nul) {
        nl_error_set(err, NL_EPARSE, name, "cannot read '%s': binary data (NUL byte at byte %zu)",
                     name, (size_t)(nul - data));
        if (err)
            err->offset = (uint64_t)(nul - data);
        return NL_EPARSE;
    }
    for (i = 0; i < lim; i++) {
        unsigned char c = (unsigned char)data[i];
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f)
            ctl++;
    }
    if (ctl * 10 > lim)
        return nl_error_set(err, NL_EPARSE, name,
                            "cannot read '%s': binary data (mostly control bytes)", name);
    valid = utf8_valid_prefix(data, len);
    if (valid != len) {
        nl_error_set(err, NL_EPARSE, name, "cannot read '%s': invalid UTF-8 at byte %zu", name,
                     valid);
        if (err)
            err->offset = valid;
        return NL_EPARSE;
    }
    return NL_OK;
}

enum header_key { H_NONE, H_TITLE, H_URL, H_OUTLET, H_PUBLISHED, H_AUTHOR, H_LANGUAGE,
                  H_MODIFIED, H_OTHER };

static const struct {
    const char *key;
    enum header_key k;
} header_keys[] = {
    {"title", H_TITLE},         {"headline", H_TITLE},   {"url", H_URL},
    {"link", H_URL},            {"source", H_OUTLET},    {"outlet", H_OUTLET},
    {"site", H_OUTLET},         {"publisher", H_OUTLET}, {"published", H_PUBLISHED},
    {"date", H_PUBLISHED},      {"pubdate", H_PUBLISHED}, {"author", H_AUTHOR},
    {"by", H_AUTHOR},           {"byline", H_AUTHOR},    {"language", H_LANGUAGE},
    {"lang", H_LANGUAGE},       {"modified", H_MODIFIED}, {"updated", H_MODIFIED},
};

/*
 * A "Key: value" line: key is 1-30 letters, digits, '-', '_' or spaces. On
 * success *vo and *vl give the value (trimmed) and the key's kind is returned
 * (H_OTHER for an unknown key); H_NONE when the line is no header line.
 */
static enum header_key header_line(const char *s, size_t off, size_t len, size_t *vo, size_t *vl)
{
    size_t i = off, e = off + len, k, n;
    char key[32];

    while (i < e && i - off < 31 &&
           ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
            (s[i] >= '0' && s[i] <= '9') || s[i] == '-' || s[i] == '_' ||
            (s[i] == ' ' && i > off)))
        i++;
    if (i == off || i >= e || s[i] != ':' || s[i - 1] == ' ')
        return H_NONE;
    n = i - off;
    for (k = 0; k < n; k++) {
        char c = s[off + k];
        key[k] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    key[n] = '\0';
    i++;
    while (i < e && (s[i] == ' ' || s[i] == '\t'))
        i++;
    while (e > i && (s[e - 1] == ' ' || s[e - 1] == '\t'))
        e--;
    *vo = i;
    *vl = e - i;
    for (k = 0; k < NL_ARRAY_LEN(header_keys); k++)
        if (!strcmp(key, header_keys[k].key))
            return header_keys[k].k;
    return H_OTHER;
}

/* Share of words (4+ letters) starting with a capital letter, in percent. */
static int title_case_pct(const char *s, size_t len, int *nwords)
{
    size_t i = 0;
    int words = 0, long_words = 0, caps = 0;
    while (i < len) {
        size_t j;
        while (i < len && s[i] == ' ')
            i++;
        j = i;
        while (j < len && s[j] != ' ')
            j++;
        if (j > i) {
            words++;
            if (j - i >= 4) {
                long_words++;
                if ((s[i] >= 'A' && s[i] <= 'Z') || (unsigned char)s[i] >= 0xC3)
                    caps++;
            }
        }
        i = j;
    }
    *nwords = words;
    return long_words ? caps * 100 / long_words : 0;
}

/* Score of a line as a headline, or -1 when it cannot be one. */
static int headline_score(const char *s, size_t len)
{
    unsigned char first, last;
    int words, pct;

    while (len && (*s == ' ' || *s == '\t')) {
        s++;
        len--;
    }
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
        len--;
    if (len < 12 || len > 200)
        return -1;
    first = (unsigned char)s[0];
    last = (unsigned char)s[len - 1];
    if (!((first >= 'A' && first <= 'Z') || (first >= '0' && first <= '9') || first == '"' ||
          first >= 0xC3))
        return -1;
    if (first == 0xE2) /* bullets, dashes, curly quotes open lists more often than titles */
        return -1;
    if (last == '.' || last == ',' || last == ':' || last == ';' || last == '>' || last == '|' ||
        last == '-')
        return -1;
    if (memchr(s, '|', len) || memchr(s, '<', len) || memchr(s, '>', len) ||
        memchr(s, '\t', len))
        return -1;
    pct = title_case_pct(s, len, &words);
    if (words < 3 || words > 30)
        return -1;
    return pct;
}

/*
 * Control characters other than white space (ESC, BEL, DEL, and the C1 range
 * U+0080-U+009F) become spaces, byte for byte: they carry no text, and kept
 * they would reach timelines printed to a terminal ("\033[2J"). Same length,
 * so every offset into the input stays valid.
 */
static void blank_controls(char *s, size_t len)
{
    size_t i;
    for (i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') ||
            c == 0x7f) {
            s[i] = ' ';
        } else if (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] >= 0x80 &&
                   (unsigned char)s[i + 1] <= 0x9F) {
            s[i] = ' ';
            s[++i] = ' ';
        }
    }
}

enum nl_err read_text(struct arena *a, const char *name, const char *data, size_t len,
                      const struct reader_opts *opts, struct article *out, struct nl_error *err)
{
    enum nl_err e = check_text(name, data, len, err);
    size_t pos, start = 0, body_off;
    struct line ln;
    int nheaders = 0, nknown = 0, is_header_block = 0, nlines;
    int32_t crawl = opts ? opts->crawl_day : DAY_NONE;
    char *text;
    struct datetext dt;
    int found_pub = 0, found_mod = 0, best_score = -1;
    struct span title_span = {0, 0};
    int is_month_first;

    if (e)
        return e;
    text = arena_strndup(a, data, len);
    if (!text)
        return nl_error_set(err, arena_errcode(a), name, "cannot read '%s': %s", name,
                            arena_errcode(a) == NL_ETOOBIG ? "too big" : "out of memory");
    blank_controls(text, len);
    out->text = text;
    out->text_len = len;
    out->is_html = 0;
    if (len >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3))
        start = 3;

    /* Header block: "Key: value" lines up to a blank line, one known key at least. */
    pos = start;
    body_off = start;
    while (next_line(text, len, &pos, &ln)) {
        size_t vo, vl;
        enum header_key k;
        if (is_blank(text + ln.off, ln.len)) {
            is_header_block = nheaders > 0 && nknown > 0;
            break;
        }
        k = header_line(text, ln.off, ln.len, &vo, &vl);
        if (k == H_NONE) {
            nheaders = 0;
            break;
        }
        nheaders++;
        if (k != H_OTHER)
            nknown++;
        if (pos >= len)
            is_header_block = nknown > 0;
    }
    if (is_header_block) {
        pos = start;
        while (next_line(text, len, &pos, &ln) && !is_blank(text + ln.off, ln.len)) {
            size_t vo, vl;
            enum header_key k = header_line(text, ln.off, ln.len, &vo, &vl);
            char *v;
            if (!vl)
                continue;
            v = arena_strndup(a, text + vo, vl);
            if (!v)
                return nl_error_set(err, arena_errcode(a), name, "cannot read '%s': out of memory",
                                    name);
            switch (k) {
            case H_TITLE:
                out->title = v;
                break;
            case H_URL:
                out->url = v;
                break;
            case H_OUTLET:
                out->outlet = v;
                break;
            case H_AUTHOR:
                out->author = v;
                break;
            case H_LANGUAGE:
                out->language = v;
                break;
            case H_PUBLISHED:
                if (datetext_parse(v, vl, &dt)) {
                    out->published = v;
                    out->published_source = "header";
                    out->published_span.off = (uint32_t)(vo + dt.off);
                    out->published_span.len = dt.len;
                    out->published_day = datetext_day(&dt);
                    found_pub = 1;
                } else if (opts && opts->warn) {
                    opts->warn(opts->warn_ud, name, (uint32_t)vo,
                               "cannot parse the Published header as a date");
                }
                break;
            case H_MODIFIED:
                out->modified = v;
                break;
            case H_NONE:
            case H_OTHER:
                break;
            }
        }
        body_off = pos;
    }
    out->body.off = (uint32_t)body_off;
    out->body.len = (uint32_t)(len - body_off);
    is_month_first = !out->language || !strncmp(out->language, "en", 2);

    /* Scan the top of the body: publication lines, date-only lines, a headline. */
    pos = body_off;
    nlines = 0;
    while (next_line(text, len, &pos, &ln) && nlines < 400) {
        const char *s = text + ln.off;
        int kind, sc;
        nlines++;
        if (is_blank(s, ln.len))
            continue;
        if (!found_pub && (kind = datetext_byline(s, ln.len, is_month_first, &dt)) &&
            datetext_plausible(&dt, crawl)) {
            char buf[32];
            datetext_format(&dt, buf);
            if (kind == DATETEXT_PUBLISHED) {
                out->published = arena_strdup(a, buf);
                out->published_source = "byline";
                out->published_span.off = (uint32_t)(ln.off + dt.off);
                out->published_span.len = dt.len;
                out->published_day = datetext_day(&dt);
                found_pub = 1;
            } else if (!found_mod) {
                out->modified = arena_strdup(a, buf);
                found_mod = 1;
                if (!out->published_source) {
                    /* an "Updated" date stands in until a published one shows up */
                    out->published = out->modified;
                    out->published_source = "updated";
                    out->published_span.off = (uint32_t)(ln.off + dt.off);
                    out->published_span.len = dt.len;
                    out->published_day = datetext_day(&dt);
                }
            }
            continue;
        }
        if (!found_pub && !out->published_source && nlines <= 60 && ln.len < 80 &&
            datetext_find(s, ln.len, is_month_first, &dt) && dt.off <= 2 &&
            datetext_plausible(&dt, crawl)) {
            /* a line that opens with a date: a dateline or a date stamp */
            char buf[32];
            datetext_format(&dt, buf);
            out->published = arena_strdup(a, buf);
            out->published_source = "dateline";
            out->published_span.off = (uint32_t)(ln.off + dt.off);
            out->published_span.len = dt.len;
            out->published_day = datetext_day(&dt);
            continue;
        }
        if (!out->title && nlines <= 40 && (sc = headline_score(s, ln.len)) >= 0) {
            /* Title case wins; ties go to the earlier line. */
            if (sc > best_score) {
                best_score = sc;
                title_span.off = (uint32_t)ln.off;
                title_span.len = (uint32_t)ln.len;
            }
        }
    }
    if (!out->title && title_span.len) {
        out->title = arena_strndup(a, text + title_span.off, title_span.len);
    }
    if ((out->published_source && !out->published) || (title_span.len && !out->title) ||
        (found_mod && !out->modified))
        return nl_error_set(err, arena_errcode(a), name, "cannot read '%s': %s", name,
                            arena_errcode(a) == NL_ETOOBIG ? "too big" : "out of memory");
    return NL_OK;
}
