#!/bin/sh
# Reading speed (issue 4): pages/s and MB/s of the newsline reader on the
# article-extraction pages, one core, next to a bare libxml2 parse of the
# same pages (tests/bench/bench_read.c, built here against build/libnewsline.a),
# and the end-to-end `newsline extract` wall time on the folder.
set -u
SHARED=${SHARED:-../shared}
NEWSLINE=${NEWSLINE:-./newsline}
ae=$SHARED/data/article-extraction/html
echo "== extract: reading speed"
if [ ! -d "$ae" ]; then
    echo "extract: $ae not found; skipped"
    exit 0
fi
[ -f build/libnewsline.a ] || make -s all >/dev/null
mkdir -p build/bench
cc -O2 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Isrc $(pkg-config --cflags libxml-2.0) \
    -o build/bench/bench_read tests/bench/bench_read.c build/libnewsline.a \
    $(pkg-config --libs libxml-2.0) -lm || exit 1
taskset -c 0 build/bench/bench_read 3 "$ae"/*.html 2>/dev/null || build/bench/bench_read 3 "$ae"/*.html
start=$(date +%s.%N)
"$NEWSLINE" -q extract "$ae" >/dev/null
end=$(date +%s.%N)
n=$(ls "$ae" | wc -l)
echo "$start $end $n" | awk '{ t = $2 - $1; printf "%-34s %8.0f pages/s (%d pages in %.2f s, one process)\n", "newsline extract (end to end)", $3 / t, $3, t }'
