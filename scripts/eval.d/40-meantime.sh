#!/bin/sh
# Claims on MEANTIME (issue 5): event-mention F1, event-anchoring accuracy
# and recall, and timex value F1, scored by $SHARED/tools/meantime_score.py
# on the text it renders (--dump-text). Each article is read with its own
# publication date (<doc>.dct), as `newsline extract --claims --published`.
# Not pass/fail. Run by scripts/eval with NEWSLINE and SHARED set.
# KEEP=DIR keeps the predictions and the --errors listing there.
#
# Two figures. "whole articles": every claim of every sentence against the
# full gold. "annotated part": MEANTIME annotates events densely only in
# the headline and the first sentences of each article (its document-level
# files, intra-doc_annotation/, hold mentions in sentences 0-5 only; the
# 461 mentions further down were added sparsely at the cross-document
# level), so claims after sentence 5 are scored against a gold that mostly
# leaves them out. The second line keeps the headline, dateline and first
# four sentences (the first 7 lines of the rendered text) and scores them
# against intra-doc_annotation/. Anchoring figures are the same in both
# (all anchored mentions are document-level ones).
set -u
SHARED=${SHARED:-../shared}
NEWSLINE=${NEWSLINE:-./newsline}
mt=$SHARED/data/meantime
tool=$SHARED/tools/meantime_score.py
echo "== meantime: claims (event mentions, anchoring) and timexes"
if [ ! -d "$mt" ] || [ ! -f "$tool" ]; then
    echo "meantime: $mt or $tool not found; skipped"
    exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$tool" -q --dump-text "$tmp/txt" "$mt" >/dev/null 2>&1 || exit 1
start=$(date +%s.%N)
for f in "$tmp"/txt/*.txt; do
    id=${f%.txt}
    "$NEWSLINE" -q extract --claims --published "$(cat "$id.dct")" "$f" || exit 1
done >"$tmp/pred.jsonl"
end=$(date +%s.%N)
python3 "$tool" "$mt" "$tmp/pred.jsonl" --errors >"$tmp/score.txt" 2>"$tmp/errors.txt" || {
    echo "meantime: scorer failed"; cat "$tmp/errors.txt" | tail -5; exit 1; }
n=$(ls "$tmp"/txt/*.txt | wc -l)
python3 - "$tmp/txt" "$tmp/pred.jsonl" >"$tmp/pred-annotated.jsonl" <<'PY'
import json, os, sys
cut = {}
for line in open(sys.argv[2], encoding="utf-8"):
    d = json.loads(line)
    if d.get("kind") in ("claim", "timex"):
        if d["doc"] not in cut:
            with open(os.path.join(sys.argv[1], d["doc"] + ".txt"), "rb") as f:
                cut[d["doc"]] = sum(len(l) + 1 for l in f.read().split(b"\n")[:7])
        if d["start"] >= cut[d["doc"]]:
            continue
    sys.stdout.write(line)
PY
python3 "$tool" -q "$mt/intra-doc_annotation" "$tmp/pred-annotated.jsonl" >"$tmp/score-annotated.txt" 2>/dev/null
printf 'whole articles:  %s  (%s articles, %s s)\n' "$(tail -1 "$tmp/score.txt")" "$n" \
    "$(echo "$end - $start" | bc | sed 's/^\./0./' | cut -c1-5)"
printf '  mentions %s\n' "$(grep -E '^  gold [0-9]+  pred' "$tmp/score.txt")"
printf 'annotated part:  %s\n' "$(tail -1 "$tmp/score-annotated.txt")"
printf '  mentions %s\n' "$(grep -E '^  gold [0-9]+  pred' "$tmp/score-annotated.txt")"
grep -E '^  (exact|interval) ' "$tmp/score.txt" | sed 's/^  /  anchoring /'
echo "reference: publication date for every gold mention (--baseline) anchorAcc 0.657 on these topics"
if [ -n "${KEEP:-}" ]; then
    mkdir -p "$KEEP"
    cp "$tmp/pred.jsonl" "$tmp/pred-annotated.jsonl" "$tmp/score.txt" \
        "$tmp/score-annotated.txt" "$tmp/errors.txt" "$KEEP/"
    cp -r "$tmp/txt" "$KEEP/"
fi
