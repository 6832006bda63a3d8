/*
 * cmd_show.c: `newsline show DOC`: one stored document with its metadata,
 * its temporal expressions and its dated claims.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "cli.h"
#include "commands.h"
#include "store.h"
#include "banned.h"

static const char usage[] = "usage: newsline show [-d DB] [--text] DOC\n";

static const char help[] =
    "\n"
    "Print a stored document: metadata, temporal expressions and dated claims.\n"
    "DOC is a document id, its name (file name without extension), its URL or\n"
    "its path; all versions of a URL are shown, oldest first.\n"
    "\n"
    "  -d, --db DB   database (default $NEWSLINE_DB or newsline.db)\n"
    "      --text    also print the stored text\n"
    "  -h, --help    this help\n";

static const struct option options[] = {
    {"db", required_argument, NULL, 'd'},
    {"text", no_argument, NULL, 'T'},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0},
};

struct show {
    struct store *st;
    struct cli *cli;
    int with_text;
    int nshown;
    struct nl_error err;
    int failed;
};

static void field(const char *name, const char *v)
{
    if (v && *v)
        printf("%-17s %s\n", name, v);
}

static int print_timex(void *ud, const struct timex_row *r)
{
    (void)ud;
    printf("  %6lld-%-6lld %-9s %-14s %s", (long long)r->start, (long long)r->end, r->type,
           r->value, r->text);
    if (*r->mod)
        printf("  [%s]", r->mod);
    putchar('\n');
    return 0;
}

static int print_claim(void *ud, const struct timeline_row *r)
{
    struct buf b;
    const char *s;
    int space = 0;
    (void)ud;
    buf_init(&b, 0);
    for (s = r->sentence; *s; s++) {
        if (*s == '\n' || *s == ' ' || *s == '\t' || *s == '\r') {
            space = b.len > 0;
            continue;
        }
        if (space)
            buf_addch(&b, ' ');
        space = 0;
        buf_addch(&b, *s);
    }
    if (!*r->begin_date)
        printf("  %-22s ", "undated");
    else if (!strcmp(r->begin_date, r->end_date))
        printf("  %-22s ", r->begin_date);
    else
        printf("  %-10s..%-10s ", r->begin_date, r->end_date);
    printf("%-16s %s\n",
           !strcmp(r->date_source, "text") ? r->date_text
           : !strcmp(r->date_source, "publication") ? "(published)" : "(no date)",
           buf_str(&b));
    buf_release(&b);
    return 0;
}

static int print_doc(void *ud, const struct document_row *d)
{
    struct show *sh = ud;
    char n[64];

    if (sh->nshown++)
        putchar('\n');
    snprintf(n, sizeof(n), "%lld", (long long)d->id);
    field("id", n);
    field("name", d->doc_key);
    field("path", d->path);
    field("url", d->url);
    snprintf(n, sizeof(n), "%lld", (long long)d->version);
    field("version", n);
    field("title", d->title);
    field("outlet", d->outlet);
    field("author", d->author);
    field("language", d->language);
    field("published", d->published);
    field("published source", d->published_source);
    field("modified", d->modified);
    field("content hash", d->content_hash);
    snprintf(n, sizeof(n), "%lld sentences, %lld timexes, %lld claims", (long long)d->nsentences,
             (long long)d->ntimexes, (long long)d->nclaims);
    field("contents", n);
    /* Nested queries use other statements than the one walking documents. */
    printf("\ntemporal expressions (byte offsets into the text):\n");
    if (store_document_timexes(sh->st, d->id, print_timex, sh, &sh->err) ||
        (printf("\nclaims:\n"), store_document_claims(sh->st, d->id, print_claim, sh, &sh->err))) {
        sh->failed = 1;
        return 1;
    }
    if (sh->with_text) {
        printf("\ntext:\n");
        fwrite(d->text, 1, d->text_len, stdout);
        if (d->text_len && d->text[d->text_len - 1] != '\n')
            putchar('\n');
    }
    return 0;
}

int cmd_show(int argc, char **argv, struct cli *cli)
{
    struct show sh;
    struct nl_error err;
    int ch, nfound = 0, status = EXIT_OK;

    memset(&sh, 0, sizeof(sh));
    sh.cli = cli;
    while ((ch = getopt_long(argc, argv, ":d:h", options, NULL)) != -1) {
        switch (ch) {
        case 'd':
            cli->db_path = optarg;
            break;
        case 'T':
            sh.with_text = 1;
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
        return cli_usage_error(cli, usage, "no document given");
    if (optind + 1 < argc)
        return cli_usage_error(cli, usage, "unexpected argument '%s'", argv[optind + 1]);
    if (store_open(cli->db_path, STORE_READ, &sh.st, &err))
        return cli_report(cli, &err);
    if (store_find_documents(sh.st, argv[optind], print_doc, &sh, &nfound, &err)) {
        status = cli_report(cli, &err);
    } else if (sh.failed) {
        status = cli_report(cli, &sh.err);
    } else if (nfound == 0) {
        cli_error(cli, "no document '%s' in '%s'", argv[optind], cli->db_path);
        status = EXIT_IO;
    }
    store_close(sh.st);
    return status;
}
