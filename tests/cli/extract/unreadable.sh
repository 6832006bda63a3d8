# A missing file is reported; the other files are still read (exit 3).
cp "$ROOT/tests/unit/read_text/headers.txt" . && "$NEWSLINE" extract missing.txt headers.txt
