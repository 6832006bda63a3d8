/*
 * cmd_pos.c: "newsline pos", re-tag pre-tokenised CoNLL-U.
 *
 * Reads CoNLL-U (a file or '-') and writes it back with LEMMA, UPOS and
 * XPOS of every syntactic word filled by the shipped tagger and
 * lemmatiser; all other columns, comments, multiword-token ranges and
 * empty nodes pass through untouched. So the output can be scored against
 * the input's gold columns by any CoNLL-U scorer. Tokenisation and
 * sentence boundaries are the file's: nothing is re-segmented.
 *
 * Lemmas are the model's (pos_lemma()), checked against the WordNet
 * lexicon (lemma_check()) when lexicon.tsv is found where extract finds
 * it, as claim extraction does: "crises" -> crisis. Without the lexicon
 * (a warning, not with -q) lemmas are the model's alone.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "lemma.h"
#include "lexicon.h"
#include "pos.h"
#include "banned.h"

static const char usage[] = "usage: newsline pos [-m FILE] FILE.conllu|-\n";

static const char help[] =
    "usage: newsline pos [-m FILE] FILE.conllu|-\n"
    "\n"
    "Re-tag pre-tokenised CoNLL-U: fill LEMMA, UPOS and XPOS (Penn Treebank)\n"
    "of every word, keep every other column, and write it to stdout.\n"
    "\n"
    "  -m, --model FILE   POS model (default: pos.model from $NEWSLINE_DATA,\n"
    "                     data/ beside the executable, or the install dir)\n"
    "  -h, --help         show this help\n";

static const struct option options[] = {
    {"model", required_argument, NULL, 'm'},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0},
};

#define NCOLS 10

struct line {
    char *text;            /* the line, without its newline; tabs of word lines become NULs; owned */
    char *col[NCOLS];      /* word lines: the columns, into text */
    int is_word;           /* a syntactic word (integer ID) */
};

struct sentence {
    struct line *lines;
    size_t n, cap;
    struct pos_word *words;
    uint16_t *tags;
    size_t nwords, words_cap;
};

static void sentence_clear(struct sentence *s)
{
    size_t i;
    for (i = 0; i < s->n; i++)
        free(s->lines[i].text);
    s->n = 0;
    s->nwords = 0;
}

static void sentence_release(struct sentence *s)
{
    sentence_clear(s);
    free(s->lines);
    free(s->words);
    free(s->tags);
}

/* ID column kinds: 1 integer (a word), 2 range "3-4" or empty node "3.1", 0 invalid. */
static int id_kind(const char *id)
{
    const char *p = id;
    if (*p < '0' || *p > '9')
        return 0;
    while (*p >= '0' && *p <= '9')
        p++;
    if (!*p)
        return 1;
    if (*p != '-' && *p != '.')
        return 0;
    p++;
    if (*p < '0' || *p > '9')
        return 0;
    while (*p >= '0' && *p <= '9')
        p++;
    return *p ? 0 : 2;
}

/* Add one line (len bytes, newline removed) to the sentence; -1 on a malformed word line. */
static int sentence_add(struct sentence *s, char *text, const char **why)
{
    struct line *l;
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 64;
        struct line *nl = realloc(s->lines, cap * sizeof(*nl));
        if (!nl) {
            *why = "out of memory";
            return -1;
        }
        s->lines = nl;
        s->cap = cap;
    }
    l = &s->lines[s->n];
    l->text = text;
    l->is_word = 0;
    if (text[0] != '#') {
        char *p = text;
        int nc = 0, kind;
        while (nc < NCOLS) {
            l->col[nc++] = p;
            p = strchr(p, '\t');
            if (!p)
                break;
            *p++ = '\0';
        }
        if (nc != NCOLS || p) {
            *why = "expected 10 tab-separated columns";
            return -1;
        }
        kind = id_kind(l->col[0]);
        if (!kind) {
            *why = "bad ID column";
            return -1;
        }
        l->is_word = kind == 1;
    }
    s->n++;
    return 0;
}

static void put_cols(const struct line *l, int from, FILE *out)
{
    int c;
    for (c = from; c < NCOLS; c++) {
        fputc('\t', out);
        fputs(l->col[c], out);
    }
}

