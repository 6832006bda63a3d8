# --dct: the seed article's expressions against 2016-09-03 (JSON Lines).
"$NEWSLINE" tag --dct 2016-09-03 "$ROOT/corpus/seed/000_1a72cdf2fad3d9de.txt"
