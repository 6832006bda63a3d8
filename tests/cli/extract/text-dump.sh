# A text dump of a page: headline, byline date, body exactly as given.
cp "$ROOT/tests/unit/read_text/dump.txt" . && "$NEWSLINE" extract dump.txt
