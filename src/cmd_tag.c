/*
 * cmd_tag.c: `newsline tag`, the temporal expressions of plain text files,
 * with no database: segment, tag, print (JSON Lines, TimeML or a table).
 *
 * Offsets are UTF-8 byte offsets into each file as given. The DCT of a file
 * comes from --dct, else from a sibling DOC.dct file (one line, the
 * convention of ../shared/tools/peers and make eval), else from the
 * publication date the reader finds in the file (reader_read_mem), else it
 * is unknown: relative expressions then keep X-padded values and a warning
 * says so. The text tagged is always the file's bytes as given, so the
 * offsets are file offsets even for HTML.
 * Folders are walked (cli_walk_inputs); .dct files in them are not inputs.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arena.h"
#include "buf.h"
#include "cli.h"
#include "commands.h"
#include "doc.h"
#include "interval.h"
#include "pos.h"
#include "reader.h"
#include "segment.h"
#include "timex.h"
#include "banned.h"

static const char tag_usage[] =
    "usage: newsline tag [--dct DATE] [--format jsonl|timeml|text] [--explain] [--pos] FILE...\n";

static const char tag_help[] =
    "usage: newsline tag [--dct DATE] [--format jsonl|timeml|text] [--explain] FILE...\n"
    "\n"
    "Find the temporal expressions (TIMEX3: DATE, TIME, DURATION, SET) of plain\n"
    "text files and normalise them against the document creation time (DCT).\n"
    "FILE may be '-' for stdin or a folder (walked recursively). No database.\n"
    "\n"
    "options:\n"
    "  --dct DATE        document creation time, YYYY-MM-DD or YYYY-MM-DDThh:mm, for\n"
    "                    every file; default: the file's sibling DOC.dct (one line),\n"
    "                    else the publication date found in the file, else unknown\n"
    "                    (relative values stay X-padded, with a warning)\n"
    "  --format FORMAT   jsonl (default): one object per expression, {\"doc\", \"start\",\n"
    "                    \"end\" (UTF-8 byte offsets, end exclusive), \"text\", \"type\",\n"
    "                    \"value\"} plus \"mod\" when set; timeml: TempEval-3 TimeML\n"
    "                    with TIMEX3 tags and a CREATION_TIME DCT; text: a table\n"
    "  --explain         add \"rule\", \"anchor\" (dct, absolute, or the anchoring\n"
    "                    expression's text) and \"cue\" (the tense cue used)\n"
    "  --pos             tag parts of speech first (pos.model from $NEWSLINE_DATA,\n"
    "                    else data/ beside the binary) so that the tense of a\n"
    "                    clause steers months and weekdays, as ingest does; about\n"
    "                    ten times slower\n"
    "  -h, --help        this help\n"
    "\n"
    "exit status: 0 ok, 2 usage error, 3 a file could not be read (the others are\n"
    "still tagged), 6 out of memory\n";

static const struct option tag_options[] = {
    {"dct", required_argument, NULL, 'D'},
    {"format", required_argument, NULL, 'f'},
    {"explain", no_argument, NULL, 'x'},
    {"pos", no_argument, NULL, 'p'},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0},
};

enum tag_format { FMT_JSONL, FMT_TIMEML, FMT_TEXT };

struct tag_run {
    struct cli *cli;
    int32_t dct_day;     /* from --dct, or DAY_NONE */
    const char *dct_text; /* --dct as given */
    enum tag_format format;
    int explain;
    int use_pos;         /* --pos */
    int status;          /* worst exit status so far */
    struct buf out;      /* output not yet written: whole documents */
    size_t flush_bytes;  /* write out once it holds this many bytes (0: every document) */
    struct buf doc_json; /* the document's name as a JSON string */
    struct pos_model *pos; /* data/pos.model with --pos, else NULL; owned */
    char *data;          /* the file being tagged (reused from file to file); owned */
    size_t data_cap;     /* bytes allocated for data */
    int dir_fd;          /* the folder of the last file opened, or -1; owned */
    char dir[4096];      /* its path as given (the file path up to its last '/') */
    size_t dir_len;
};

