/*
 * cmd_timeline.c: `newsline timeline`: stored claims in date order.
 *
 * Order: the claim's day interval (begin, then end), then publication
 * date, document and position, so that the same database always prints
 * the same timeline. Claims without any date come last.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "cli.h"
#include "commands.h"
#include "interval.h"
#include "store.h"
#include "banned.h"

static const char usage[] =
    "usage: newsline timeline [-d DB] [--from DATE] [--to DATE] [--outlet NAME]\n"
    "                         [--match TEXT] [--actor NAME] [--action VERB] [--dated]\n"
    "                         [--nouns]\n"
    "                         [--format text|md|json|csv]\n";

static const char help[] =
    "\n"
    "Print stored claims in date order: resolved date, outlet, the date as\n"
    "written, and who did what (actor, action, object) or, for claims without\n"
    "an action, the sentence. text and md add \"not\" for a negated claim, the\n"
    "pronoun an actor was resolved from (\"GM (it)\"), and in brackets the\n"
    "modality when not asserted, the source (\"according to X\") and an amount\n"
    "the object does not show; json and csv give every field.\n"
    "\n"
    "  -d, --db DB        database (default $NEWSLINE_DB or newsline.db)\n"
    "      --from DATE    claims whose dates reach DATE or later (YYYY[-MM[-DD]])\n"
    "      --to DATE      claims whose dates start on DATE or earlier\n"
    "      --outlet NAME  claims of one outlet\n"
    "      --match TEXT   claims whose sentence contains TEXT (any case)\n"
    "      --actor NAME   claims whose actor contains NAME (any case)\n"
    "      --action VERB  claims whose action is VERB, as a lemma (\"submit\")\n"
    "      --dated        only claims dated by their own text (not by publication date)\n"
    "      --nouns        also claims triggered by event nouns (\"the deal\", \"talks\"),\n"
    "                     not only by verbs\n"
    "      --format FMT   text (default), md, json (JSON Lines) or csv\n"
    "  -h, --help         this help\n";

static const struct option options[] = {
    {"db", required_argument, NULL, 'd'},
    {"from", required_argument, NULL, 'f'},
    {"to", required_argument, NULL, 't'},
    {"outlet", required_argument, NULL, 'o'},
    {"match", required_argument, NULL, 'm'},
    {"actor", required_argument, NULL, 'a'},
    {"action", required_argument, NULL, 'A'},
    {"dated", no_argument, NULL, 'D'},
    {"nouns", no_argument, NULL, 'N'},
    {"format", required_argument, NULL, 'F'},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0},
};

enum format { FMT_TEXT, FMT_MD, FMT_JSON, FMT_CSV };
static const char *const format_names[] = {"text", "md", "json", "csv", NULL};

struct tl {
    enum format fmt;
    struct buf line;
    long rows;
    int is_bad;
};

/* The date column: the interval, one day or begin..end. */
static void date_col(const struct timeline_row *r, char *out, size_t n)
{
    if (!*r->begin_date)
        snprintf(out, n, "undated");
    else if (!strcmp(r->begin_date, r->end_date))
        snprintf(out, n, "%s", r->begin_date);
    else
        snprintf(out, n, "%s..%s", r->begin_date, r->end_date);
}

static const char *written(const struct timeline_row *r)
{
    if (!strcmp(r->date_source, "publication"))
        return "(published)";
    if (!strcmp(r->date_source, "none"))
        return "(no date)";
    return r->date_text;
}

/* Sentence text on one line: runs of whitespace become one space. */
static void add_flat(struct buf *b, const char *s, int md_escape)
{
    int space = 0;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            space = b->len > 0;
            continue;
        }
        if (space)
            buf_addch(b, ' ');
        space = 0;
        if (md_escape && (c == '|' || c == '\\'))
            buf_addch(b, '\\');
        buf_addch(b, c);
    }
}

/* Start the next note of the bracket after a statement: " [" or "; ". */
static void add_note_sep(struct buf *b, int *nnotes)
{
    buf_adds(b, (*nnotes)++ ? "; " : " [");
}