/* Tag the sentence's words and write all its lines, then a blank line. */
static int sentence_flush(struct sentence *s, const struct pos_model *m,
                          const struct lexicon *lx, FILE *out)
{
    char small[512], *lemma = small;
    size_t i, w = 0, lemma_cap = sizeof(small);
    long range_end = 0;
    unsigned range_gap = POS_GAP_SPACE;

    if (s->n == 0)
        return 0;
    for (i = 0; i < s->n; i++) {
        const struct line *l = &s->lines[i];
        long id;
        if (l->text[0] != '#' && !l->is_word && strchr(l->col[0], '-')) {
            /* "2-3 didn't": its words are glued, the last one has the
             * token's SpaceAfter */
            range_end = strtol(strchr(l->col[0], '-') + 1, NULL, 10);
            range_gap = strstr(l->col[9], "SpaceAfter=No") ? POS_GAP_NONE : POS_GAP_SPACE;
        }
        if (!l->is_word)
            continue;
        if (s->nwords == s->words_cap) {
            size_t cap = s->words_cap ? s->words_cap * 2 : 64;
            struct pos_word *nw = realloc(s->words, cap * sizeof(*nw));
            uint16_t *nt;
            if (!nw)
                return -1;
            s->words = nw;
            nt = realloc(s->tags, cap * sizeof(*nt));
            if (!nt)
                return -1;
            s->tags = nt;
            s->words_cap = cap;
        }
        s->words[s->nwords].s = l->col[1];
        s->words[s->nwords].len = strlen(l->col[1]);
        id = strtol(l->col[0], NULL, 10);
        if (id < range_end)
            s->words[s->nwords].gap_after = POS_GAP_NONE;
        else if (id == range_end)
            s->words[s->nwords].gap_after = range_gap;
        else
            s->words[s->nwords].gap_after =
                strstr(l->col[9], "SpaceAfter=No") ? POS_GAP_NONE : POS_GAP_SPACE;
        s->nwords++;
    }
    pos_tag(m, s->words, s->nwords, s->tags);
    for (i = 0; i < s->n; i++) {
        const struct line *l = &s->lines[i];
        const struct pos_word *pw;
        uint16_t tag;
        size_t need;
        if (l->text[0] == '#') {
            fputs(l->text, out);
            fputc('\n', out);
            continue;
        }
        if (!l->is_word) {
            fputs(l->col[0], out);
            put_cols(l, 1, out);
            fputc('\n', out);
            continue;
        }
        pw = &s->words[w];
        tag = s->tags[w++];
        need = pos_lemma(m, pw->s, pw->len, tag, lemma, lemma_cap);
        if (need >= lemma_cap) {
            char *big = malloc(need + 1);
            if (!big)
                return -1;
            if (lemma != small)
                free(lemma);
            lemma = big;
            lemma_cap = need + 1;
            pos_lemma(m, pw->s, pw->len, tag, lemma, lemma_cap);
        }
        if (lx)
            lemma_check(lx, pw->s, pw->len, tag, lemma, need, lemma_cap);
        fprintf(out, "%s\t%s\t%s\t%s\t%s", l->col[0], l->col[1], lemma,
                pos_upos_name(pos_word_upos(m, pw, tag)), pos_tag_name(tag));
        put_cols(l, 5, out);
        fputc('\n', out);
    }
    fputc('\n', out);
    if (lemma != small)
        free(lemma);
    sentence_clear(s);
    return 0;
}

static int retag(struct cli *cli, const struct pos_model *m, const struct lexicon *lx,
                 const char *path)
{
    FILE *in = strcmp(path, "-") ? fopen(path, "r") : stdin;
    const char *name = strcmp(path, "-") ? path : "(stdin)";
    struct sentence s = {0};
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    long lineno = 0;
    int status = EXIT_OK;

    if (!in) {
        cli_error(cli, "cannot read '%s': %s", path, strerror(errno));
        return EXIT_IO;
    }
    while ((n = getline(&line, &cap, in)) >= 0) {
        const char *why = NULL;
        char *text;
        lineno++;
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            line[--n] = '\0';
        if (n == 0) {
            if (sentence_flush(&s, m, lx, stdout)) {
                status = EXIT_INTERNAL;
                cli_error(cli, "out of memory");
                break;
            }
            continue;
        }
        if ((size_t)n != strlen(line)) {
            cli_error(cli, "%s:%ld: NUL byte in line", name, lineno);
            status = EXIT_IO;
            break;
        }
        text = malloc((size_t)n + 1);
        if (!text) {
            cli_error(cli, "out of memory");
            status = EXIT_INTERNAL;
            break;
        }
        memcpy(text, line, (size_t)n + 1);
        if (sentence_add(&s, text, &why)) {
            free(text);
            cli_error(cli, "%s:%ld: %s", name, lineno, why);
            status = strcmp(why, "out of memory") ? EXIT_IO : EXIT_INTERNAL;
            break;
        }
    }
    if (status == EXIT_OK && ferror(in)) {
        cli_error(cli, "cannot read '%s': %s", path, strerror(errno));
        status = EXIT_IO;
    }
    if (status == EXIT_OK && sentence_flush(&s, m, lx, stdout)) {
        cli_error(cli, "out of memory");
        status = EXIT_INTERNAL;
    }
    sentence_release(&s);
    free(line);
    if (in != stdin)
        fclose(in);
    return status;
}

int cmd_pos(int argc, char **argv, struct cli *cli)
{
    const char *model_path = NULL;
    char *found = NULL;
    struct pos_model *m;
    struct lexicon *lx;
    struct nl_error err;
    int ch, status, is_oom = 0;

    while ((ch = getopt_long(argc, argv, ":m:h", options, NULL)) != -1) {
        switch (ch) {
        case 'm':
            model_path = optarg;
            break;
        case 'h':
            fputs(help, stdout);
            return EXIT_OK;
        default:
            return cli_option_error(cli, usage, ch, argv);
        }
    }
    if (argc - optind == 0)
        return cli_usage_error(cli, usage, "no input given");
    if (argc - optind > 1)
        return cli_usage_error(cli, usage, "expected one input, got %d", argc - optind);
    if (!model_path) {
        found = cli_data_path("pos.model");
        if (!found) {
            cli_error(cli, "cannot find 'pos.model': set NEWSLINE_DATA or give --model");
            return EXIT_IO;
        }
        model_path = found;
    }
    nl_error_clear(&err);
    m = pos_model_new(model_path, &err);
    free(found);
    if (!m)
        return cli_report(cli, &err);
    lx = cli_load_lexicon(cli, "lemmas without the lexicon check", &is_oom);
    status = is_oom ? EXIT_INTERNAL : retag(cli, m, lx, argv[optind]);
    lexicon_free(lx);
    pos_model_free(m);
    return status;
}
