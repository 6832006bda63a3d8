/*
 * hash.h: a fast 128-bit non-cryptographic hash of bytes, for
 * article.content_hash (re-ingesting identical content is a no-op) and
 * any other "same bytes?" test. Not for security: anyone can make
 * collisions on purpose.
 */
#ifndef HASH_H
#define HASH_H

#include <stddef.h>
#include <stdint.h>

/*
 * splitmix64's finaliser: every input bit reaches every output bit. Inline
 * because the POS tagger's feature hashing calls it in its hot loop.
 */
static inline uint64_t hash_mix64(uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

/* Hash data[0..len) into two 64-bit halves. */
void hash128(const void *data, size_t len, uint64_t out[2]);

/* Hash data[0..len) and write it as 32 lower-case hex digits plus NUL. */
void hash128_hex(const void *data, size_t len, char out[33]);

#endif
