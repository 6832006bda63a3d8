# --published overrides what the file says.
cp "$ROOT/tests/unit/read_text/headers.txt" . && "$NEWSLINE" extract --published 2016-09-05 headers.txt
