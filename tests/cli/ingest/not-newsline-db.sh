# A database that is not newsline's is refused (exit 4) and left untouched.
sqlite3 other.db "CREATE TABLE t(x); INSERT INTO t VALUES (1);"
printf 'Published: 2016-09-03\n\nThe talks ended on Friday in Geneva.\n' >good.txt
"$NEWSLINE" -d other.db ingest good.txt
echo "exit $?" >&2
sqlite3 other.db "SELECT name FROM sqlite_master ORDER BY name"
