/*
 * err.c: the error record of nl.h. Pure formatting; no printing.
 */
#include "nl.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "banned.h"

enum nl_err nl_error_set(struct nl_error *err, enum nl_err code, const char *input,
                         const char *fmt, ...)
{
    va_list ap;

    if (!err)
        return code;
    err->code = code;
    err->offset = UINT64_MAX;
    snprintf(err->input, sizeof(err->input), "%s", input ? input : "");
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
    va_end(ap);
    return code;
}

void nl_error_clear(struct nl_error *err)
{
    if (!err)
        return;
    err->code = NL_OK;
    err->input[0] = '\0';
    err->offset = UINT64_MAX;
    err->msg[0] = '\0';
}

const char *nl_strerror(enum nl_err code)
{
    switch (code) {
    case NL_OK:
        return "success";
    case NL_EUSAGE:
        return "usage error";
    case NL_EIO:
        return "input/output error";
    case NL_EPARSE:
        return "unreadable input";
    case NL_EDB:
        return "database error";
    case NL_EEXT:
        return "external program failed";
    case NL_ENOMEM:
        return "out of memory";
    case NL_ETOOBIG:
        return "input too big";
    case NL_EINTERNAL:
        return "internal error";
    }
    return "unknown error";
}

void nl_bug(const char *file, int line, const char *msg)
{
    /* The one place the library writes to stderr: a bug, then abort. */
    fprintf(stderr, "newsline: BUG: %s:%d: %s\n", file, line, msg);
    abort();
}
