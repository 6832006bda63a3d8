# --outlet names the outlet.
cp "$ROOT/tests/unit/read_text/nodate.txt" . && "$NEWSLINE" -q extract --outlet "Example Times" nodate.txt
