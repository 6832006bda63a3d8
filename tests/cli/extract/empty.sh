# An empty file is an error (exit 3).
: >empty.txt && "$NEWSLINE" extract empty.txt
