/*
 * nl.h: what every newsline module shares: error codes, the error record,
 * byte spans into a document's text, the warning callback and NL_BUG.
 *
 * Memory rule for the whole library (STYLE.md section 4): arguments are
 * borrowed. A returned pointer borrows from the arena or object passed in,
 * unless the function name says _new, _dup or _detach. A header comment
 * states the lifetime wherever this rule does not apply.
 *
 * Library code never prints and never exits: it returns an enum nl_err and
 * fills a caller-provided struct nl_error; recoverable input problems go to
 * the caller's warning callback.
 */
#ifndef NL_H
#define NL_H

#include <stddef.h>
#include <stdint.h>

#define NL_VERSION "0.1.0"

enum nl_err {
    NL_OK = 0,
    NL_EUSAGE,    /* bad argument from the caller (bad option value) */
    NL_EIO,       /* cannot read or write a file */
    NL_EPARSE,    /* input is not what it claims to be: binary, bad UTF-8, empty */
    NL_EDB,       /* SQLite error, or a database that is not newsline's */
    NL_EEXT,      /* external program missing or failed */
    NL_ENOMEM,    /* allocation failed */
    NL_ETOOBIG,   /* input over a configured ceiling */
    NL_EINTERNAL, /* should not happen: a bug */
};

/* One error, filled by the function that failed. */
struct nl_error {
    enum nl_err code;
    char input[256];  /* file the error is about, "" when none */
    uint64_t offset;  /* byte offset into that input, UINT64_MAX when unknown */
    char msg[512];    /* lower-case, no full stop, cause last (git's message style) */
};

/*
 * Fill err (if non-NULL) and return code, so callers can write
 * "return nl_error_set(err, NL_EIO, path, "cannot read: %s", strerror(errno));".
 * input may be NULL.
 */
enum nl_err nl_error_set(struct nl_error *err, enum nl_err code, const char *input,
                         const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* Reset err to NL_OK with empty fields. */
void nl_error_clear(struct nl_error *err);

/* Short name of an error code ("I/O error", ...). Static storage. */
const char *nl_strerror(enum nl_err code);

/* A byte range [off, off+len) into a document's UTF-8 text. */
struct span {
    uint32_t off; /* bytes from the start of the text */
    uint32_t len; /* bytes */
};

/*
 * Warning callback for recoverable input problems (a date that will not
 * parse, a missing byline). input is the file name, off a byte offset into
 * it (UINT32_MAX when unknown). The CLI prints "file: warning: msg".
 */
typedef void (*nl_warn_fn)(void *ud, const char *input, uint32_t off, const char *msg);

/* Programmer error: abort with file:line. Never for anything input can cause. */
#define NL_BUG(msg) nl_bug(__FILE__, __LINE__, (msg))
void nl_bug(const char *file, int line, const char *msg)
#if defined(__GNUC__)
    __attribute__((noreturn))
#endif
    ;

#define NL_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

#endif
