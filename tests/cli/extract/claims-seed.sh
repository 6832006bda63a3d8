# --claims: the seed article's timexes and claims after its document line.
"$NEWSLINE" extract --claims --outlet teleSUR "$ROOT/corpus/seed/000_1a72cdf2fad3d9de.txt" |
    grep -v '"body"'
