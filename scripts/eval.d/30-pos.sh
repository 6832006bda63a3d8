#!/bin/sh
# POS tagger and lemmatiser accuracy on UD English EWT dev and test, through
# "newsline pos" (gold tokenisation; every syntactic word counts, punctuation
# included, as the CoNLL 2018 scorer counts them).
# Run by scripts/eval with NEWSLINE and SHARED set.
set -u
EWT="$SHARED/data/ud-ewt"
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
echo "pos: UD English EWT, gold tokens (XPOS UPOS LEMMA accuracy; unknown = form not in train)"
printf '%-6s %7s %7s %7s %7s %7s\n' split words XPOS UPOS LEMMA XPOS-unk
for split in dev test; do
    gold="$EWT/en_ewt-ud-$split.conllu"
    [ -f "$gold" ] || { echo "pos: $gold not found"; continue; }
    "$NEWSLINE" pos "$gold" >"$tmp" || { echo "pos: newsline pos failed on $split"; exit 1; }
    awk -F'\t' -v part="$split" '
        FNR == 1 { file++ }
        file == 1 { if ($1 ~ /^[0-9]+$/ && NF == 10) seen[$2] = 1; next }
        file == 2 { if ($1 ~ /^[0-9]+$/ && NF == 10) { g++; gl[g] = $3; gu[g] = $4; gx[g] = $5; gf[g] = $2 } next }
        $1 ~ /^[0-9]+$/ && NF == 10 {
            p++
            if ($5 == gx[p]) x++
            if ($4 == gu[p]) u++
            if ($3 == gl[p]) l++
            if (!(gf[p] in seen)) { unk++; if ($5 == gx[p]) unkx++ }
        }
        END {
            if (p != g) { print "pos: word count differs: " p " vs " g; exit 1 }
            printf "%-6s %7d %7.4f %7.4f %7.4f %7.4f\n", part, g, x / g, u / g, l / g, unk ? unkx / unk : 0
        }' "$EWT/en_ewt-ud-train.conllu" "$gold" "$tmp" || exit 1
done
