/*
 * cmd_ingest.c: `newsline ingest`: read articles, analyse them, store them.
 *
 * Every input is processed even when another failed; each failure is one
 * line on stderr naming the file. Summary counts go to stderr; the exit
 * status is 3 when any input failed (after all the others were stored).
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "doc.h"
#include "interval.h"
#include "store.h"
#include "banned.h"

static const char usage[] =
    "usage: newsline ingest [-d DB] [--outlet NAME] [--url URL] [--published DATE]\n"
    "                       [--title TEXT] PATH...\n";

static const char help[] =
    "\n"
    "Read articles (HTML or plain text; folders recursively; '-' for stdin),\n"
    "find their publication date and dated statements, and store them.\n"
    "\n"
    "  -d, --db DB          database (default $NEWSLINE_DB or newsline.db)\n"
    "      --outlet NAME    outlet name, overriding what the article says\n"
    "      --url URL        article URL, overriding what the article says\n"
    "      --published DATE publication date YYYY-MM-DD (or ISO date-time)\n"
    "      --title TEXT     article title, overriding what the article says\n"
    "  -h, --help           this help\n";

static const struct option options[] = {
    {"db", required_argument, NULL, 'd'},
    {"outlet", required_argument, NULL, 'o'},
    {"url", required_argument, NULL, 'u'},
    {"published", required_argument, NULL, 'p'},
    {"title", required_argument, NULL, 't'},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0},
};

struct ingest {
    struct cli *cli;
    struct store *st;
    struct reader_opts ropts;
    const struct pos_model *pos; /* NULL when data/pos.model is missing */
    const struct lexicon *lex;   /* NULL when data/lexicon.tsv is missing */
    long added, versions, unchanged, failed, claims, timexes;
    int status; /* worst exit status so far */
};

static int ingest_one(void *ud, const char *path, int is_error, int errno_value)
{
    struct ingest *in = ud;
    struct nl_error err;
    struct doc d;
    enum store_put_result res;
    int64_t id;
    enum nl_err e;

    nl_error_clear(&err);
    if (is_error) {
        cli_error(in->cli, "cannot read '%s': %s", path, strerror(errno_value));
        in->failed++;
        if (in->status < EXIT_IO)
            in->status = EXIT_IO;
        return 0;
    }
    doc_init(&d, 0);
    d.pos = in->pos;
    d.lex = in->lex;
    e = doc_read_file(&d, path, &in->ropts, &err);
    if (!e)
        e = doc_analyse(&d, &err);
    if (!e)
        e = store_put_doc(in->st, &d, &res, &id, &err);
    if (e) {
        int status = cli_report(in->cli, &err);
        in->failed++;
        if (status > in->status)
            in->status = status;
        doc_release(&d);
        /* A database error will not get better with the next file. */
        return e == NL_EDB || e == NL_ENOMEM ? 1 : 0;
    }
    switch (res) {
    case STORE_ADDED:
        in->added++;
        break;
    case STORE_NEW_VERSION:
        in->versions++;
        break;
    case STORE_UNCHANGED:
        in->unchanged++;
        break;
    }
    if (res != STORE_UNCHANGED) {
        in->claims += (long)d.nclaims;
        in->timexes += (long)d.ntx;
    }
    if (in->cli->verbose)
        cli_message("newsline ingest: %s '%s': %zu timexes, %zu claims, published %s (%s)",
                res == STORE_ADDED         ? "added"
                : res == STORE_NEW_VERSION ? "new version of"
                                           : "unchanged",
                path, d.ntx, d.nclaims, d.art.published ? d.art.published : "unknown",
                d.art.published_source ? d.art.published_source : "none");
    else if (in->cli->is_progress)
        fprintf(stderr, "\r%ld documents", in->added + in->versions + in->unchanged);
    doc_release(&d);
    return 0;
}

/*
 * The POS model, or NULL after a warning: a fresh install without its data
 * still ingests, with claims that have no actor or action.
 */
static struct pos_model *load_pos_model(struct cli *cli, int *is_oom)
{
    struct nl_error err;
    struct pos_model *m;
    char *path = cli_data_path("pos.model");

    if (!path) {
        if (!cli->quiet)
            fprintf(stderr, "newsline %s: warning: cannot find 'pos.model' (set NEWSLINE_DATA): "
                            "claims will have no actor or action\n", cli->cmd);
        return NULL;
    }
    nl_error_clear(&err);
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

int cmd_ingest(int argc, char **argv, struct cli *cli)
{
    struct pos_model *pos;
    struct lexicon *lex = NULL;
    int is_oom = 0;
    struct ingest in;
    struct nl_error err;
    int ch;

    memset(&in, 0, sizeof(in));
    in.cli = cli;
    in.ropts.crawl_day = DAY_NONE;
    in.ropts.warn = cli_warn;
    in.ropts.warn_ud = cli;
    while ((ch = getopt_long(argc, argv, ":d:h", options, NULL)) != -1) {
        switch (ch) {
        case 'd':
            cli->db_path = optarg;
            break;
        case 'o':
            in.ropts.outlet = optarg;
            break;
        case 'u':
            in.ropts.url = optarg;
            break;
        case 'p':
            if (day_parse_iso(optarg) == DAY_NONE) {
                cli_error(cli, "invalid date '%s' for --published: expected YYYY-MM-DD", optarg);
                return EXIT_USAGE;
            }
            in.ropts.published = optarg;
            break;
        case 't':
            in.ropts.title = optarg;
            break;
        case 'h':
            fputs(usage, stdout);
            fputs(help, stdout);
            return EXIT_OK;
        default:
            return cli_option_error(cli, usage, ch, argv);
        }
    }
    if (optind >= argc)
        return cli_usage_error(cli, usage, "no input given");
    in.pos = pos = load_pos_model(cli, &is_oom);
    if (!is_oom)
        in.lex = lex = cli_load_lexicon(cli, LEXICON_WITHOUT, &is_oom);
    if (is_oom) {
        pos_model_free(pos);
        return EXIT_INTERNAL;
    }
    if (store_open(cli->db_path, STORE_WRITE, &in.st, &err)) {
        pos_model_free(pos);
        lexicon_free(lex);
        return cli_report(cli, &err);
    }
    cli_walk_inputs(argv + optind, argc - optind, ingest_one, &in);
    pos_model_free(pos);
    lexicon_free(lex);
    if (cli->is_progress && !cli->verbose)
        fputc('\n', stderr);
    store_close(in.st);
    if (!cli->quiet)
        fprintf(stderr,
                "newsline ingest: %ld added, %ld new versions, %ld unchanged, %ld failed; "
                "%ld timexes, %ld claims stored\n",
                in.added, in.versions, in.unchanged, in.failed, in.timexes, in.claims);
    return in.status;
}
