# --format text prints readable blocks.
cp "$ROOT/tests/unit/read_html/boilerplate.html" "$ROOT/tests/unit/read_text/headers.txt" . && "$NEWSLINE" -q extract --format text headers.txt boilerplate.html
