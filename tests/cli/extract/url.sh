# --url gives the URL, and the outlet follows from it.
cp "$ROOT/tests/unit/read_text/nodate.txt" . && "$NEWSLINE" -q extract --url https://www.example.org/a nodate.txt
