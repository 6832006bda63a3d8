/*
 * utf8.h: UTF-8 decoding and validation, the only place that knows the
 * encoding's bit layout.
 */
#ifndef UTF8_H
#define UTF8_H

#include <stddef.h>
#include <stdint.h>

/*
 * Decode one code point from s[0..len). Returns its length in bytes (1-4)
 * and stores it in *cp, or 0 for an invalid, overlong or truncated sequence
 * or a surrogate.
 */
size_t utf8_decode(const char *s, size_t len, uint32_t *cp);

/* Length of the valid UTF-8 prefix of s[0..len); == len when all valid. */
size_t utf8_valid_prefix(const char *s, size_t len);

/* Encode cp into out (4 bytes room). Returns bytes written (0 if cp invalid). */
size_t utf8_encode(uint32_t cp, char *out);

#endif