#define TAG_MAX_BYTES ((size_t)256 << 20)

/*
 * Output is gathered over documents and written in pieces of about this
 * size when stdout is not a terminal: one fwrite per 64 KiB instead of a
 * write(2) per 4 KiB stdio buffer (a run over 24,000 small files makes
 * thousands of them). A terminal still gets each document as it is done.
 */
#define TAG_FLUSH_BYTES ((size_t)64 << 10)

static void flush_out(struct tag_run *r)
{
    if (r->out.len)
        fwrite(r->out.buf, 1, r->out.len, stdout);
    buf_reset(&r->out);
}

/* Read all of f into a malloc'd buffer (NUL-terminated). Returns 0 or an errno value. */
static int slurp(FILE *f, char **data, size_t *len)
{
    char *buf = NULL;
    size_t n = 0, cap = 0, got;
    for (;;) {
        if (cap - n < 65536) {
            char *p;
            cap = cap ? cap * 2 : 65536 * 2;
            if (cap > TAG_MAX_BYTES + 65536 * 2) {
                free(buf);
                return EFBIG;
            }
            p = realloc(buf, cap);
            if (!p) {
                free(buf);
                return ENOMEM;
            }
            buf = p;
        }
        got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0)
            break;
    }
    if (ferror(f)) {
        int e = errno ? errno : EIO;
        free(buf);
        return e;
    }
    buf[n] = '\0';
    *data = buf;
    *len = n;
    return 0;
}

/*
 * Read the regular file open on fd into r->data (kept from file to file, so
 * a run over thousands of files allocates once): one fstat and one read for
 * a small file. Returns 0, an errno value, or -1 when fd is not a regular
 * file of known size (then the caller reads it as a stream).
 */
static int read_regular(struct tag_run *r, int fd, size_t *len)
{
    struct stat st;
    size_t want, got = 0;

    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0)
        return -1;
    if ((unsigned long long)st.st_size > TAG_MAX_BYTES)
        return EFBIG;
    want = (size_t)st.st_size;
    if (want + 1 > r->data_cap) {
        char *p = realloc(r->data, want + 1);
        if (!p)
            return ENOMEM;
        r->data = p;
        r->data_cap = want + 1;
    }
    while (got < want) {
        ssize_t k = read(fd, r->data + got, want - got);
        if (k < 0 && errno == EINTR)
            continue;
        if (k < 0)
            return errno ? errno : EIO;
        if (k == 0)
            break; /* the file shrank meanwhile */
        got += (size_t)k;
    }
    r->data[got] = '\0';
    *len = got;
    return 0;
}

/*
 * Open path for reading. A file in the same folder as the one before is
 * opened relative to that folder (openat on a descriptor kept for it): the
 * kernel then resolves one name instead of the whole path, which over
 * thousands of files in a few folders was most of the cost of open(2).
 * Anything unusual (no '/', a long path, a folder that cannot be opened)
 * takes plain open(). Returns the descriptor or -1 with errno set.
 */
