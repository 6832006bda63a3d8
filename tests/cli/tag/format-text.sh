# --format text: a readable table.
"$NEWSLINE" tag --format text --dct 2016-09-03 "$ROOT/corpus/seed/000_1a72cdf2fad3d9de.txt"
