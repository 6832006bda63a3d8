#!/bin/sh
# Temporal tagger accuracy on TempEval-3 training data (TBAQ-cleaned), scored
# TempEval-3 Task A style by ../shared/tools/timex_score.py: strict / relaxed
# extent F1 and value F1 (the ranking number), TimeBank and AQUAINT apart.
# Peers (chrono, dateparser, parsedatetime, compromise) run on the same text
# when installed in $PEERS (default /tmp/peers: cp -r $SHARED/tools/peers
# /tmp/peers && sh /tmp/peers/install.sh); skipped with a message otherwise.
# Env: NEWSLINE, SHARED (set by scripts/eval), PEERS, KEEP=dir to keep outputs.
set -u
SHARED=${SHARED:-../shared}
NEWSLINE=${NEWSLINE:-./newsline}
PEERS=${PEERS:-/tmp/peers}
data=$SHARED/data/tempeval3/train
score=$SHARED/tools/timex_score.py
if [ ! -d "$data" ] || [ ! -f "$score" ]; then
    echo "timex: $data or $score not found; skipping"
    exit 0
fi
work=${KEEP:-$(mktemp -d)}
mkdir -p "$work"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT

printf '\n== timex: TempEval-3 train (TBAQ-cleaned), scored by timex_score.py ==\n'
printf '%-14s %-9s %8s %8s %8s %8s %7s\n' tagger corpus strictF1 relaxF1 valueF1 typeF1 secs
row() { # tagger corpus gold pred secs
    out=$(python3 "$score" --byte-offsets "$3" "$4" 2>/dev/null)
    last=$(echo "$out" | tail -1)
    v=$(echo "$last" | sed -n 's/.*valueF1=\([0-9.]*\).*/\1/p')
    s=$(echo "$last" | sed -n 's/.*strictF1=\([0-9.]*\).*/\1/p')
    r=$(echo "$last" | sed -n 's/.*relaxedF1=\([0-9.]*\).*/\1/p')
    t=$(echo "$out" | awk '$1 == "type" {print $5; exit}')
    printf '%-14s %-9s %8s %8s %8s %8s %7s\n' "$1" "$2" "${s:--}" "${r:--}" "${v:--}" "${t:--}" "$5"
}
now() { date +%s.%N; }
for corpus in TimeBank AQUAINT; do
    python3 "$score" --dump-text "$data/$corpus" "$work/$corpus" >/dev/null 2>&1 || {
        echo "timex: cannot dump $data/$corpus"; exit 1; }
done
for corpus in TimeBank AQUAINT; do
    t0=$(now)
    # --pos: with POS tags, as ingest and extract run the tagger
    "$NEWSLINE" tag --pos --format jsonl "$work/$corpus" >"$work/newsline-$corpus.jsonl" 2>"$work/newsline-$corpus.err" || {
        echo "timex: newsline tag failed on $corpus:"; head -5 "$work/newsline-$corpus.err"; }
    t1=$(now)
    row newsline "$corpus" "$data/$corpus" "$work/newsline-$corpus.jsonl" "$(echo "$t1 - $t0" | bc | sed 's/^\./0./' | cut -c1-5)"
done
for peer in chrono dateparser parsedatetime compromise; do
    runner=$PEERS/run-$peer.sh
    if [ ! -x "$runner" ] && [ ! -f "$runner" ]; then
        echo "($peer: not installed in $PEERS; skipped)"
        continue
    fi
    for corpus in TimeBank AQUAINT; do
        # Peers are deterministic on the same text: their output and time are
        # cached in $PEERS/cache (keyed by the runner and the text) so that a
        # repeated make eval re-scores them in a second. PEERS_RERUN=1 reruns.
        key=$(cat "$runner" "$work/$corpus"/*.txt | cksum | cut -d' ' -f1)
        cache=$PEERS/cache/$peer-$corpus-$key
        if [ -z "${PEERS_RERUN:-}" ] && [ -f "$cache.jsonl" ] && [ -f "$cache.secs" ]; then
            row "$peer" "$corpus" "$data/$corpus" "$cache.jsonl" "$(cat "$cache.secs")"
            continue
        fi
        t0=$(now)
        if sh "$runner" "$work/$corpus" "$work/$peer-$corpus.jsonl" >/dev/null 2>"$work/$peer-$corpus.err"; then
            t1=$(now)
            secs=$(echo "$t1 - $t0" | bc | sed 's/^\./0./' | cut -c1-5)
            if mkdir -p "$PEERS/cache" 2>/dev/null; then
                cp "$work/$peer-$corpus.jsonl" "$cache.jsonl" && echo "$secs" >"$cache.secs"
            fi
            # peers report code-point offsets; the TBAQ text is ASCII, so bytes are the same
            row "$peer" "$corpus" "$data/$corpus" "$work/$peer-$corpus.jsonl" "$secs"
        else
            echo "($peer on $corpus failed: $(tail -1 "$work/$peer-$corpus.err"))"
        fi
    done
done
echo "targets: strict >= 0.88, relaxed >= 0.93, value >= 0.88 on both (HeidelTime as quoted in the issue: 0.76/0.81 TimeBank, 0.66/0.77 AQUAINT)"
