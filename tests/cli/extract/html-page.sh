# An HTML page: JSON-LD date beats the meta tag; navigation and footer left out.
cp "$ROOT/tests/unit/read_html/jsonld.html" . && "$NEWSLINE" extract jsonld.html
