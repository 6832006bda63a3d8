#!/bin/sh
# Reading speed (issue 4): pages and MB per CPU second of the newsline reader
# on the article-extraction pages, one core, next to a bare libxml2 parse of
# the same pages (tests/bench/bench_read.c, built here against
# build/libnewsline.a), and the end-to-end `newsline extract` wall time on
# the folder.
#
# CPU seconds (CLOCK_PROCESS_CPUTIME_ID) are what the process itself used,
# so other jobs on a shared machine inflate them far less than wall time.
# With BENCH_CALLGRIND=1 and valgrind installed, instructions per page are
# counted as well (about two minutes): a figure that does not depend on the
# machine's load at all.
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
taskset -c 0 build/bench/bench_read 5 "$ae"/*.html 2>/dev/null || build/bench/bench_read 5 "$ae"/*.html
start=$(date +%s.%N)
"$NEWSLINE" -q extract "$ae" >/dev/null
end=$(date +%s.%N)
n=$(ls "$ae" | wc -l)
echo "$start $end $n" | awk '{ t = $2 - $1; printf "%-34s %8.0f pages/s (%d pages in %.2f s, one process, wall)\n", "newsline extract (end to end)", $3 / t, $3, t }'
if [ "${BENCH_CALLGRIND:-0}" = 1 ] && command -v valgrind >/dev/null; then
    for fn in parse_page read_page; do
        ir=$(valgrind --tool=callgrind --toggle-collect=$fn --callgrind-out-file=/dev/null \
            build/bench/bench_read 1 "$ae"/*.html 2>&1 >/dev/null | sed -n 's/.*Collected : //p')
        echo "$fn $ir $n" | awk '{ printf "%-34s %8.1f M instructions per page (callgrind, %s)\n", $1 == "parse_page" ? "libxml2 parse only (floor)" : "newsline reader (read_mem)", $2 / $3 / 1e6, $1 }'
    done
fi
