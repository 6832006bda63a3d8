/*
 * cli.c: shared helpers of the command-line layer; see cli.h.
 */
#include "cli.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <sys/stat.h>
#include <unistd.h>

#include "interval.h"
#include "lexicon.h"
#include "utf8.h"
#include "banned.h"

/*
 * Messages name files and echo option values as the user gave them, and
 * those are arbitrary bytes. Printed raw, a name in Latin-1 makes stderr
 * invalid UTF-8 and one holding ESC or CR can rewrite the terminal. So
 * every message goes through here: valid UTF-8 and tabs pass, other control
 * characters and bytes that are not UTF-8 become \xNN, as git quotes paths.
 */
static void put_clean(FILE *f, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        uint32_t cp;
        size_t len;
        if (c >= 0x20 && c < 0x7f) {
            fputc(c, f);
            i++;
            continue;
        }
        if (c == '\t') {
            fputc(c, f);
            i++;
            continue;
        }
        len = c >= 0x80 ? utf8_decode(s + i, n - i, &cp) : 0;
        if (len && cp >= 0xa0) {
            fwrite(s + i, 1, len, f);
            i += len;
            continue;
        }
        /* a C1 control (U+0080-U+009F) is escaped byte by byte too */
        if (!len)
            len = 1;
        while (len--)
            fprintf(f, "\\x%02x", (unsigned char)s[i++]);
    }
}

/* Format like vfprintf and write the result through put_clean(). */
#if defined(__GNUC__)
__attribute__((format(printf, 2, 0)))
#endif
static void vput_clean(FILE *f, const char *fmt, va_list ap)
{
    char small[512], *big = NULL;
    va_list aq;
    int n;

    va_copy(aq, ap);
    n = vsnprintf(small, sizeof(small), fmt, aq);
    va_end(aq);
    if (n < 0)
        return;
    if ((size_t)n < sizeof(small)) {
        put_clean(f, small, (size_t)n);
        return;
    }
    big = malloc((size_t)n + 1);
    if (!big) { /* out of memory while reporting: the cut message still says what */
        put_clean(f, small, sizeof(small) - 1);
        return;
    }
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    put_clean(f, big, (size_t)n);
    free(big);
}

static void put_prefix(const struct cli *cli)
{
    fputs("newsline", stderr);
    if (cli && cli->cmd) {
        fputc(' ', stderr);
        put_clean(stderr, cli->cmd, strlen(cli->cmd));
    }
    fputs(": ", stderr);
}

