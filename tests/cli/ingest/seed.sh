# The seed article: five dated statements, stored once.
"$NEWSLINE" -d t.db ingest --outlet teleSUR "$ROOT/corpus/seed/000_1a72cdf2fad3d9de.txt"
"$NEWSLINE" -d t.db timeline --dated --format csv
