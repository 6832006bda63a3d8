# Ingesting corpus/ twice leaves the same row counts.
counts() {
    sqlite3 t.db "SELECT (SELECT count(*) FROM document), (SELECT count(*) FROM sentence),
                         (SELECT count(*) FROM timex), (SELECT count(*) FROM claim),
                         (SELECT count(*) FROM outlet)"
}
"$NEWSLINE" -q -d t.db ingest "$ROOT/corpus" || exit 1
a=$(counts)
"$NEWSLINE" -d t.db ingest "$ROOT/corpus" 2>err || exit 1
b=$(counts)
[ "$a" = "$b" ] || { echo "counts changed: $a -> $b"; exit 1; }
echo "documents|sentences|timexes|claims|outlets stable"
sed 's/[0-9][0-9]* timexes, [0-9]* claims/N timexes, N claims/' err
