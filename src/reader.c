/*
 * reader.c: the front of the pipeline. Reads a file or stdin into memory,
 * decides by content whether it is HTML or text, runs the matching reader
 * (read_html.c, read_text.c), then does what every reader shares: document
 * id, content hash, command-line overrides, outlet from the URL as a last
 * resort, tidy metadata strings, the publication day and the "no date"
 * warning.
 *
 * It does not walk folders (the CLI does) and keeps no state between
 * documents, so ingest workers can call it in parallel.
 */
#include "reader.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "datetext.h"
#include "hash.h"
#include "interval.h"
#include "banned.h"

#define READER_DEFAULT_MAX ((size_t)64 << 20)

static size_t max_of(const struct reader_opts *opts)
{
    return opts && opts->max_bytes ? opts->max_bytes : READER_DEFAULT_MAX;
}

static int lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int starts_ci(const char *s, size_t len, const char *w)
{
    size_t i, n = strlen(w);
    if (len < n)
        return 0;
    for (i = 0; i < n; i++)
        if (lower((unsigned char)s[i]) != w[i])
            return 0;
    return 1;
}

enum reader_kind reader_detect(const char *data, size_t len)
{
    static const char *const marks[] = {"<!doctype html", "<html", "<head", "<body"};
    size_t i = 0, j, lim;

    if (len >= 2 && (((unsigned char)data[0] == 0xFF && (unsigned char)data[1] == 0xFE) ||
                     ((unsigned char)data[0] == 0xFE && (unsigned char)data[1] == 0xFF)))
        return READER_HTML; /* UTF-16 with BOM: only the HTML reader decodes it */
    if (len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3))
        i = 3;
    while (i < len && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n'))
        i++;
    if (i + 1 < len && data[i] == '<' &&
        (data[i + 1] == '!' || data[i + 1] == '?' ||
         (lower((unsigned char)data[i + 1]) >= 'a' && lower((unsigned char)data[i + 1]) <= 'z'))) {
        /* "<" then a tag name: markup, unless it is a lone "<" in prose. */
        for (j = i + 2; j < len && j < i + 200; j++)
            if (data[j] == '>')
                return READER_HTML;
    }
    /* A text dump may quote a little markup; a page says <html>/<body> early. */
    lim = len < 8192 ? len : 8192;
    for (j = i; j < lim; j++) {
        size_t k;
        if (data[j] != '<')
            continue;
        for (k = 0; k < NL_ARRAY_LEN(marks); k++)
            if (starts_ci(data + j, lim - j, marks[k]))
                return READER_HTML;
    }
    return READER_TEXT;
}

enum nl_err reader_slurp(const char *path, size_t max_bytes, char **data, size_t *len,
                         struct nl_error *err)
{
    int fd, is_stdin = !strcmp(path, "-");
    size_t cap = 0, n = 0;
    char *buf = NULL;
    struct stat st;

