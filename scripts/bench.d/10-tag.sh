#!/bin/sh
# Tagging throughput of `newsline tag` on one core: segment + timex on real
# news text (the TempEval-3 TimeBank and AQUAINT documents, dumped by
# timex_score.py --dump-text and repeated as separate files until there are
# >= 50 MB; assembled at bench time in a scratch folder, never committed).
# Prints MB/s and documents/s per CPU second (the stable figure on a shared
# machine) and per wall-clock second for the whole `newsline tag` process,
# then the tagger alone on the texts in memory (tools/bench_tag.c: segment,
# items, matching apart); chrono's figure on the same
# text when the peers are installed in $PEERS (default /tmp/peers), and the
# ratio. Env: NEWSLINE, SHARED, PEERS, BENCH_MB (default 50).
set -u
SHARED=${SHARED:-../shared}
NEWSLINE=${NEWSLINE:-./newsline}
PEERS=${PEERS:-/tmp/peers}
want_mb=${BENCH_MB:-50}
data=$SHARED/data/tempeval3/train
score=$SHARED/tools/timex_score.py
if [ ! -d "$data" ] || [ ! -f "$score" ]; then
    echo "tag bench: $data not found; skipping"
    exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/src" "$work/set"
for corpus in TimeBank AQUAINT; do
    python3 "$score" --dump-text "$data/$corpus" "$work/src" >/dev/null 2>&1 || {
        echo "tag bench: cannot dump $corpus"; exit 1; }
done
rm -f "$work/src"/*.dct
one=$(cat "$work/src"/*.txt | wc -c)
copies=$(( (want_mb * 1000000 + one - 1) / one ))
i=0
while [ $i -lt $copies ]; do
    # hard links when the file system allows (fast), else copies
    cp -al "$work/src" "$work/set/$i" 2>/dev/null || cp -r "$work/src" "$work/set/$i"
    i=$((i + 1))
done
bytes=$(( one * copies ))
docs=$(( $(ls "$work/src" | wc -l) * copies ))
# warm the page cache, then time the CLI (best of 3 by CPU time, one core):
# whole process, so file reading (24,000 opens), output and start-up count
cat "$work/set"/*/*.txt >/dev/null
if command -v taskset >/dev/null 2>&1; then pin="taskset -c 0"; else pin=; fi
best=""
for run in 1 2 3; do
    t0=$(date +%s.%N)
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -f '%U %S' -o "$work/time" $pin "$NEWSLINE" tag --dct 2000-01-01 "$work/set" \
            >"$work/out.jsonl" 2>/dev/null
    else
        # no GNU time: CPU figures fall back to wall clock
        $pin "$NEWSLINE" tag --dct 2000-01-01 "$work/set" >"$work/out.jsonl" 2>/dev/null
        echo "$(echo "$(date +%s.%N) - $t0" | bc) 0" >"$work/time"
    fi
    t1=$(date +%s.%N)
    read -r user sys <"$work/time"
    cpu=$(echo "$user + $sys" | bc)
    if [ -z "$best" ] || [ "$(echo "$cpu < $best" | bc)" = 1 ]; then
        best=$cpu; bwall=$(echo "$t1 - $t0" | bc); buser=$user; bsys=$sys
    fi
done
n=$(wc -l <"$work/out.jsonl")
mbs=$(echo "scale=1; $bytes / 1000000 / $best" | bc)
dps=$(echo "scale=0; $docs / $best" | bc)
wmbs=$(echo "scale=1; $bytes / 1000000 / $bwall" | bc)
printf '\n== tag: newsline tag throughput, one core ==\n'
printf 'text: %s bytes (%s documents, TempEval-3 train x %s), %s timexes\n' "$bytes" "$docs" "$copies" "$n"
printf 'newsline tag (whole process): %s MB/s CPU, %s docs/s CPU (%s s CPU = %s user + %s sys); %s MB/s wall (%.2f s)  (target >= 50 MB/s)\n' \
    "$mbs" "$dps" "$best" "$buser" "$bsys" "$wmbs" "$bwall"
# the tagger alone, texts in memory: no file reading, output or process start
CC=${CC:-cc}
if make --no-print-directory build/libnewsline.a >/dev/null 2>&1 && mkdir -p build/tools &&
    $CC -std=c11 -O2 -g -Wall -Wextra -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Isrc \
        -o build/tools/bench_tag tools/bench_tag.c build/libnewsline.a -lm -lpthread; then
    find "$work/set" -name '*.txt' | sort | $pin build/tools/bench_tag 2000-01-01
else
    echo "(bench_tag: cannot build tools/bench_tag.c)"
fi
if [ -f "$PEERS/run-chrono.sh" ] && [ -d "$PEERS/node_modules/chrono-node" ]; then
    # chrono on one copy (it is much slower); its own rate line counts tagging time only
    mkdir -p "$work/chrono"
    for f in "$work/src"/*.txt; do cp "$f" "$work/chrono/"; echo 2000-01-01 >"$work/chrono/$(basename "$f" .txt).dct"; done
    line=$(sh "$PEERS/run-chrono.sh" "$work/chrono" "$work/chrono.jsonl" 2>&1 >/dev/null | grep 'chars/s' | tail -1)
    rate=$(echo "$line" | sed -n 's/.* \([0-9.]*\) chars\/s.*/\1/p')
    if [ -n "$rate" ]; then
        cmbs=$(echo "scale=3; $rate / 1000000" | bc)
        printf 'chrono:       %s MB/s on %s bytes (%s)\n' "$cmbs" "$one" "$line"
        printf 'ratio newsline/chrono: %sx (newsline CPU MB/s, whole process, over chrono'"'"'s own rate)\n' \
            "$(echo "scale=0; $mbs / $cmbs" | bc)"
    else
        echo "chrono: no rate line ($line)"
    fi
else
    echo "(chrono: not installed in $PEERS; cp -r $SHARED/tools/peers /tmp/peers && sh /tmp/peers/install.sh)"
fi
