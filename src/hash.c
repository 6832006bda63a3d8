/*
 * hash.c: 128-bit hash of bytes (see hash.h). Two 64-bit lanes each take
 * one 8-byte word per 16-byte step through a multiply-rotate-multiply round;
 * the tail and the length are folded in, and both lanes go through the
 * splitmix64 finaliser (a bijection with good avalanche), each mixed with the
 * other. Reads words with memcpy, so alignment and byte order of the host
 * only matter for the value, which is defined here as little-endian.
 */
#include "hash.h"

#include <stdio.h>
#include <string.h>

#include "banned.h"

#define P1 0x9E3779B97F4A7C15ULL
#define P2 0xC2B2AE3D27D4EB4FULL
#define P3 0x165667B19E3779F9ULL

static uint64_t rotl(uint64_t x, int r)
{
    return (x << r) | (x >> (64 - r));
}

static uint64_t load64(const unsigned char *p)
{
    uint64_t v = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    memcpy(&v, p, 8); /* the same value as below, in one load */
#else
    int i;
    for (i = 7; i >= 0; i--)
        v = (v << 8) | p[i];
#endif
    return v;
}

static uint64_t round64(uint64_t h, uint64_t k)
{
    h ^= rotl(k * P2, 31) * P1;
    return rotl(h, 27) * P1 + P3;
}

void hash128(const void *data, size_t len, uint64_t out[2])
{
    const unsigned char *p = data;
    uint64_t a = P3 ^ (uint64_t)len, b = P1 ^ ((uint64_t)len * P2);
    unsigned char tail[16];
    size_t i = 0;

    for (; i + 16 <= len; i += 16) {
        a = round64(a, load64(p + i));
        b = round64(b, load64(p + i + 8));
    }
    memset(tail, 0, sizeof(tail));
    memcpy(tail, p + i, len - i);
    tail[15] = (unsigned char)(len - i);
    a = round64(a, load64(tail));
    b = round64(b, load64(tail + 8));
    a += b;
    b += a;
    a = hash_mix64(a);
    b = hash_mix64(b);
    a += b;
    b += a;
    out[0] = a;
    out[1] = b;
}

void hash128_hex(const void *data, size_t len, char out[33])
{
    uint64_t h[2];
    hash128(data, len, h);
    snprintf(out, 33, "%016llx%016llx", (unsigned long long)h[0], (unsigned long long)h[1]);
}