void cli_error(const struct cli *cli, const char *fmt, ...)
{
    va_list ap;
    put_prefix(cli);
    va_start(ap, fmt);
    vput_clean(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

void cli_message(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vput_clean(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

int cli_exit_status(enum nl_err code)
{
    switch (code) {
    case NL_OK:
        return EXIT_OK;
    case NL_EUSAGE:
        return EXIT_USAGE;
    case NL_EIO:
    case NL_EPARSE:
    case NL_ETOOBIG:
        return EXIT_IO;
    case NL_EDB:
        return EXIT_DB;
    case NL_EEXT:
        return EXIT_EXTERNAL;
    case NL_ENOMEM:
    case NL_EINTERNAL:
        return EXIT_INTERNAL;
    }
    return EXIT_INTERNAL;
}

int cli_report(const struct cli *cli, const struct nl_error *err)
{
    if (err->code == NL_ENOMEM && !err->msg[0])
        cli_error(cli, "out of memory");
    else
        cli_error(cli, "%s", err->msg[0] ? err->msg : nl_strerror(err->code));
    return cli_exit_status(err->code);
}

int cli_usage_error(const struct cli *cli, const char *usage, const char *fmt, ...)
{
    va_list ap;
    put_prefix(cli);
    va_start(ap, fmt);
    vput_clean(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    if (usage)
        fputs(usage, stderr);
    return EXIT_USAGE;
}

void cli_warn(void *ud, const char *input, uint32_t off, const char *msg)
{
    struct cli *cli = ud;
    (void)off;
    if (cli) {
        cli->warnings++;
        if (cli->quiet)
            return;
    }
    cli_message("%s: warning: %s", input && *input ? input : "newsline", msg);
}

int cli_choice(const struct cli *cli, const char *opt, const char *name,
               const char *const *names)
{
    int i;
    char list[256];
    size_t n = 0;

    for (i = 0; names[i]; i++)
        if (!strcmp(name, names[i]))
            return i;
    list[0] = '\0';
    for (i = 0; names[i] && n < sizeof(list); i++)
        n += (size_t)snprintf(list + n, sizeof(list) - n, "%s%s", i ? ", " : "", names[i]);
    cli_error(cli, "invalid value '%s' for %s: expected one of %s", name, opt, list);
    return -1;
}

int cli_parse_day(const struct cli *cli, const char *opt, const char *s, int is_end,
                  int32_t *day)
{
    char buf[16];
    int32_t b, e;
    size_t n = strlen(s);

    if (n == 10) {
        *day = day_parse_iso(s);
        if (*day != DAY_NONE)
            return 0;
    } else if ((n == 4 || n == 7) && n < sizeof(buf)) {
        memcpy(buf, s, n + 1);
        if (interval_from_value(buf, &b, &e)) {
            *day = is_end ? e : b;
            return 0;
        }
    }
    cli_error(cli, "invalid date '%s' for %s: expected YYYY-MM-DD, YYYY-MM or YYYY", s, opt);
    return -1;
}

static int skip_name(const char *name)
{
    return name[0] == '.' || !strncmp(name, "README", 6) || !strncmp(name, "LICENSE", 7) ||
           !strncmp(name, "COPYING", 7);
}

/* A folder entry: its path, and whether readdir() already said it is a plain file. */
struct walk_entry {
    char *path;
    int is_reg;
};

static int cmp_entry(const void *a, const void *b)
{
    return strcmp(((const struct walk_entry *)a)->path, ((const struct walk_entry *)b)->path);
}

/* The folders being walked, outermost first: a folder met again below itself is a loop. */
struct walk_dir {
    dev_t dev;
    ino_t ino;
    const struct walk_dir *parent;
};

static int is_ancestor(const struct walk_dir *up, const struct stat *st)
{
    for (; up; up = up->parent)
        if (up->dev == st->st_dev && up->ino == st->st_ino)
            return 1;
    return 0;
}

/*
 * Walk path. is_reg: readdir() reported a regular file (d_type), so no
 * stat() is needed: one system call less per file of a large folder.
 */
static int walk(const char *path, int is_reg, const struct walk_dir *up, int depth,
                cli_input_fn fn, void *ud)
{
    struct stat st;
    struct walk_dir here;
    DIR *d;
    struct dirent *e;
    struct walk_entry *names = NULL;
    size_t n = 0, cap = 0, i;
    int rc = 0;

    if (!strcmp(path, "-") || is_reg)
        return fn(ud, path, 0, 0);
    if (stat(path, &st) != 0)
        return fn(ud, path, 1, errno);
    if (!S_ISDIR(st.st_mode)) {
        /*
         * A FIFO, socket or device found inside a folder is not an article,
         * and opening a FIFO would wait forever for a writer: skip it, as
         * skip_name() skips README. One named on the command line is read.
         */
        if (depth > 0 && !S_ISREG(st.st_mode))
            return 0;
        return fn(ud, path, 0, 0);
    }
    /* A symbolic link back to a folder being walked: report it once instead
       of walking the loop (two such links would take exponential time). */
    if (depth > 64 || is_ancestor(up, &st))
        return fn(ud, path, 1, ELOOP);
    here.dev = st.st_dev;
    here.ino = st.st_ino;
    here.parent = up;
    d = opendir(path);
    if (!d)
        return fn(ud, path, 1, errno);
    while ((e = readdir(d))) {
        if (skip_name(e->d_name))
            continue;
        size_t plen = strlen(path), nlen = strlen(e->d_name);
        int slash = path[plen - 1] != '/';
        if (n == cap) {
            struct walk_entry *p;
            cap = cap ? cap * 2 : 64;
            p = realloc(names, cap * sizeof(*names));
            if (!p) {
                rc = fn(ud, path, 1, ENOMEM);
                goto out;
            }
            names = p;
        }
        names[n].path = malloc(plen + slash + nlen + 1);
        if (!names[n].path) {
            rc = fn(ud, path, 1, ENOMEM);
            goto out;
        }
        /* path "/" name */
        memcpy(names[n].path, path, plen);
        names[n].path[plen] = '/';
        memcpy(names[n].path + plen + slash, e->d_name, nlen + 1);
#ifdef DT_REG
        names[n].is_reg = e->d_type == DT_REG;
#else
        names[n].is_reg = 0;
#endif
        n++;
    }
    if (n)
        qsort(names, n, sizeof(*names), cmp_entry);
    for (i = 0; i < n && !rc; i++)
        rc = walk(names[i].path, names[i].is_reg, &here, depth + 1, fn, ud);
out:
    closedir(d);
    for (i = 0; i < n; i++)
        free(names[i].path);
    free(names);
    return rc;
}

int cli_walk_inputs(char *const *paths, int npaths, cli_input_fn fn, void *ud)
{
    int i, rc = 0;
    for (i = 0; i < npaths && !rc; i++)
        rc = walk(paths[i], 0, NULL, 0, fn, ud);
    return rc;
}

/* malloc'd "dir/name" when that file is readable, else NULL. */
static char *readable_in(const char *dir, size_t dir_len, const char *name)
{
    size_t n = dir_len + strlen(name) + 2;
    char *p = malloc(n);
    if (!p)
        return NULL;
    snprintf(p, n, "%.*s/%s", (int)dir_len, dir, name);
    if (access(p, R_OK) == 0)
        return p;
    free(p);
    return NULL;
}

char *cli_data_path(const char *name)
{
    const char *env = getenv("NEWSLINE_DATA");
    char exe[4096], *p, *slash;
    ssize_t n;
    int up;

    if (env && *env && (p = readable_in(env, strlen(env), name)))
        return p;
    n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
    if (n > 0) {
        exe[n] = '\0';
        for (up = 0; up < 2; up++) {
            char dir[4096 + 32];
            slash = strrchr(exe, '/');
            if (!slash)
                break;
            *slash = '\0';
            snprintf(dir, sizeof(dir), "%s/data", exe[0] ? exe : "");
            if ((p = readable_in(dir, strlen(dir), name)))
                return p;
            /* an installed tree moved elsewhere (DESTDIR, relocated PREFIX):
               PREFIX/bin/newsline finds PREFIX/share/newsline */
            snprintf(dir, sizeof(dir), "%s/share/newsline", exe[0] ? exe : "");
            if (up == 1 && (p = readable_in(dir, strlen(dir), name)))
                return p;
        }
    }
#ifdef NL_DATADIR
    return readable_in(NL_DATADIR, strlen(NL_DATADIR), name);
#else
    return NULL;
#endif
}

struct lexicon *cli_load_lexicon(const struct cli *cli, const char *without, int *is_oom)
{
    struct nl_error err;
    struct lexicon *lx;
    char *path = cli_data_path("lexicon.tsv");

    if (!path) {
        if (!cli->quiet)
            cli_message("newsline %s: warning: cannot find 'lexicon.tsv' (set NEWSLINE_DATA): %s",
                        cli->cmd, without);
        return NULL;
    }
    nl_error_clear(&err);
    lx = lexicon_new(path, &err);
    free(path);
    if (!lx && err.code == NL_ENOMEM) {
        *is_oom = 1;
        cli_report(cli, &err);
        return NULL;
    }
    if (!lx && !cli->quiet)
        cli_message("newsline %s: warning: %s: %s", cli->cmd, err.msg, without);
    return lx;
}

int cli_option_error(const struct cli *cli, const char *usage, int ch, char **argv)
{
    const char *arg = argv[optind - 1];
    if (ch == ':')
        return cli_usage_error(cli, usage, "option '%s' needs a value", arg);
    if (optopt && !strncmp(arg, "--", 2) && strchr(arg, '='))
        return cli_usage_error(cli, usage, "option '%.*s' takes no value",
                               (int)(strchr(arg, '=') - arg), arg);
    if (optopt && strncmp(arg, "--", 2))
        return cli_usage_error(cli, usage, "unknown option '-%c'", optopt);
    return cli_usage_error(cli, usage, "unknown option '%s'", arg);
}
