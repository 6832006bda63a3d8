#!/bin/sh
# Tagging throughput of `newsline tag` on one core: segment + timex on real
# news text (the TempEval-3 TimeBank and AQUAINT documents, dumped by
# timex_score.py --dump-text and repeated as separate files until there are
# >= 50 MB; assembled at bench time in a scratch folder, never committed).
# Prints MB/s, documents/s and the bytes tagged; chrono's figure on the same
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
    mkdir "$work/set/$i"
    for f in "$work/src"/*.txt; do ln "$f" "$work/set/$i/$(basename "$f")" 2>/dev/null || cp "$f" "$work/set/$i/"; done
    i=$((i + 1))
done
bytes=$(( one * copies ))
docs=$(( $(ls "$work/src" | wc -l) * copies ))
# warm the page cache, then time (best of 3, one core)
cat "$work/set"/*/*.txt >/dev/null
best=""
for run in 1 2 3; do
    t0=$(date +%s.%N)
    taskset -c 0 "$NEWSLINE" tag --dct 2000-01-01 "$work/set" >"$work/out.jsonl" 2>/dev/null || \
        "$NEWSLINE" tag --dct 2000-01-01 "$work/set" >"$work/out.jsonl" 2>/dev/null
    t1=$(date +%s.%N)
    t=$(echo "$t1 - $t0" | bc)
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; fi
done
n=$(wc -l <"$work/out.jsonl")
mbs=$(echo "scale=1; $bytes / 1000000 / $best" | bc)
dps=$(echo "scale=0; $docs / $best" | bc)
printf '\n== tag: newsline tag throughput, one core ==\n'
printf 'text: %s bytes (%s documents, TempEval-3 train x %s), %s timexes\n' "$bytes" "$docs" "$copies" "$n"
printf 'newsline tag: %.3f s  %s MB/s  %s docs/s  (target >= 50 MB/s)\n' "$best" "$mbs" "$dps"
if [ -f "$PEERS/run-chrono.sh" ] && [ -d "$PEERS/node_modules/chrono-node" ]; then
    # chrono on one copy (it is much slower); its own rate line counts tagging time only
    mkdir -p "$work/chrono"
    for f in "$work/src"/*.txt; do cp "$f" "$work/chrono/"; echo 2000-01-01 >"$work/chrono/$(basename "$f" .txt).dct"; done
    line=$(sh "$PEERS/run-chrono.sh" "$work/chrono" "$work/chrono.jsonl" 2>&1 >/dev/null | grep 'chars/s' | tail -1)
    rate=$(echo "$line" | sed -n 's/.* \([0-9.]*\) chars\/s.*/\1/p')
    if [ -n "$rate" ]; then
        cmbs=$(echo "scale=3; $rate / 1000000" | bc)
        printf 'chrono:       %s MB/s on %s bytes (%s)\n' "$cmbs" "$one" "$line"
        printf 'ratio newsline/chrono: %sx\n' "$(echo "scale=0; $mbs / $cmbs" | bc)"
    else
        echo "chrono: no rate line ($line)"
    fi
else
    echo "(chrono: not installed in $PEERS; cp -r $SHARED/tools/peers /tmp/peers && sh /tmp/peers/install.sh)"
fi
