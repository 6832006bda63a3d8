/*
 * arena.h: bump allocator, one per document (STYLE.md section 4), and the
 * library's malloc wrappers.
 *
 * Everything made for one article before the store (paragraphs, sentences,
 * tokens, timexes, claims, strings) comes from its arena and is dropped at
 * once by arena_release(). The arena has a byte ceiling, so a huge or hostile
 * input fails with NL_ETOOBIG instead of exhausting memory.
 *
 * Fault injection: when the environment variable NEWSLINE_FAIL_ALLOC=N is
 * set, the N-th allocation through nl_malloc/nl_realloc (and so the arena)
 * fails, for make check-oom.
 */
#ifndef ARENA_H
#define ARENA_H

#include <stddef.h>

#include "nl.h"

struct arena_block;

struct arena {
    struct arena_block *head; /* newest block; owned */
    size_t used_bytes;        /* bytes handed out plus block overhead */
    size_t max_bytes;         /* ceiling; 0 means no ceiling */
    int is_too_big;           /* set once the ceiling was hit */
};

/* Default ceiling for one document's arena: 256 MiB. */
#define ARENA_DEFAULT_MAX ((size_t)256 << 20)

/* Prepare a caller-owned arena; allocates nothing yet. */
void arena_init(struct arena *a, size_t max_bytes);

/* Free every block. The arena can be used again after arena_init. */
void arena_release(struct arena *a);

/*
 * n bytes aligned for any type, zero-filled, owned by the arena. NULL when
 * out of memory or over the ceiling (then is_too_big is set); arena_errcode
 * tells which.
 */
void *arena_alloc(struct arena *a, size_t n);

/* Array of n elements of size sz, with overflow check. */
void *arena_calloc(struct arena *a, size_t n, size_t sz);

/*
 * arena_alloc and arena_calloc without the zero fill, for large arrays the
 * caller writes element by element before reading (tokens, timex items):
 * zeroing their whole guessed capacity cost more than filling them.
 */
void *arena_alloc_raw(struct arena *a, size_t n);
void *arena_array_raw(struct arena *a, size_t n, size_t sz);

/* Copy of s[0..len) plus NUL, owned by the arena. */
char *arena_strndup(struct arena *a, const char *s, size_t len);
char *arena_strdup(struct arena *a, const char *s);

/*
 * Grow an arena array: returns a new array of new_n elements holding the
 * old_n elements of old. The old storage stays in the arena until release.
 */
void *arena_grow(struct arena *a, void *old, size_t old_n, size_t new_n, size_t sz);

/* arena_grow without clearing the elements past old_n: for arrays whose every
   element is written before it is read. */
void *arena_grow_raw(struct arena *a, void *old, size_t old_n, size_t new_n, size_t sz);

/* NL_ETOOBIG after the ceiling was hit, else NL_ENOMEM. */
enum nl_err arena_errcode(const struct arena *a);

/* malloc/realloc/calloc honouring NEWSLINE_FAIL_ALLOC. free() frees them. */
void *nl_malloc(size_t n);
void *nl_calloc(size_t n, size_t sz);
void *nl_realloc(void *p, size_t n);
char *nl_strdup(const char *s);

#endif
