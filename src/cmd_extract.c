/*
 * cmd_extract.c: `newsline extract`: articles in, metadata and body text
 * out, one JSON object per document (JSON Lines, the stateless mapper of
 * DESIGN.md), a JSON array, or readable text. No database.
 *
 * Folders are walked recursively in byte order (cli_walk_inputs); their
 * files are recognised by content (files with NUL bytes are skipped), while
 * a file named on the command line is always read. A file that cannot be
 * read is reported on stderr and the others are still processed; the exit
 * status is then 3.
 *
 * With --claims every document goes through the whole analysis (doc.h)
 * and its line is followed by one line per timex and one per claim, in
 * the format ../shared/tools/meantime_score.md defines (spans are byte
 * offsets into the input). The POS model is loaded once; when it cannot
 * be found, claims come without trigger, actor or action, after one
 * warning.
 *
 * To add per-document output, extend print_doc() / print_analysis(): the
 * loop in on_input() stays as it is.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "arena.h"
#include "buf.h"
#include "cli.h"
#include "commands.h"
#include "doc.h"
#include "interval.h"
#include "pos.h"
#include "reader.h"
#include "banned.h"

static const char extract_usage[] =
    "usage: newsline extract [--format jsonl|json|text] [--published DATE] [--outlet NAME]\n"
    "                        [--url URL] [--title TITLE] FILE|DIR|-...\n";

static const char extract_help[] =
    "\n"
    "Read articles (HTML pages or plain text, recognised by content) and print\n"
    "their metadata and body text. '-' reads stdin; folders are read recursively.\n"
    "\n"
    "  --claims          also print the timexes and claims of each document\n"
    "  --format FMT      jsonl (default, one object per line), json (one array), text\n"
    "  --published DATE  publication date for every input (YYYY-MM-DD or ISO date-time)\n"
    "  --outlet NAME     outlet name for every input\n"
    "  --url URL         URL for every input\n"
    "  --title TITLE     title for every input\n"
    "  -h, --help        this help\n"
    "\n"
    "Fields: doc, path, url, title, outlet, published, published_source, modified,\n"
    "language, body. With --claims, each document is followed by its timexes\n"
    "{kind:timex, doc, start, end, text, type, value} and claims {kind:claim, doc,\n"
    "start, end, text, trigger, action, actor, actor_pronoun, antecedent_start,\n"
    "antecedent_end, object, value, date_begin, date_end, date_source, attribution,\n"
    "modality, polarity, quantity}; start/end are byte offsets into the input (of\n"
    "the trigger word for a claim). A subject pronoun resolved to its antecedent\n"
    "gives the antecedent as actor, the pronoun as actor_pronoun and the\n"
    "antecedent's offsets; those three are null otherwise.\n"
    "Exit status 3 when any input could not be read.\n";

static const struct option extract_options[] = {
    {"claims", no_argument, NULL, 'c'},
    {"format", required_argument, NULL, 'f'},
    {"published", required_argument, NULL, 'p'},
    {"outlet", required_argument, NULL, 'o'},
    {"url", required_argument, NULL, 'u'},
    {"title", required_argument, NULL, 't'},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0},
};

enum extract_format { FMT_JSONL, FMT_JSON, FMT_TEXT };

struct extract {
    struct cli *cli;
    struct reader_opts ropts;
    enum extract_format format;
    int is_claims;              /* --claims */
    struct pos_model *pos;      /* loaded for --claims; NULL when not found */
    struct lexicon *lex;        /* loaded for --claims; NULL when not found */
    long ndocs;   /* documents printed */
    int status;   /* worst exit status so far */
    struct buf line; /* output of one document, reused */
    char *const *paths; /* inputs named on the command line */
    int npaths;
};

static void add_field(struct buf *b, const char *key, const char *val, int is_first)
{
    if (!is_first)
        buf_addch(b, ',');
    buf_add_json_str(b, key, strlen(key));
    buf_addch(b, ':');
    if (val)
        buf_add_json_str(b, val, strlen(val));
    else
        buf_adds(b, "null");
}

static void print_analysis(struct extract *x, const struct doc *d, struct buf *b);

