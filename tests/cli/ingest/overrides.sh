# --title --url --outlet --published override what the article says.
printf 'Title: Old\nURL: http://old.example/a\nOutlet: Old News\nPublished: 2001-01-01\n\nThe ministers met on Friday and signed it.\n' >a.txt
"$NEWSLINE" -d t.db ingest --title New --url http://new.example/a --outlet 'New Wire' --published 2016-09-03 a.txt 2>/dev/null
sqlite3 t.db "SELECT d.title, d.url, o.name, d.published_date, d.published_source FROM document d JOIN outlet o ON o.id = d.outlet_id"
"$NEWSLINE" -d t.db timeline --dated --format csv
