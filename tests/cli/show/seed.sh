ln -s "$ROOT/corpus" corpus
"$NEWSLINE" -q -d t.db ingest --outlet teleSUR corpus/seed/000_1a72cdf2fad3d9de.txt
"$NEWSLINE" -d t.db show 000_1a72cdf2fad3d9de | grep -v '^content hash'