    *data = NULL;
    *len = 0;
    if (!max_bytes)
        max_bytes = READER_DEFAULT_MAX;
    fd = is_stdin ? 0 : open(path, O_RDONLY);
    if (fd < 0)
        return nl_error_set(err, NL_EIO, path, "cannot read '%s': %s", path, strerror(errno));
    if (fstat(fd, &st) == 0) {
        if (S_ISDIR(st.st_mode)) {
            if (!is_stdin)
                close(fd);
            return nl_error_set(err, NL_EIO, path, "cannot read '%s': %s", path, strerror(EISDIR));
        }
        if (S_ISREG(st.st_mode) && st.st_size > 0) {
            if ((uint64_t)st.st_size > max_bytes) {
                if (!is_stdin)
                    close(fd);
                return nl_error_set(err, NL_ETOOBIG, path,
                                    "cannot read '%s': larger than %zu bytes", path, max_bytes);
            }
            cap = (size_t)st.st_size + 1;
        }
    }
    for (;;) {
        ssize_t r;
        if (!buf || n + 1 >= cap) {
            size_t ncap = !buf && cap ? cap + 1 : cap ? cap * 2 : 65536;
            char *p;
            if (ncap > max_bytes + 2)
                ncap = max_bytes + 2;
            if (ncap <= n + 1) {
                free(buf);
                if (!is_stdin)
                    close(fd);
                return nl_error_set(err, NL_ETOOBIG, path,
                                    "cannot read '%s': larger than %zu bytes", path, max_bytes);
            }
            p = nl_realloc(buf, ncap);
            if (!p) {
                free(buf);
                if (!is_stdin)
                    close(fd);
                return nl_error_set(err, NL_ENOMEM, path, "cannot read '%s': out of memory", path);
            }
            buf = p;
            cap = ncap;
        }
        r = read(fd, buf + n, cap - n - 1);
        if (r < 0) {
            int e = errno;
            if (e == EINTR)
                continue;
            free(buf);
            if (!is_stdin)
                close(fd);
            return nl_error_set(err, NL_EIO, path, "cannot read '%s': %s", path, strerror(e));
        }
        if (r == 0)
            break;
        n += (size_t)r;
        if (n > max_bytes) {
            free(buf);
            if (!is_stdin)
                close(fd);
            return nl_error_set(err, NL_ETOOBIG, path, "cannot read '%s': larger than %zu bytes",
                                path, max_bytes);
        }
    }
    if (!is_stdin)
        close(fd);
    if (!buf) {
        buf = nl_malloc(1);
        if (!buf)
            return nl_error_set(err, NL_ENOMEM, path, "cannot read '%s': out of memory", path);
    }
    buf[n] = '\0';
    *data = buf;
    *len = n;
    return NL_OK;
}

/* "dir/x.html" -> "x"; "-" -> "stdin". */
static const char *make_doc_id(struct arena *a, const char *name)
{
    const char *base, *dot;
    if (!name || !*name || !strcmp(name, "-"))
        return arena_strdup(a, "stdin");
    base = strrchr(name, '/');
    base = base ? base + 1 : name;
    dot = strrchr(base, '.');
    if (!dot || dot == base)
        return arena_strdup(a, base);
    return arena_strndup(a, base, (size_t)(dot - base));
}

/* Collapse runs of white space to one space and trim; NULL stays NULL, ""
 * becomes NULL. Returns an arena copy (or NULL when out of memory, which
 * the caller detects through arena_errcode). */
static const char *tidy(struct arena *a, const char *s, int *is_oom)
{
    size_t n, i, o = 0;
    char *out;
    int in_space = 1;

    if (!s)
        return NULL;
    n = strlen(s);
    out = arena_alloc(a, n + 1);
    if (!out) {
        *is_oom = 1;
        return NULL;
    }
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        int is_sp = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
        if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) {
            is_sp = 1;
            i++;
        }
        if (is_sp) {
            in_space = 1;
            continue;
        }
        if (in_space && o)
            out[o++] = ' ';
        in_space = 0;
        out[o++] = (char)c;
    }
    out[o] = '\0';
    return o ? out : NULL;
}

/*
 * Outlet from a URL: the host without "www.", "m.", "amp." ("https://www.
 * telesurtv.net/news/x.html" -> "telesurtv.net"). NULL when there is no host.
 */