/*
 * Print one article in the chosen format, with its analysis when d is not
 * NULL. Returns 0, or -1 on a write error.
 */
static int print_doc(struct extract *x, const char *path, const struct article *art,
                     const struct doc *d)
{
    struct buf *b = &x->line;
    const char *body = art->text + art->body.off;
    size_t body_len = art->body.len;

    buf_reset(b);
    if (x->format == FMT_TEXT) {
        buf_addf(b, "%s== %s\n", x->ndocs ? "\n" : "", path);
        if (art->title)
            buf_addf(b, "title: %s\n", art->title);
        if (art->url)
            buf_addf(b, "url: %s\n", art->url);
        if (art->outlet)
            buf_addf(b, "outlet: %s\n", art->outlet);
        if (art->published)
            buf_addf(b, "published: %s (%s)\n", art->published,
                     art->published_source ? art->published_source : "unknown");
        if (art->modified)
            buf_addf(b, "modified: %s\n", art->modified);
        if (art->language)
            buf_addf(b, "language: %s\n", art->language);
        buf_addch(b, '\n');
        buf_add(b, body, body_len);
        if (body_len && body[body_len - 1] != '\n')
            buf_addch(b, '\n');
    } else {
        if (x->format == FMT_JSON)
            buf_adds(b, x->ndocs ? ",\n" : "[\n");
        buf_addch(b, '{');
        add_field(b, "doc", art->doc_id, 1);
        add_field(b, "path", path, 0);
        add_field(b, "url", art->url, 0);
        add_field(b, "title", art->title, 0);
        add_field(b, "outlet", art->outlet, 0);
        add_field(b, "published", art->published, 0);
        add_field(b, "published_source", art->published_source, 0);
        add_field(b, "modified", art->modified, 0);
        add_field(b, "language", art->language, 0);
        buf_adds(b, ",\"body\":");
        buf_add_json_str(b, body, body_len);
        buf_addch(b, '}');
        if (x->format == FMT_JSONL)
            buf_addch(b, '\n');
    }
    if (d)
        print_analysis(x, d, b);
    if (!b->buf)
        return -1;
    if (fwrite(b->buf, 1, b->len, stdout) != b->len)
        return -1;
    x->ndocs++;
    return 0;
}

static void add_int(struct buf *b, const char *key, long long v)
{
    buf_addf(b, ",\"%s\":%lld", key, v);
}

static void add_text(struct buf *b, const char *key, const char *text, struct span sp)
{
    buf_addf(b, ",\"%s\":", key);
    buf_add_json_str(b, text + sp.off, sp.len);
}

static void add_day(struct buf *b, const char *key, int32_t day)
{
    char iso[11];
    if (day == DAY_NONE) {
        add_field(b, key, NULL, 0);
        return;
    }
    day_format(day, iso);
    add_field(b, key, iso, 0);
}

/*
 * The timex and claim lines of an analysed document (--claims), appended
 * to b. In text format, one readable line each.
 */
