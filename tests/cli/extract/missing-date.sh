# No date is a warning, not an error.
cp "$ROOT/tests/unit/read_text/nodate.txt" . && "$NEWSLINE" extract nodate.txt
