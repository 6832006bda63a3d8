/*
 * main.c: newsline's entry point: global options, the command table, exit
 * statuses, and the final check that stdout was written (as git's
 * run_builtin() does, so a full disk is an error, status 3).
 *
 * How to add a subcommand:
 *   1. write src/cmd_<name>.c starting with its usage text and struct option
 *      table, entry point int cmd_<name>(int argc, char **argv, struct cli *);
 *   2. declare it in commands.h and add a row to commands[] below (sorted);
 *   3. document it in doc/newsline.1 and add tests/cli/<name>/ cases, one
 *      success and one misuse per option.
 * argv[0] is the command name; parse options with getopt_long (optind is
 * reset by main before the call).
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "commands.h"
#include "banned.h"

struct command {
    const char *name;
    int (*fn)(int argc, char **argv, struct cli *cli);
    const char *summary;
};

static const struct command commands[] = {
    /* Keep sorted by name. */
    {"extract", cmd_extract, "print articles' metadata and body text (JSON Lines)"},
    {"ingest", cmd_ingest, "read articles and store their dated claims"},
    {"pos", cmd_pos, "re-tag CoNLL-U: lemma, UPOS and XPOS of every word"},
    {"show", cmd_show, "print one stored document with its dates and claims"},
    {"tag", cmd_tag, "temporal expressions (TIMEX3) of plain text files, no database"},
    {"timeline", cmd_timeline, "print stored claims in date order"},
    {NULL, NULL, NULL},
};

static const char usage[] =
    "usage: newsline [-d DB] [-q] [-v] <command> [options] [args]\n"
    "       newsline --version | --help\n";

static void list_commands(FILE *f)
{
    const struct command *c;
    fputs(usage, f);
    fputs("\ncommands:\n", f);
    for (c = commands; c->name; c++)
        fprintf(f, "  %-10s %s\n", c->name, c->summary);
    fputs("\nRun 'newsline <command> --help' for a command's options; see newsline(1).\n", f);
}

static int finish_stdout(struct cli *cli, int status)
{
    struct stat st;
    /* stdout closed by the caller (>&-): an error only if something was written */
    int is_closed = fstat(STDOUT_FILENO, &st) != 0 && errno == EBADF;

    /* A write error on stdout (EPIPE aside, which kills us by SIGPIPE) is status 3. */
    if (fflush(stdout) != 0 || ferror(stdout)) {
        cli_error(cli, "cannot write output: %s", strerror(errno ? errno : EIO));
        return EXIT_IO;
    }
    if (is_closed)
        return status;
    if (fclose(stdout) != 0) {
        cli_error(cli, "cannot write output: %s", strerror(errno));
        return EXIT_IO;
    }
    return status;
}

int main(int argc, char **argv)
{
    static const struct option opts[] = {
        {"db", required_argument, NULL, 'd'},
        {"quiet", no_argument, NULL, 'q'},
        {"verbose", no_argument, NULL, 'v'},
        {"version", no_argument, NULL, 'V'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    struct cli cli = {0};
    const struct command *c;
    const char *env;
    int ch, status;

    cli.db_path = (env = getenv("NEWSLINE_DB")) && *env ? env : "newsline.db";
    opterr = 0;
    while ((ch = getopt_long(argc, argv, "+d:qvh", opts, NULL)) != -1) {
        switch (ch) {
        case 'd':
            cli.db_path = optarg;
            break;
        case 'q':
            cli.quiet = 1;
            break;
        case 'v':
            cli.verbose = 1;
            break;
        case 'V':
            printf("newsline %s\n", NL_VERSION);
            return finish_stdout(&cli, EXIT_OK);
        case 'h':
            list_commands(stdout);
            return finish_stdout(&cli, EXIT_OK);
        default:
            return cli_usage_error(&cli, usage, "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind >= argc) {
        list_commands(stderr);
        return EXIT_USAGE;
    }
    if (!strcmp(argv[optind], "help")) {
        list_commands(stdout);
        return finish_stdout(&cli, EXIT_OK);
    }
    for (c = commands; c->name; c++)
        if (!strcmp(c->name, argv[optind]))
            break;
    if (!c->name)
        return cli_usage_error(&cli, usage, "'%s' is not a newsline command", argv[optind]);
    cli.cmd = c->name;
    cli.is_progress = !cli.quiet && isatty(2);
    argc -= optind;
    argv += optind;
    optind = 0; /* glibc: full re-initialisation for the subcommand's getopt_long */
    opterr = 0;
    status = c->fn(argc, argv, &cli);
    return finish_stdout(&cli, status);
}
