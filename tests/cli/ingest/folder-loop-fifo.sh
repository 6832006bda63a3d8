# A folder holding a FIFO (skipped, never opened: that would wait for a
# writer forever) and two symbolic links back to itself (each reported once
# as a loop, not walked 2^40 times); the article in it is stored once.
mkdir in
printf 'Published: 2016-09-03\n\nThe talks ended on Friday in Geneva.\n' >in/good.txt
mkfifo in/pipe
ln -s . in/self1
ln -s ../in in/self2
timeout 20 "$NEWSLINE" -d t.db ingest in
echo "exit $?" >&2
sqlite3 t.db "SELECT count(*) FROM document"