static const char *outlet_from_url(struct arena *a, const char *url)
{
    const char *p = strstr(url, "://"), *e;
    size_t n;
    char *out;

    p = p ? p + 3 : (url[0] == '/' && url[1] == '/' ? url + 2 : NULL);
    if (!p)
        return NULL;
    e = p;
    while (*e && *e != '/' && *e != '?' && *e != '#' && *e != ':')
        e++;
    if (memchr(p, '@', (size_t)(e - p)))
        p = (const char *)memchr(p, '@', (size_t)(e - p)) + 1;
    if (e - p > 4 && starts_ci(p, (size_t)(e - p), "www."))
        p += 4;
    else if (e - p > 2 && starts_ci(p, (size_t)(e - p), "m."))
        p += 2;
    else if (e - p > 4 && starts_ci(p, (size_t)(e - p), "amp."))
        p += 4;
    n = (size_t)(e - p);
    if (n == 0 || !memchr(p, '.', n))
        return NULL;
    out = arena_strndup(a, p, n);
    if (out)
        for (char *c = out; *c; c++)
            *c = (char)lower((unsigned char)*c);
    return out;
}

static void warn(const struct reader_opts *opts, const char *input, const char *msg)
{
    if (opts && opts->warn)
        opts->warn(opts->warn_ud, input, UINT32_MAX, msg);
}

/* What every reader shares, after the reader ran. */
static enum nl_err finish(struct arena *a, const char *name, const char *data, size_t len,
                          const struct reader_opts *opts, struct article *out,
                          struct nl_error *err)
{
    int is_oom = 0;

    out->input = arena_strdup(a, name ? name : "-");
    out->doc_id = make_doc_id(a, name);
    hash128_hex(data, len, out->content_hash);
    if (opts && opts->title)
        out->title = opts->title;
    if (opts && opts->url)
        out->url = opts->url;
    if (opts && opts->outlet)
        out->outlet = opts->outlet;
    if (opts && opts->published) {
        struct datetext dt;
        out->published = arena_strdup(a, opts->published);
        out->published_source = "option";
        out->published_span.off = 0;
        out->published_span.len = 0;
        out->published_day = DAY_NONE;
        if (datetext_parse(opts->published, strlen(opts->published), &dt))
            out->published_day = datetext_day(&dt);
    }
    out->title = tidy(a, out->title, &is_oom);
    out->outlet = tidy(a, out->outlet, &is_oom);
    out->author = tidy(a, out->author, &is_oom);
    out->url = tidy(a, out->url, &is_oom);
    if (!out->outlet && out->url)
        out->outlet = outlet_from_url(a, out->url);
    if (out->published && out->published_day == DAY_NONE) {
        struct datetext dt;
        if (datetext_parse(out->published, strlen(out->published), &dt))
            out->published_day = datetext_day(&dt);
    }
    if (!out->published_source && out->published)
        out->published_source = "unknown";
    if (is_oom || !out->input || !out->doc_id || (opts && opts->published && !out->published))
        return nl_error_set(err, arena_errcode(a), name, "cannot read '%s': %s", name,
                            arena_errcode(a) == NL_ETOOBIG ? "too big" : "out of memory");
    if (out->published_day == DAY_NONE)
        warn(opts, out->input, "no publication date found");
    return NL_OK;
}

enum nl_err reader_read_mem(struct arena *a, const char *name, const char *data, size_t len,
                            const struct reader_opts *opts, struct article *out,
                            struct nl_error *err)
{
    enum nl_err e;
    size_t max = max_of(opts);

    memset(out, 0, sizeof(*out));
    out->published_day = DAY_NONE;
    if (!name)
        name = "-";
    if (len > max)
        return nl_error_set(err, NL_ETOOBIG, name, "cannot read '%s': larger than %zu bytes",
                            name, max);
    if (reader_detect(data, len) == READER_HTML)
        e = read_html(a, name, data, len, opts, out, err);
    else
        e = read_text(a, name, data, len, opts, out, err);
    if (e)
        return e;
    return finish(a, name, data, len, opts, out, err);
}

enum nl_err reader_read_file(struct arena *a, const char *path, const struct reader_opts *opts,
                             struct article *out, struct nl_error *err)
{
    char *data;
    size_t len;
    enum nl_err e = reader_slurp(path, max_of(opts), &data, &len, err);
    if (e)
        return e;
    e = reader_read_mem(a, path, data, len, opts, out, err);
    free(data);
    return e;
}