static void print_analysis(struct extract *x, const struct doc *d, struct buf *b)
{
    const char *text = d->art.text, *id = d->art.doc_id;
    size_t i;

    for (i = 0; i < d->ntx; i++) {
        const struct timex *t = &d->tx[i];
        if (x->format == FMT_TEXT) {
            buf_addf(b, "timex %u-%u %s %s \"%.*s\"\n", (unsigned)t->span.off,
                     (unsigned)(t->span.off + t->span.len), timex_type_name(t->type),
                     t->value, (int)t->span.len, text + t->span.off);
            continue;
        }
        if (x->format == FMT_JSON)
            buf_adds(b, ",\n");
        buf_adds(b, "{\"kind\":\"timex\"");
        add_field(b, "doc", id, 0);
        add_int(b, "start", t->span.off);
        add_int(b, "end", (long long)t->span.off + t->span.len);
        add_text(b, "text", text, t->span);
        add_field(b, "type", timex_type_name(t->type), 0);
        add_field(b, "value", t->value, 0);
        buf_addch(b, '}');
        if (x->format == FMT_JSONL)
            buf_addch(b, '\n');
    }
    for (i = 0; i < d->nclaims; i++) {
        const struct claim *c = &d->claims[i];
        struct span sp = c->trigger.len ? c->trigger : c->span;
        if (x->format == FMT_TEXT) {
            char day[11] = "undated";
            if (c->begin_day != DAY_NONE)
                day_format(c->begin_day, day);
            buf_addf(b, "claim %u-%u %s %s actor=%s object=%s source=%s %s%s%s%s\n",
                     (unsigned)sp.off, (unsigned)(sp.off + sp.len), day,
                     c->action ? c->action : "-", c->actor ? c->actor : "-",
                     c->object ? c->object : "-", c->attribution ? c->attribution : "-",
                     claim_modality_name(c->modality), c->is_negated ? " negative" : "",
                     c->quantity ? " quantity=" : "", c->quantity ? c->quantity : "");
            continue;
        }
        if (x->format == FMT_JSON)
            buf_adds(b, ",\n");
        buf_adds(b, "{\"kind\":\"claim\"");
        add_field(b, "doc", id, 0);
        add_int(b, "start", sp.off);
        add_int(b, "end", (long long)sp.off + sp.len);
        add_text(b, "text", text, sp);
        add_field(b, "trigger", c->kind == CLAIM_VERB ? "verb" : c->kind == CLAIM_NOUN ? "noun"
                                                                                   : NULL, 0);
        add_field(b, "action", c->action, 0);
        add_field(b, "actor", c->actor, 0);
        add_field(b, "actor_pronoun", c->actor_pronoun, 0);
        if (c->actor_pronoun) {
            add_int(b, "antecedent_start", c->antecedent_span.off);
            add_int(b, "antecedent_end", (long long)c->antecedent_span.off + c->antecedent_span.len);
        } else {
            buf_adds(b, ",\"antecedent_start\":null,\"antecedent_end\":null");
        }
        add_field(b, "object", c->object, 0);
        add_field(b, "value", c->value, 0);
        add_day(b, "date_begin", c->begin_day);
        add_day(b, "date_end", c->end_day);
        add_field(b, "date_source", claim_date_source_name(c->date_source), 0);
        add_field(b, "attribution", c->attribution, 0);
        add_field(b, "modality", claim_modality_name(c->modality), 0);
        add_field(b, "polarity", claim_polarity_name(c->is_negated), 0);
        add_field(b, "quantity", c->quantity, 0);
        buf_addch(b, '}');
        if (x->format == FMT_JSONL)
            buf_addch(b, '\n');
    }
}

static void fail(struct extract *x, const struct nl_error *err)
{
    int st = cli_report(x->cli, err);
    if (st > x->status)
        x->status = st;
}

static void extract_file(struct extract *x, const char *path)
{
    struct doc d;
    struct nl_error err;

    nl_error_clear(&err);
    doc_init(&d, 0);
    d.pos = x->pos;
    d.lex = x->lex;
    if (doc_read_file(&d, path, &x->ropts, &err) ||
        (x->is_claims && doc_analyse(&d, &err)))
        fail(x, &err);
    else if (print_doc(x, path, &d.art, x->is_claims ? &d : NULL)) {
        cli_error(x->cli, "cannot write output: %s", strerror(errno ? errno : EIO));
        if (x->status < EXIT_IO)
            x->status = EXIT_IO;
    }
    doc_release(&d);
}

/*
 * The POS model for --claims, or NULL (after a warning) when it cannot be
 * found or read: claims then come without trigger, actor or action.
 */
static struct pos_model *load_pos_model(struct cli *cli, int *is_oom)
{
    struct nl_error err;
    struct pos_model *m = NULL;
    char *path = cli_data_path("pos.model");

    nl_error_clear(&err);
    if (!path) {
        if (!cli->quiet)
            fprintf(stderr, "newsline %s: warning: cannot find 'pos.model' (set NEWSLINE_DATA): "
                            "claims will have no actor or action\n", cli->cmd);
        return NULL;
    }
    m = pos_model_new(path, &err);
    free(path);
    /* out of memory is not a missing model: the caller stops (status 6) */
    if (!m && err.code == NL_ENOMEM) {
        *is_oom = 1;
        cli_report(cli, &err);
        return NULL;
    }
    if (!m && !cli->quiet)
        cli_message("newsline %s: warning: %s: claims will have no actor or action",
                cli->cmd, err.msg);
    return m;
}