static int open_input(struct tag_run *r, const char *path)
{
    const char *slash = strrchr(path, '/');
    size_t dlen;

    if (!slash || slash == path || slash[1] == '\0')
        return open(path, O_RDONLY | O_CLOEXEC);
    dlen = (size_t)(slash - path);
    if (r->dir_fd < 0 || dlen != r->dir_len || memcmp(path, r->dir, dlen)) {
        if (r->dir_fd >= 0)
            close(r->dir_fd);
        r->dir_fd = -1;
        if (dlen >= sizeof(r->dir))
            return open(path, O_RDONLY | O_CLOEXEC);
        memcpy(r->dir, path, dlen);
        r->dir[dlen] = '\0';
        r->dir_len = dlen;
#ifdef O_PATH
        r->dir_fd = open(r->dir, O_PATH | O_DIRECTORY | O_CLOEXEC);
#else
        r->dir_fd = open(r->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
#endif
        if (r->dir_fd < 0)
            return open(path, O_RDONLY | O_CLOEXEC);
    }
    return openat(r->dir_fd, slash + 1, O_RDONLY | O_CLOEXEC);
}

/* "dir/wsj_0006.txt" -> "wsj_0006" (into out). */
static void doc_name(const char *path, char *out, size_t size)
{
    const char *base = strrchr(path, '/'), *dot;
    size_t n;
    base = base ? base + 1 : path;
    dot = strrchr(base, '.');
    n = dot && dot != base ? (size_t)(dot - base) : strlen(base);
    if (n >= size)
        n = size - 1;
    memcpy(out, base, n);
    out[n] = '\0';
}

/* Parse a DCT: "2016-09-03", "2016-09-03T14:11", "20160903". DAY_NONE if bad. */
static int32_t parse_dct(const char *s)
{
    char iso[11], line[64];
    size_t i, n;
    while (*s == ' ' || *s == '\t')
        s++;
    /* drop the line end and trailing blanks of a .dct file */
    n = strcspn(s, "\r\n");
    if (n >= sizeof(line))
        return DAY_NONE;
    memcpy(line, s, n);
    while (n && (line[n - 1] == ' ' || line[n - 1] == '\t'))
        n--;
    line[n] = '\0';
    s = line;
    for (i = 0; i < 8 && s[i] >= '0' && s[i] <= '9'; i++)
        ;
    if (i == 8 && (s[8] == '\0' || s[8] == '\n' || s[8] == '\r' || s[8] == 'T')) {
        snprintf(iso, sizeof(iso), "%.4s-%.2s-%.2s", s, s + 4, s + 6);
        return day_parse_iso(iso);
    }
    return day_parse_iso(s);
}

/* The DCT from the sibling DOC.dct of path, or DAY_NONE. */
static int32_t sibling_dct(const char *path)
{
    char dct_path[4096], line[64];
    const char *slash = strrchr(path, '/'), *dot = strrchr(path, '.');
    size_t stem = dot && (!slash || dot > slash + 1) ? (size_t)(dot - path) : strlen(path);
    FILE *f;
    int32_t day = DAY_NONE;

    if (stem + 5 > sizeof(dct_path))
        return DAY_NONE;
    memcpy(dct_path, path, stem);
    memcpy(dct_path + stem, ".dct", 5);
    f = fopen(dct_path, "r");
    if (!f)
        return DAY_NONE;
    if (fgets(line, sizeof(line), f))
        day = parse_dct(line);
    fclose(f);
    return day;
}

static void add_xml_text(struct buf *b, const char *s, size_t n)
{
    size_t i, from = 0;
    for (i = 0; i < n; i++) {
        const char *rep = s[i] == '&' ? "&amp;" : s[i] == '<' ? "&lt;" : s[i] == '>' ? "&gt;" : NULL;
        if (!rep)
            continue;
        buf_add(b, s + from, i - from);
        buf_adds(b, rep);
        from = i + 1;
    }
    buf_add(b, s + from, n - from);
}

static void add_xml_attr(struct buf *b, const char *name, const char *v)
{
    buf_addf(b, " %s=\"", name);
    for (; *v; v++) {
        if (*v == '"')
            buf_adds(b, "&quot;");
        else if (*v == '&')
            buf_adds(b, "&amp;");
        else if (*v == '<')
            buf_adds(b, "&lt;");
        else
            buf_addch(b, *v);
    }
    buf_addch(b, '"');
}

/* s[0..n) as a JSON string: copied at once when it is printable ASCII without '"' or '\\'
   (nearly always), else through buf_add_json_str (escapes, UTF-8 check). */
static void add_json(struct buf *b, const char *s, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\')
            break;
    }
    if (i < n) {
        buf_add_json_str(b, s, n);
        return;
    }
    buf_addch(b, '"');
    buf_add(b, s, n);
    buf_addch(b, '"');
}

