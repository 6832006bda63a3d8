/*
 * cli.h: helpers for the command-line layer only (main.c, cmd_*.c): global
 * state, message printing in git's style, usage errors, formats, the
 * warning callback that prints library warnings. Library code never
 * includes this file.
 */
#ifndef CLI_H
#define CLI_H

#include <stdio.h>

#include "nl.h"

/* Exit statuses (documented in doc/newsline.1, EXIT STATUS; stable). */
enum {
    EXIT_OK = 0,
    EXIT_FINDING = 1, /* a finding exists, only when asked (--exit-code) */
    EXIT_USAGE = 2,
    EXIT_IO = 3,
    EXIT_DB = 4,
    EXIT_EXTERNAL = 5,
    EXIT_INTERNAL = 6,
};

struct cli {
    const char *cmd;     /* subcommand name, for message prefixes */
    const char *db_path; /* -d/--db, else $NEWSLINE_DB, else "newsline.db" */
    int quiet;           /* -q */
    int verbose;         /* -v */
    int is_progress;     /* show progress on stderr (isatty(2) && !quiet) */
    long warnings;       /* warnings printed so far */
};

/* "newsline CMD: " + message + "\n" on stderr. */
void cli_error(const struct cli *cli, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/*
 * Any other message line on stderr (the newline is added), formatted like
 * fprintf; file names and other
 * bytes from outside come out as valid UTF-8 with control characters and
 * invalid bytes written as \xNN (cli_error and the rest do the same).
 */
void cli_message(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

/* Print an nl_error as "newsline CMD: <msg>" and return the exit status for it. */
int cli_report(const struct cli *cli, const struct nl_error *err);

/* Exit status for an error code. */
int cli_exit_status(enum nl_err code);

/*
 * Usage error: print the message, then usage (the short form) to stderr;
 * returns EXIT_USAGE.
 */
int cli_usage_error(const struct cli *cli, const char *usage, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* The nl_warn_fn the CLI hands to the library: "input: warning: msg" on stderr. */
void cli_warn(void *cli, const char *input, uint32_t off, const char *msg);

/*
 * Index of name in the NULL-terminated list names, or -1 (then an error was
 * printed naming opt and the allowed values).
 */
int cli_choice(const struct cli *cli, const char *opt, const char *name,
               const char *const *names);

/*
 * Parse a date option value "YYYY-MM-DD" (also "YYYY-MM" and "YYYY" for
 * ranges: is_end picks the last day). Returns 0 and sets *day, or prints an
 * error and returns -1.
 */
int cli_parse_day(const struct cli *cli, const char *opt, const char *s, int is_end,
                  int32_t *day);


/*
 * Expand command-line inputs: a file is itself, "-" is stdin, a folder is
 * every regular file under it, recursively, in byte order of path, skipping
 * dot-files and dot-folders and files named README*, LICENSE*, COPYING*
 * (corpus documentation, not articles) and, inside folders, anything that is
 * neither a file nor a folder (FIFOs, sockets, devices). A folder reached
 * again below itself through a symbolic link is passed to fn as an error
 * (ELOOP) and not walked twice. fn is called once per input path;
 * a path that cannot be opened is passed to fn with is_error set and
 * errno_value holding the cause, so the caller reports it and goes on.
 * Returns the first non-zero value fn returned (stopping there), else 0.
 */
typedef int (*cli_input_fn)(void *ud, const char *path, int is_error, int errno_value);
int cli_walk_inputs(char *const *paths, int npaths, cli_input_fn fn, void *ud);

/*
 * Path of a shipped data file such as "pos.model": the first readable one of
 * $NEWSLINE_DATA/<name>, <dir>/data/<name> and <dir>/../data/<name> where
 * <dir> holds the running executable (/proc/self/exe: a build tree or a
 * checkout), and NL_DATADIR/<name> (the install location,
 * $(PREFIX)/share/newsline). Returns a malloc'd path (free() it), or NULL
 * when there is none.
 */
char *cli_data_path(const char *name);

struct lexicon;
/*
 * The WordNet lexicon, lexicon.tsv found by cli_data_path(). When it is
 * missing or damaged: a warning naming the file and the cause, then what
 * the command does without it ("without", e.g. LEXICON_WITHOUT), not with
 * -q; and NULL. Out of memory: reported, *is_oom set, NULL. Free the
 * result with lexicon_free().
 */
struct lexicon *cli_load_lexicon(const struct cli *cli, const char *without, int *is_oom);

/* What claim extraction does without the lexicon (extract, ingest). */
#define LEXICON_WITHOUT "event nouns by suffix rules, he/she resolved to names only"

/*
 * The usage error for what getopt_long just rejected (it returned ':' or
 * '?', with opterr = 0 and an optstring starting with ':'): a missing
 * value, a value given to a flag, or an unknown option. Returns EXIT_USAGE.
 */
int cli_option_error(const struct cli *cli, const char *usage, int ch, char **argv);
#endif
