# --format json prints one array.
cp "$ROOT/tests/unit/read_text/headers.txt" "$ROOT/tests/unit/read_text/german.txt" . && "$NEWSLINE" extract --format json headers.txt german.txt
