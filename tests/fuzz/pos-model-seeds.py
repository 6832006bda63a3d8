#!/usr/bin/env python3
# tests/fuzz/pos-model-seeds.py: rebuild the seed corpus of fuzz_pos_model
# after a change of the model format or feature set:
#   W="--wordnet tests/fuzz/pos-tiny-wordnet"
#   build/tools/train_pos --train tests/fuzz/pos-tiny.conllu $W -o C/tiny.model
#   build/tools/train_pos --train tests/fuzz/pos-tiny.conllu $W --passes 2 -o C/tiny-2pass.model
#   tests/fuzz/pos-model-seeds.py C        (C = tests/fuzz/corpus/pos_model)
# writes damaged copies of C/tiny.model, each meant to be caught by one
# check of the loader (doc/pos.md); the checksum is made valid again where
# the damage lies behind it.
import struct
import sys

HEADER = 48


def fnv(data):
    h = 2166136261
    for b in data:
        h = ((h ^ b) * 16777619) & 0xFFFFFFFF
    return h


def seal(buf):
    buf[36:40] = struct.pack('<I', fnv(buf[HEADER:]))
    return buf


def main():
    d = sys.argv[1]
    tiny = bytearray(open(d + '/tiny.model', 'rb').read())
    ntags, nupos, nslots, nent, lemma_bytes = struct.unpack_from('<5I', tiny, 16)
    nlex = struct.unpack_from('<I', tiny, 44)[0]
    slots = HEADER + (ntags + nupos) * 8
    lex = slots + nslots * 8 + nent * 3
    out = {}
    out['header-only'] = tiny[:HEADER]
    out['truncated'] = tiny[:len(tiny) // 2]
    b = bytearray(tiny)
    b[len(b) // 2] ^= 0x40
    out['bad-checksum'] = b
    b = bytearray(tiny)
    struct.pack_into('<I', b, 16, 0xFFFFFFFF)
    out['huge-count'] = b
    b = bytearray(tiny)
    struct.pack_into('<I', b, 40, 3)
    out['three-passes'] = b
    # A lemma line without its tabs.
    b = bytearray(tiny)
    lem = len(b) - lemma_bytes
    b[lem:lem + 8] = b'\n' * 8
    out['bad-lemma'] = seal(b)
    # The first used slot's row runs past the weights.
    b = bytearray(tiny)
    for i in range(nslots):
        fp, ref = struct.unpack_from('<2I', b, slots + i * 8)
        if fp:
            struct.pack_into('<I', b, slots + i * 8 + 4, (nent - 1) | 2 << 24)
            break
    out['row-out-of-range'] = seal(b)
    # No empty slot: a lookup would never end.
    b = bytearray(tiny)
    for i in range(nslots):
        fp, ref = struct.unpack_from('<2I', b, slots + i * 8)
        if not fp:
            struct.pack_into('<2I', b, slots + i * 8, (i << 1) | 0x80000001, 1 << 24)
    out['full-table'] = seal(b)
    # The WordNet lexicon table: a size that is not a power of two, no
    # empty slot, a class in an empty slot.
    b = bytearray(tiny)
    struct.pack_into('<I', b, 44, 3)
    out['lexicon-bad-size'] = seal(b)
    b = bytearray(tiny)
    for i in range(nlex):
        if not struct.unpack_from('<I', b, lex + i * 4)[0]:
            struct.pack_into('<I', b, lex + i * 4, (i << 1) | 0x80000001)
    out['lexicon-full'] = seal(b)
    b = bytearray(tiny)
    for i in range(nlex):
        if not struct.unpack_from('<I', b, lex + i * 4)[0]:
            struct.pack_into('<H', b, lex + nlex * 4 + i * 2, 1)
            break
    out['lexicon-class-in-empty'] = seal(b)
    for name, data in out.items():
        open('%s/%s.model' % (d, name), 'wb').write(data)


main()
