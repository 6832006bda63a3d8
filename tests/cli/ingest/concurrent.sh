# Two ingest runs of the same folder into the same new database at once:
# both succeed (WAL, busy timeout; the schema is created once even when both
# find the database empty), no document is stored twice. Ten rounds, since
# the race between opening and migrating is not hit every time.
mkdir in
for i in 1 2 3; do
    printf 'Published: 2016-09-0%s\n\nTalks number %s ended on Friday in Geneva.\n' $i $i >in/a$i.txt
done
for round in 1 2 3 4 5 6 7 8 9 10; do
    rm -f t.db t.db-wal t.db-shm
    "$NEWSLINE" -q -d t.db ingest in & a=$!
    "$NEWSLINE" -q -d t.db ingest in & b=$!
    wait $a; sa=$?; wait $b; sb=$?
    echo "round $round: exit $sa $sb, $(sqlite3 t.db 'SELECT count(*), count(DISTINCT content_hash) FROM document; SELECT count(*) FROM newsline_schema' | tr '\n' ' ')"
done
