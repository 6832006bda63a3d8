#!/bin/sh
# POS tagging speed on one core: the shipped model, already loaded, tags the
# words of UD English EWT train (204,577 words) again and again for 3 s.
# Run by scripts/bench with SHARED set; builds tools/bench_pos.c against
# build/libnewsline.a with the Makefile's warning flags.
set -eu
EWT="$SHARED/data/ud-ewt/en_ewt-ud-train.conllu"
[ -f "$EWT" ] || { echo "pos: $EWT not found; skipped"; exit 0; }
CC=${CC:-cc}
make --no-print-directory build/libnewsline.a >/dev/null
mkdir -p build/tools
$CC -std=c11 -O2 -g -Wall -Wextra -Wshadow -Wformat=2 -Wstrict-prototypes -Wmissing-prototypes \
    -Wwrite-strings -Wvla -Wpointer-arith -Wundef -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
    -Isrc -o build/tools/bench_pos tools/bench_pos.c build/libnewsline.a
if command -v taskset >/dev/null 2>&1; then pin="taskset -c 0"; else pin=; fi
$pin build/tools/bench_pos data/pos.model "$EWT" 3
