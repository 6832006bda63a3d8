# Bad inputs: one line each naming the file; the good file is still stored; exit 3.
: >empty.txt
printf 'PK\003\004\000\000\001\002binary\000\000\377' >binary.bin
printf 'Published: 2016-09-03\n\nCaf\351 talks ended on Friday.\n' >latin1.txt
printf 'Published: 2016-09-03\n\nThe talks ended on Friday in Geneva.\n' >good.txt
"$NEWSLINE" -d t.db ingest empty.txt binary.bin latin1.txt missing.txt good.txt
echo "exit $?" >&2
sqlite3 t.db "SELECT name FROM document"