/* 1 when a file found in a folder looks like a document (no NUL in its first 4 KiB). */
static int looks_like_document(const char *path)
{
    char buf[4096];
    size_t n;
    FILE *f = fopen(path, "rb");
    if (!f)
        return 1; /* let the reader report why it cannot be read */
    n = fread(buf, 1, sizeof(buf), f);
    fclose(f);
    return n > 0 && !memchr(buf, '\0', n);
}

static int on_input(void *ud, const char *path, int is_error, int errno_value)
{
    struct extract *x = ud;
    int i, is_named = 0;

    if (is_error) {
        struct nl_error err;
        nl_error_set(&err, NL_EIO, path, "cannot read '%s': %s", path, strerror(errno_value));
        fail(x, &err);
        return 0;
    }
    for (i = 0; i < x->npaths && !is_named; i++)
        is_named = !strcmp(path, x->paths[i]);
    if (is_named || looks_like_document(path))
        extract_file(x, path);
    return 0;
}

static int nonempty(struct cli *cli, const char *opt, const char *v)
{
    if (*v)
        return 0;
    cli_usage_error(cli, extract_usage, "empty value for %s", opt);
    return -1;
}

int cmd_extract(int argc, char **argv, struct cli *cli)
{
    static const char *const formats[] = {"jsonl", "json", "text", NULL};
    struct extract x;
    int ch, i;

    memset(&x, 0, sizeof(x));
    x.cli = cli;
    /* Pages cannot be published after today (dates after it are misread). */
    x.ropts.crawl_day = (int32_t)(time(NULL) / 86400);
    x.ropts.warn = cli_warn;
    x.ropts.warn_ud = cli;
    while ((ch = getopt_long(argc, argv, ":h", extract_options, NULL)) != -1) {
        switch (ch) {
        case 'c':
            x.is_claims = 1;
            break;
        case 'f':
            i = cli_choice(cli, "--format", optarg, formats);
            if (i < 0) {
                fputs(extract_usage, stderr);
                return EXIT_USAGE;
            }
            x.format = (enum extract_format)i;
            break;
        case 'p':
            if (day_parse_iso(optarg) == DAY_NONE)
                return cli_usage_error(cli, extract_usage,
                                       "invalid date '%s' for --published: expected YYYY-MM-DD",
                                       optarg);
            x.ropts.published = optarg;
            break;
        case 'o':
            if (nonempty(cli, "--outlet", optarg))
                return EXIT_USAGE;
            x.ropts.outlet = optarg;
            break;
        case 'u':
            if (nonempty(cli, "--url", optarg))
                return EXIT_USAGE;
            x.ropts.url = optarg;
            break;
        case 't':
            if (nonempty(cli, "--title", optarg))
                return EXIT_USAGE;
            x.ropts.title = optarg;
            break;
        case 'h':
            fputs(extract_usage, stdout);
            fputs(extract_help, stdout);
            return EXIT_OK;
        case ':':
            return cli_usage_error(cli, extract_usage, "missing value for option '%s'",
                                   argv[optind - 1]);
        default:
            return cli_usage_error(cli, extract_usage, "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind >= argc)
        return cli_usage_error(cli, extract_usage, "no input files");
    buf_init(&x.line, 0);
    if (x.is_claims) {
        int is_oom = 0;
        x.pos = load_pos_model(cli, &is_oom);
        if (!is_oom)
            x.lex = cli_load_lexicon(cli, LEXICON_WITHOUT, &is_oom);
        if (is_oom) {
            buf_release(&x.line);
            pos_model_free(x.pos);
            return EXIT_INTERNAL;
        }
    }
    x.paths = argv + optind;
    x.npaths = argc - optind;
    cli_walk_inputs(x.paths, x.npaths, on_input, &x);
    if (x.format == FMT_JSON)
        fputs(x.ndocs ? "\n]\n" : "[]\n", stdout);
    buf_release(&x.line);
    pos_model_free(x.pos);
    lexicon_free(x.lex);
    return x.status;
}
