/*
 * arena.c: a bump allocator over a list of malloc'ed blocks. Blocks grow
 * geometrically; a request larger than half a block gets a block of its own.
 * No per-object free: the owner releases the whole arena.
 */
#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "banned.h"

struct arena_block {
    struct arena_block *next;
    size_t size; /* usable bytes in data[] */
    size_t used; /* bytes handed out */
    max_align_t data[];
};

#define ALIGN (sizeof(max_align_t))
#define MIN_BLOCK ((size_t)16 << 10)

static long fail_at = -1; /* -1: not read yet; 0: off */
static long alloc_count;

static int should_fail(void)
{
    if (fail_at < 0) {
        const char *s = getenv("NEWSLINE_FAIL_ALLOC");
        char *end;
        long n = s ? strtol(s, &end, 10) : 0;
        fail_at = (s && *end == '\0' && n > 0) ? n : 0;
    }
    if (fail_at == 0)
        return 0;
    return ++alloc_count == fail_at;
}

void *nl_malloc(size_t n)
{
    if (should_fail())
        return NULL;
    return malloc(n ? n : 1);
}

void *nl_calloc(size_t n, size_t sz)
{
    if (should_fail())
        return NULL;
    return calloc(n ? n : 1, sz ? sz : 1);
}

void *nl_realloc(void *p, size_t n)
{
    if (should_fail())
        return NULL;
    return realloc(p, n ? n : 1);
}

char *nl_strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = nl_malloc(n);
    if (d)
        memcpy(d, s, n);
    return d;
}

void arena_init(struct arena *a, size_t max_bytes)
{
    a->head = NULL;
    a->used_bytes = 0;
    a->max_bytes = max_bytes;
    a->is_too_big = 0;
}

void arena_release(struct arena *a)
{
    struct arena_block *b = a->head;
    while (b) {
        struct arena_block *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
    a->used_bytes = 0;
}

void *arena_alloc_raw(struct arena *a, size_t n)
{
    struct arena_block *b = a->head;
    size_t need = (n + ALIGN - 1) / ALIGN * ALIGN;
    void *p;

    if (n > SIZE_MAX / 2) {
        a->is_too_big = 1;
        return NULL;
    }
    if (need == 0)
        need = ALIGN;
    if (!b || b->size - b->used < need) {
        size_t size = b ? b->size * 2 : MIN_BLOCK;
        if (size > ((size_t)8 << 20))
            size = (size_t)8 << 20;
        if (size < need)
            size = need;
        if (a->max_bytes && a->used_bytes + size + sizeof(*b) > a->max_bytes) {
            a->is_too_big = 1;
            return NULL;
        }
        b = nl_malloc(sizeof(*b) + size);
        if (!b)
            return NULL;
        b->size = size;
        b->used = 0;
        b->next = a->head;
        a->head = b;
        a->used_bytes += size + sizeof(*b);
    }
    p = (char *)b->data + b->used;
    b->used += need;
    return p;
}

void *arena_alloc(struct arena *a, size_t n)
{
    void *p = arena_alloc_raw(a, n);
    if (p)
        memset(p, 0, n);
    return p;
}

void *arena_calloc(struct arena *a, size_t n, size_t sz)
{
    if (sz && n > SIZE_MAX / sz) {
        a->is_too_big = 1;
        return NULL;
    }
    return arena_alloc(a, n * sz);
}

void *arena_array_raw(struct arena *a, size_t n, size_t sz)
{
    if (sz && n > SIZE_MAX / sz) {
        a->is_too_big = 1;
        return NULL;
    }
    return arena_alloc_raw(a, n * sz);
}

char *arena_strndup(struct arena *a, const char *s, size_t len)
{
    char *d = arena_alloc_raw(a, len + 1);
    if (!d)
        return NULL;
    if (len)
        memcpy(d, s, len);
    d[len] = '\0';
    return d;
}

char *arena_strdup(struct arena *a, const char *s)
{
    return arena_strndup(a, s, strlen(s));
}

void *arena_grow(struct arena *a, void *old, size_t old_n, size_t new_n, size_t sz)
{
    void *p = arena_calloc(a, new_n, sz);
    if (p && old && old_n)
        memcpy(p, old, (old_n < new_n ? old_n : new_n) * sz);
    return p;
}

void *arena_grow_raw(struct arena *a, void *old, size_t old_n, size_t new_n, size_t sz)
{
    void *p = arena_array_raw(a, new_n, sz);
    if (p && old && old_n)
        memcpy(p, old, (old_n < new_n ? old_n : new_n) * sz);
    return p;
}

enum nl_err arena_errcode(const struct arena *a)
{
    return a->is_too_big ? NL_ETOOBIG : NL_ENOMEM;
}
