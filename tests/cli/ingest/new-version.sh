# The same URL with new content is a new version; the same content again changes nothing.
printf 'Title: A\nURL: http://example.com/a\nOutlet: Example\nPublished: 2016-09-03\n\nThe talks ended on Friday after a long night.\n' >a1.txt
printf 'Title: A\nURL: http://example.com/a\nOutlet: Example\nPublished: 2016-09-04\n\nThe talks ended on Saturday after a long night.\n' >a2.txt
"$NEWSLINE" -d t.db ingest a1.txt
"$NEWSLINE" -d t.db ingest a2.txt
"$NEWSLINE" -d t.db ingest a1.txt a2.txt
sqlite3 t.db "SELECT name, version, coalesce(previous_version_id, '-'), published_date FROM document ORDER BY id"