#define ADD_LIT(b, lit) buf_add((b), (lit), sizeof(lit) - 1)

/* Is s[0..n) printable ASCII without '"' or '\\' (a JSON string as it stands)? */
static int is_plain_json(const char *s, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\')
            return 0;
    }
    return 1;
}

/* Write s[0..n) at w; return the end. */
static char *put(char *w, const char *s, size_t n)
{
    memcpy(w, s, n);
    return w + n;
}

#define PUT_LIT(w, lit) put((w), (lit), sizeof(lit) - 1)

/* Decimal digits of v at w; return the end. */
static char *put_uint(char *w, uint32_t v)
{
    char d[10];
    size_t i = sizeof(d);
    do {
        d[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    return put(w, d + i, sizeof(d) - i);
}

/* Decimal digits of v, appended to b. */
static void add_uint(struct buf *b, uint32_t v)
{
    char d[10];
    buf_add(b, d, (size_t)(put_uint(d, v) - d));
}

/*
 * One JSON line of x written straight into r->out when its text and value
 * need no escaping (nearly always): one room check instead of a dozen
 * buf_add calls. 0 when it does not apply (the caller then builds the line
 * piece by piece).
 */
static int put_jsonl_plain(struct tag_run *r, const char *text, const struct timex *x)
{
    const char *s = text + x->span.off, *type = timex_type_name(x->type);
    size_t vlen = strlen(x->value), tlen = strlen(type), mlen = x->mod ? strlen(x->mod) : 0;
    char *w;

    if (!is_plain_json(s, x->span.len) || !is_plain_json(x->value, vlen) ||
        buf_grow(&r->out, 128 + r->doc_json.len + x->span.len + vlen + tlen + mlen))
        return 0;
    w = r->out.buf + r->out.len;
    w = PUT_LIT(w, "{\"doc\": ");
    w = put(w, r->doc_json.buf, r->doc_json.len);
    w = PUT_LIT(w, ", \"start\": ");
    w = put_uint(w, x->span.off);
    w = PUT_LIT(w, ", \"end\": ");
    w = put_uint(w, x->span.off + x->span.len);
    w = PUT_LIT(w, ", \"text\": \"");
    w = put(w, s, x->span.len);
    w = PUT_LIT(w, "\", \"type\": \"");
    w = put(w, type, tlen);
    w = PUT_LIT(w, "\", \"value\": \"");
    w = put(w, x->value, vlen);
    w = PUT_LIT(w, "\"");
    if (x->mod) {
        w = PUT_LIT(w, ", \"mod\": \"");
        w = put(w, x->mod, mlen);
        w = PUT_LIT(w, "\"");
    }
    w = PUT_LIT(w, "}\n");
    *w = '\0';
    r->out.len = (size_t)(w - r->out.buf);
    return 1;
}

static void emit_jsonl(struct tag_run *r, const char *doc, const char *text,
                       const struct timex *tx, size_t n)
{
    size_t i;
    /* the document's name as JSON, made once for all its lines */
    buf_reset(&r->doc_json);
    if (n)
        add_json(&r->doc_json, doc, strlen(doc));
    for (i = 0; i < n; i++) {
        const struct timex *x = &tx[i];
        const char *type = timex_type_name(x->type);
        if (!r->explain && r->doc_json.buf && put_jsonl_plain(r, text, x))
            continue;
        ADD_LIT(&r->out, "{\"doc\": ");
        buf_add(&r->out, r->doc_json.buf, r->doc_json.len);
        ADD_LIT(&r->out, ", \"start\": ");
        add_uint(&r->out, x->span.off);
        ADD_LIT(&r->out, ", \"end\": ");
        add_uint(&r->out, x->span.off + x->span.len);
        ADD_LIT(&r->out, ", \"text\": ");
        add_json(&r->out, text + x->span.off, x->span.len);
        ADD_LIT(&r->out, ", \"type\": \"");
        buf_add(&r->out, type, strlen(type));
        ADD_LIT(&r->out, "\", \"value\": ");
        add_json(&r->out, x->value, strlen(x->value));
        if (x->mod) {
            ADD_LIT(&r->out, ", \"mod\": \"");
            buf_add(&r->out, x->mod, strlen(x->mod));
            buf_addch(&r->out, '"');
        }
        if (r->explain) {
            buf_addf(&r->out, ", \"rule\": \"%s\", \"anchor\": ", x->rule);
            if (x->anchor >= 0 && (size_t)x->anchor < n)
                buf_add_json_str(&r->out, text + tx[x->anchor].span.off,
                                 tx[x->anchor].span.len);
            else
                buf_adds(&r->out, x->anchor == TIMEX_ANCHOR_DCT ? "\"dct\"" : "\"absolute\"");
            buf_addf(&r->out, ", \"cue\": \"%s\"", x->cue);
            if (x->point_day != DAY_NONE) {
                char d[11];
                day_format(x->point_day, d);
                buf_addf(&r->out, ", \"points_to\": \"%s\"", d);
            }
        }
        ADD_LIT(&r->out, "}\n");
    }
}

static void emit_timeml(struct tag_run *r, const char *doc, const char *text, size_t len,
                        int32_t dct, const struct timex *tx, size_t n)
{
    size_t i, pos = 0;
    char d[11];

    buf_adds(&r->out, "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>");
    add_xml_text(&r->out, doc, strlen(doc));
    buf_adds(&r->out, "</DOCID>\n");
    if (dct != DAY_NONE) {
        day_format(dct, d);
        buf_addf(&r->out,
                 "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"%s\" temporalFunction=\"false\" "
                 "functionInDocument=\"CREATION_TIME\">%s</TIMEX3></DCT>\n",
                 d, d);
    }
    buf_adds(&r->out, "<TEXT>");
    for (i = 0; i < n; i++) {
        const struct timex *x = &tx[i];
        add_xml_text(&r->out, text + pos, x->span.off - pos);
        buf_addf(&r->out, "<TIMEX3 tid=\"t%zu\" type=\"%s\"", i + 1, timex_type_name(x->type));
        add_xml_attr(&r->out, "value", x->value);
        if (x->mod)
            add_xml_attr(&r->out, "mod", x->mod);
        if (x->quant)
            add_xml_attr(&r->out, "quant", x->quant);
        if (x->freq)
            add_xml_attr(&r->out, "freq", x->freq);
        if (x->anchor >= 0)
            buf_addf(&r->out, " temporalFunction=\"true\" anchorTimeID=\"t%d\"", x->anchor + 1);
        else if (x->anchor == TIMEX_ANCHOR_DCT && dct != DAY_NONE)
            buf_adds(&r->out, " temporalFunction=\"true\" anchorTimeID=\"t0\"");
        else
            buf_adds(&r->out, " temporalFunction=\"false\"");
        buf_adds(&r->out, " functionInDocument=\"NONE\">");
        add_xml_text(&r->out, text + x->span.off, x->span.len);
        buf_adds(&r->out, "</TIMEX3>");
        pos = x->span.off + x->span.len;
    }
    add_xml_text(&r->out, text + pos, len - pos);
    buf_adds(&r->out, "</TEXT>\n</TimeML>\n");
}

static void emit_text(struct tag_run *r, const char *doc, const char *text,
                      const struct timex *tx, size_t n)
{
    size_t i, j;
    for (i = 0; i < n; i++) {
        const struct timex *x = &tx[i];
        buf_addf(&r->out, "%s\t%u-%u\t%-8s\t%-16s\t%-8s\t", doc, (unsigned)x->span.off,
                 (unsigned)(x->span.off + x->span.len), timex_type_name(x->type), x->value,
                 x->mod ? x->mod : "-");
        for (j = 0; j < x->span.len; j++) {
            char ch = text[x->span.off + j];
            buf_addch(&r->out, ch == '\t' || ch == '\n' || ch == '\r' ? ' ' : ch);
        }
        if (r->explain)
            buf_addf(&r->out, "\t%s %s", x->rule, x->cue);
        buf_addch(&r->out, '\n');
    }
}

static void warn_dct(struct tag_run *r, const char *path)
{
    char msg[] = "no document creation time (give --dct or a .dct file); relative "
                 "expressions keep X-padded values";
    cli_warn(r->cli, path, UINT32_MAX, msg);
}

static int tag_one(void *ud, const char *path, int is_error, int errno_value)
{
    struct tag_run *r = ud;
    FILE *f;
    char *data = NULL;
    size_t len = 0, n = 0;
    int e;
    struct arena a;
    struct segmentation seg;
    struct timex *tx = NULL;
    struct timex_opts opts;
    struct nl_error err;
    struct span all;
    char doc[256];
    size_t plen = strlen(path);

    if (is_error) {
        cli_error(r->cli, "cannot read '%s': %s", path, strerror(errno_value));
        r->status = EXIT_IO;
        return 0;
    }
    if (plen > 4 && !strcmp(path + plen - 4, ".dct"))
        return 0;
    if (!strcmp(path, "-")) {
        e = slurp(stdin, &data, &len);
    } else {
        int fd = open_input(r, path);
        if (fd < 0) {
            cli_error(r->cli, "cannot read '%s': %s", path, strerror(errno));
            r->status = EXIT_IO;
            return 0;
        }
        e = read_regular(r, fd, &len);
        if (e == 0) {
            data = r->data;
            close(fd);
        } else if (e < 0) {
            /* not a plain file of known size (a pipe, a device): read to the end */
            f = fdopen(fd, "rb");
            if (!f) {
                e = errno ? errno : ENOMEM;
                close(fd);
            } else {
                e = slurp(f, &data, &len);
                fclose(f);
            }
        } else {
            close(fd);
        }
    }
    if (e) {
        cli_error(r->cli, "cannot read '%s': %s", path,
                  e == EFBIG ? "file too large" : strerror(e));
        r->status = e == ENOMEM ? EXIT_INTERNAL : EXIT_IO;
        return e == ENOMEM;
    }
    if (len > UINT32_MAX - 1) {
        if (data != r->data)
            free(data);
        cli_error(r->cli, "cannot read '%s': file too large", path);
        r->status = EXIT_IO;
        return 0;
    }
    doc_name(path, doc, sizeof(doc));
    opts.dct_day = r->dct_day;
    if (opts.dct_day == DAY_NONE && strcmp(path, "-"))
        opts.dct_day = sibling_dct(path);
    arena_init(&a, ARENA_DEFAULT_MAX);
    if (opts.dct_day == DAY_NONE) {
        /* the publication date the reader finds in the text (header, byline, dateline) */
        struct reader_opts ro;
        struct article art;
        memset(&ro, 0, sizeof(ro));
        ro.crawl_day = DAY_NONE;
        ro.max_bytes = TAG_MAX_BYTES;
        nl_error_clear(&err);
        if (reader_read_mem(&a, path, data, len, &ro, &art, &err) == NL_OK)
            opts.dct_day = art.published_day;
    }
    if (opts.dct_day == DAY_NONE)
        warn_dct(r, path);
    nl_error_clear(&err);
    all.off = 0;
    all.len = (uint32_t)len;
    if (segment_text(&a, data, len, all, &seg, &err) ||
        (r->pos && doc_tag_segmentation(&a, r->pos, data, &seg, path, &err)) ||
        timex_find(&a, data, len, &seg, &opts, &tx, &n, &err)) {
        int st = cli_report(r->cli, &err);
        if (st > r->status)
            r->status = st;
        arena_release(&a);
        if (data != r->data)
            free(data);
        return st == EXIT_INTERNAL;
    }
    switch (r->format) {
    case FMT_JSONL:
        emit_jsonl(r, doc, data, tx, n);
        break;
    case FMT_TIMEML:
        emit_timeml(r, doc, data, len, opts.dct_day, tx, n);
        break;
    case FMT_TEXT:
        emit_text(r, doc, data, tx, n);
        break;
    }
    if (r->out.len >= r->flush_bytes)
        flush_out(r);
    arena_release(&a);
    if (data != r->data)
        free(data);
    return 0;
}

int cmd_tag(int argc, char **argv, struct cli *cli)
{
    static const char *const formats[] = {"jsonl", "timeml", "text", NULL};
    struct tag_run r;
    int ch, fmt;

    memset(&r, 0, sizeof(r));
    r.cli = cli;
    r.dct_day = DAY_NONE;
    r.format = FMT_JSONL;
    r.dir_fd = -1;
    buf_init(&r.out, 0);
    buf_init(&r.doc_json, 0);
    while ((ch = getopt_long(argc, argv, "h", tag_options, NULL)) != -1) {
        switch (ch) {
        case 'D':
            r.dct_text = optarg;
            r.dct_day = parse_dct(optarg);
            if (r.dct_day == DAY_NONE)
                return cli_usage_error(cli, tag_usage,
                                       "invalid date '%s' for --dct: expected YYYY-MM-DD or "
                                       "YYYY-MM-DDThh:mm", optarg);
            break;
        case 'f':
            fmt = cli_choice(cli, "--format", optarg, formats);
            if (fmt < 0) {
                fputs(tag_usage, stderr);
                return EXIT_USAGE;
            }
            r.format = (enum tag_format)fmt;
            break;
        case 'x':
            r.explain = 1;
            break;
        case 'p':
            r.use_pos = 1;
            break;
        case 'h':
            fputs(tag_help, stdout);
            return EXIT_OK;
        default:
            if (optopt && optopt != 'h' && argv[optind - 1][1] != '-')
                return cli_usage_error(cli, tag_usage, "unknown option '%s'", argv[optind - 1]);
            if (optopt == 'x')
                return cli_usage_error(cli, tag_usage, "option '--explain' takes no value");
            if (optopt == 'p')
                return cli_usage_error(cli, tag_usage, "option '--pos' takes no value");
            if (optopt == 'D' || optopt == 'f')
                return cli_usage_error(cli, tag_usage, "option '%s' needs a value",
                                       argv[optind - 1]);
            return cli_usage_error(cli, tag_usage, "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind >= argc)
        return cli_usage_error(cli, tag_usage, "no input files");
    if (r.use_pos) {
        char *path = cli_data_path("pos.model");
        struct nl_error err;
        nl_error_clear(&err);
        if (!path)
            return cli_usage_error(cli, tag_usage,
                                   "cannot find 'pos.model' for --pos (set NEWSLINE_DATA)");
        r.pos = pos_model_new(path, &err);
        free(path);
        if (!r.pos)
            return cli_report(cli, &err);
    }
    if (!isatty(STDOUT_FILENO))
        r.flush_bytes = TAG_FLUSH_BYTES;
    if (cli_walk_inputs(argv + optind, argc - optind, tag_one, &r) && r.status < EXIT_INTERNAL)
        r.status = EXIT_INTERNAL;
    flush_out(&r);
    if (r.dir_fd >= 0)
        close(r.dir_fd);
    buf_release(&r.out);
    buf_release(&r.doc_json);
    free(r.data);
    pos_model_free(r.pos);
    return r.status;
}
