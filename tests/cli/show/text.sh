printf 'Published: 2016-09-03\n\nThe talks ended on Friday in Geneva.\n' >good.txt
"$NEWSLINE" -q -d t.db ingest good.txt
"$NEWSLINE" -d t.db show --text good | grep -v '^content hash'
