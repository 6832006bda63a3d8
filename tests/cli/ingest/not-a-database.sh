# A file that is not SQLite at all.
printf 'just text, not a database, long enough to fill a header page of sqlite ....\n' >x.db
printf 'Published: 2016-09-03\n\nThe talks ended on Friday in Geneva.\n' >good.txt
"$NEWSLINE" -d x.db ingest good.txt
