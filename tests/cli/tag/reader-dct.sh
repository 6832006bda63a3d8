# No --dct and no .dct file: the publication date the reader finds ("Published 3 September 2016").
"$NEWSLINE" tag --format text "$ROOT/corpus/seed/000_1a72cdf2fad3d9de.txt"
