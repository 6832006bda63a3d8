#!/bin/sh
# Cost of data/lexicon.tsv (WordNet-derived, read by ingest and extract
# --claims): `newsline extract --claims` on a one-sentence input, RUNS times
# (default 40) with and without the lexicon (a copy of the binary beside a
# data folder that holds only pos.model), CPU time per run, and the
# difference: what loading the lexicon adds to every invocation. Env:
# NEWSLINE, RUNS.
set -u
NEWSLINE=${NEWSLINE:-./newsline}
runs=${RUNS:-40}
data=$(dirname "$NEWSLINE")/data
if [ ! -f "$data/lexicon.tsv" ] || [ ! -f "$data/pos.model" ]; then
    echo "lexicon bench: $data/lexicon.tsv or pos.model not found; skipping"
    exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/data"
cp "$NEWSLINE" "$work/bin/newsline"
cp "$data/pos.model" "$work/data/"
printf 'The ministers met on Monday and signed the agreement.\n' >"$work/in.txt"
cpu() { # binary, NEWSLINE_DATA: CPU seconds for $runs runs
    /usr/bin/env time -f '%U %S' sh -c 'i=0; while [ $i -lt '"$runs"' ]; do
        NEWSLINE_DATA='"$2"' '"$1"' -q extract --claims --published 2016-09-03 '"$work/in.txt"' >/dev/null
        i=$((i + 1)); done' 2>&1 | awk '{print $1 + $2}'
}
if ! /usr/bin/env time -f '%U' true >/dev/null 2>&1; then
    echo "lexicon bench: GNU time not found; skipping"
    exit 0
fi
with=$(cpu "$NEWSLINE" "$data")
without=$(cpu "$work/bin/newsline" "$work/data")
printf '== lexicon: extract --claims of one sentence, %d runs (%s bytes of lexicon)\n' "$runs" \
    "$(wc -c <"$data/lexicon.tsv")"
echo "$with $without $runs" | awk '{ printf "with lexicon %.1f ms CPU per run, without %.1f ms: %.1f ms to load\n", 1000 * $1 / $3, 1000 * $2 / $3, 1000 * ($1 - $2) / $3 }'