/*
 * Who did what: "actor action object" ("U.S. submit draft of the
 * proposal"; "deal" alone for an event noun); the sentence when the claim
 * has no action (text analysed without the POS model). Then, compactly,
 * what qualifies it: "not" before a negated action, the pronoun an actor
 * was resolved from after it ("General Motors (it)"), and in brackets the
 * modality unless asserted (or reported with its source named), the source
 * ("according to Lavrov") and an amount the object does not already show:
 * "General Motors (it) close plant [expected; according to General Motors]".
 */
static void add_statement(struct buf *b, const struct timeline_row *r, int md_escape)
{
    int nnotes = 0;
    if (!*r->action) {
        add_flat(b, r->sentence, md_escape);
        return;
    }
    if (*r->actor) {
        add_flat(b, r->actor, md_escape);
        if (*r->actor_pronoun) {
            const char *p;
            buf_adds(b, " (");
            for (p = r->actor_pronoun; *p; p++) /* "It" as it reads mid-sentence */
                buf_addch(b, *p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
            buf_addch(b, ')');
        }
        buf_addch(b, ' ');
    }
    if (!strcmp(r->polarity, "negative"))
        buf_adds(b, "not ");
    add_flat(b, r->action, md_escape);
    if (*r->object) {
        buf_addch(b, ' ');
        add_flat(b, r->object, md_escape);
    }
    if (strcmp(r->modality, "asserted") && !(!strcmp(r->modality, "reported") && *r->attribution)) {
        add_note_sep(b, &nnotes);
        add_flat(b, r->modality, md_escape);
    }
    if (*r->attribution) {
        add_note_sep(b, &nnotes);
        buf_adds(b, "according to ");
        add_flat(b, r->attribution, md_escape);
    }
    if (*r->quantity && !strstr(r->object, r->quantity)) {
        add_note_sep(b, &nnotes);
        add_flat(b, r->quantity, md_escape);
    }
    if (nnotes)
        buf_addch(b, ']');
}

static void csv_field(struct buf *b, const char *s, int last)
{
    buf_addch(b, '"');
    for (; *s; s++) {
        if (*s == '"')
            buf_addch(b, '"');
        buf_addch(b, *s);
    }
    buf_addch(b, '"');
    buf_addch(b, last ? '\n' : ',');
}

static void json_field(struct buf *b, const char *key, const char *v, int last)
{
    buf_addf(b, "\"%s\":", key);
    if (v)
        buf_add_json_str(b, v, strlen(v));
    else
        buf_adds(b, "null");
    buf_adds(b, last ? "}\n" : ",");
}

static int print_row(void *ud, const struct timeline_row *r)
{
    struct tl *tl = ud;
    struct buf *b = &tl->line;
    struct buf flat;
    char date[32];

    buf_reset(b);
    buf_init(&flat, 0);
    date_col(r, date, sizeof(date));
    switch (tl->fmt) {
    case FMT_TEXT:
        add_statement(&flat, r, 0);
        buf_addf(b, "%-22s  %-14s  %-16s  %s\n", date, *r->outlet ? r->outlet : "-",
                 written(r), buf_str(&flat));
        break;
    case FMT_MD:
        if (tl->rows == 0)
            buf_adds(b, "| date | outlet | as written | claim | sentence | document |\n"
                        "|---|---|---|---|---|---|\n");
        add_statement(&flat, r, 1);
        buf_addf(b, "| %s | %s | %s | %s | ", date, *r->outlet ? r->outlet : "-", written(r),
                 buf_str(&flat));
        buf_reset(&flat);
        add_flat(&flat, r->sentence, 1);
        buf_addf(b, "%s | %s |\n", buf_str(&flat), r->doc_key);
        break;
    case FMT_JSON:
        buf_adds(b, "{");
        buf_addf(b, "\"claim\":%lld,\"document\":%lld,", (long long)r->claim_id,
                 (long long)r->document_id);
        json_field(b, "doc", r->doc_key, 0);
        json_field(b, "outlet", *r->outlet ? r->outlet : NULL, 0);
        json_field(b, "published", *r->published ? r->published : NULL, 0);
        json_field(b, "date_source", r->date_source, 0);
        json_field(b, "text", *r->date_text ? r->date_text : NULL, 0);
        json_field(b, "value", *r->value ? r->value : NULL, 0);
        json_field(b, "date_begin", *r->begin_date ? r->begin_date : NULL, 0);
        json_field(b, "date_end", *r->end_date ? r->end_date : NULL, 0);
        json_field(b, "kind", r->kind, 0);
        json_field(b, "actor", *r->actor ? r->actor : NULL, 0);
        json_field(b, "actor_pronoun", *r->actor_pronoun ? r->actor_pronoun : NULL, 0);
        json_field(b, "action", *r->action ? r->action : NULL, 0);
        json_field(b, "object", *r->object ? r->object : NULL, 0);
        json_field(b, "attribution", *r->attribution ? r->attribution : NULL, 0);
        json_field(b, "modality", r->modality, 0);
        json_field(b, "polarity", r->polarity, 0);
        json_field(b, "quantity", *r->quantity ? r->quantity : NULL, 0);
        json_field(b, "sentence", r->sentence, 1);
        break;
    case FMT_CSV:
        if (tl->rows == 0)
            buf_adds(b, "date_begin,date_end,value,as_written,date_source,outlet,published,"
                        "doc,kind,actor,actor_pronoun,action,object,attribution,modality,"
                        "polarity,quantity,sentence\n");
        csv_field(b, r->begin_date, 0);
        csv_field(b, r->end_date, 0);
        csv_field(b, r->value, 0);
        csv_field(b, r->date_text, 0);
        csv_field(b, r->date_source, 0);
        csv_field(b, r->outlet, 0);
        csv_field(b, r->published, 0);
        csv_field(b, r->doc_key, 0);
        csv_field(b, r->kind, 0);
        csv_field(b, r->actor, 0);
        csv_field(b, r->actor_pronoun, 0);
        csv_field(b, r->action, 0);
        csv_field(b, r->object, 0);
        csv_field(b, r->attribution, 0);
        csv_field(b, r->modality, 0);
        csv_field(b, r->polarity, 0);
        csv_field(b, r->quantity, 0);
        add_flat(&flat, r->sentence, 0);
        csv_field(b, buf_str(&flat), 1);
        break;
    }
    buf_release(&flat);
    tl->rows++;
    return fwrite(buf_str(b), 1, b->len, stdout) != b->len;
}

int cmd_timeline(int argc, char **argv, struct cli *cli)
{
    struct timeline_query q;
    struct tl tl;
    struct store *st = NULL;
    struct nl_error err;
    int ch, status = EXIT_OK;

    memset(&q, 0, sizeof(q));
    memset(&tl, 0, sizeof(tl));
    q.from_day = q.to_day = DAY_NONE;
    while ((ch = getopt_long(argc, argv, ":d:h", options, NULL)) != -1) {
        switch (ch) {
        case 'd':
            cli->db_path = optarg;
            break;
        case 'f':
            if (cli_parse_day(cli, "--from", optarg, 0, &q.from_day))
                return EXIT_USAGE;
            break;
        case 't':
            if (cli_parse_day(cli, "--to", optarg, 1, &q.to_day))
                return EXIT_USAGE;
            break;
        case 'o':
            q.outlet = optarg;
            break;
        case 'm':
            q.match = optarg;
            break;
        case 'a':
            if (!*optarg)
                return cli_usage_error(cli, usage, "empty value for --actor");
            q.actor = optarg;
            break;
        case 'A':
            if (!*optarg)
                return cli_usage_error(cli, usage, "empty value for --action");
            q.action = optarg;
            break;
        case 'D':
            q.is_text_dated_only = 1;
            break;
        case 'N':
            q.with_nouns = 1;
            break;
        case 'F': {
            int i = cli_choice(cli, "--format", optarg, format_names);
            if (i < 0)
                return EXIT_USAGE;
            tl.fmt = (enum format)i;
            break;
        }
        case 'h':
            fputs(usage, stdout);
            fputs(help, stdout);
            return EXIT_OK;
        default:
            return cli_option_error(cli, usage, ch, argv);
        }
    }
    if (optind < argc)
        return cli_usage_error(cli, usage, "unexpected argument '%s'", argv[optind]);
    if (q.from_day != DAY_NONE && q.to_day != DAY_NONE && q.from_day > q.to_day) {
        cli_error(cli, "--from is after --to");
        return EXIT_USAGE;
    }
    if (store_open(cli->db_path, STORE_READ, &st, &err))
        return cli_report(cli, &err);
    buf_init(&tl.line, 0);
    if (store_timeline(st, &q, print_row, &tl, &err))
        status = cli_report(cli, &err);
    buf_release(&tl.line);
    store_close(st);
    return status;
}
