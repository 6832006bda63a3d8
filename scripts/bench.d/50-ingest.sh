#!/bin/sh
# Whole-pipeline throughput: read, segment, tag, claim and store the shipped
# corpus (91 articles) 20 times over as distinct documents, into a fresh
# database, on one core. Prints documents/s and MB/s (wall clock and CPU).
set -eu
NEWSLINE=${NEWSLINE:-./newsline}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
i=0
while [ $i -lt 20 ]; do
    mkdir -p "$tmp/in/$i"
    # A distinct first line makes each copy a distinct document (other hash).
    for f in corpus/meantime/*/*.txt corpus/seed/*.txt; do
        { head -n 1 "$f" | sed "s/\$/ ($i)/"; tail -n +2 "$f"; } >"$tmp/in/$i/$(basename "$f")"
    done
    i=$((i + 1))
done
docs=$(find "$tmp/in" -type f | wc -l)
bytes=$(cat "$tmp"/in/*/* | wc -c)
start=$(date +%s.%N)
/usr/bin/time -f '%U %S %M' -o "$tmp/time" "$NEWSLINE" -q -d "$tmp/b.db" ingest "$tmp/in"
end=$(date +%s.%N)
read -r user sys maxkb <"$tmp/time"
awk -v d="$docs" -v b="$bytes" -v s="$start" -v e="$end" -v u="$user" -v y="$sys" -v m="$maxkb" 'BEGIN {
    w = e - s; c = u + y;
    printf "ingest: %d documents, %.1f MB: %.0f docs/s, %.2f MB/s wall (%.2f s); %.0f docs/s per CPU second; max RSS %.0f MB\n",
        d, b / 1e6, d / w, b / 1e6 / w, w, d / c, m / 1024 }'
