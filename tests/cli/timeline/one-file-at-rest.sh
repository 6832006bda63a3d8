# After ingest and a read-only timeline, the database is one file again:
# ingest leaves it in rollback-journal mode, so no -wal/-shm is left over
# (a copy of the .db alone is the whole database), and a later ingest
# switches back to WAL while it writes.
mkdir in
printf 'Published: 2016-09-03\n\nThe sides reached a deal on Friday in Geneva.\n' >in/a.txt
"$NEWSLINE" -q -d t.db ingest in
"$NEWSLINE" -d t.db timeline --format csv >/dev/null
ls
sqlite3 t.db 'PRAGMA journal_mode'
printf 'Published: 2016-09-04\n\nTalks resumed on Saturday.\n' >in/b.txt
"$NEWSLINE" -q -d t.db ingest in
ls
sqlite3 t.db 'SELECT count(*) FROM document'
