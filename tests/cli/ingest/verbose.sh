# -v: one line per input on stderr.
printf 'Published: 2016-09-03\n\nThe talks ended on Friday in Geneva.\n' >good.txt
"$NEWSLINE" -v -d t.db ingest good.txt
"$NEWSLINE" -v -d t.db ingest good.txt
