# Allocation failures at every point of an ingest leave a consistent store:
# each document is there with all its rows or not at all, and no run crashes.
printf 'Published: 2016-09-03\n\nThe talks ended on Friday in Geneva. Both sides met again on Monday.\n' >a.txt
printf 'Published: 2016-09-10\n\nThe ministers signed the deal in July, officials said.\n' >b.txt
"$NEWSLINE" -q -d ref.db ingest a.txt b.txt || exit 1
ref=$(sqlite3 ref.db "SELECT name, (SELECT count(*) FROM claim c WHERE c.document_id = d.id),
                      (SELECT count(*) FROM timex t WHERE t.document_id = d.id) FROM document d ORDER BY name")
n=1
while [ $n -le 300 ]; do
    rm -f t.db t.db-wal t.db-shm
    NEWSLINE_FAIL_ALLOC=$n "$NEWSLINE" -q -d t.db ingest a.txt b.txt >/dev/null 2>err
    rc=$?
    case $rc in 0|3|4|6) ;; *) echo "N=$n: exit $rc"; cat err; exit 1 ;; esac
    if grep -q 'Sanitizer\|BUG' err; then echo "N=$n: crash"; cat err; exit 1; fi
    if [ -f t.db ]; then
        got=$(sqlite3 t.db "SELECT name, (SELECT count(*) FROM claim c WHERE c.document_id = d.id),
                            (SELECT count(*) FROM timex t WHERE t.document_id = d.id) FROM document d ORDER BY name" 2>/dev/null)
        for row in $got; do
            echo "$ref" | grep -qx "$row" || { echo "N=$n: half-written document: $row"; exit 1; }
        done
        [ "$(sqlite3 t.db 'PRAGMA foreign_key_check' 2>/dev/null)" = "" ] || { echo "N=$n: foreign keys broken"; exit 1; }
    fi
    [ $rc = 0 ] && break
    n=$((n + 1))
done
[ $n -gt 1 ] || { echo "no allocation failure was injected"; exit 1; }
echo "consistent after every injected failure"
