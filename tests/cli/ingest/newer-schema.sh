# A database with a newer schema than this binary is refused (exit 4).
printf 'Published: 2016-09-03\n\nThe talks ended on Friday in Geneva.\n' >good.txt
"$NEWSLINE" -q -d t.db ingest good.txt
sqlite3 t.db "INSERT INTO newsline_schema VALUES (99, 'later')"
"$NEWSLINE" -d t.db ingest good.txt
