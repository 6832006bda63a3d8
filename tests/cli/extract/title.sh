# --title overrides the headline found in the text.
cp "$ROOT/tests/unit/read_text/dump.txt" . && "$NEWSLINE" extract --title "My title" dump.txt
