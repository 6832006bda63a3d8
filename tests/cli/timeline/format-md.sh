. "$ROOT/tests/cli/timeline/setup.inc"
"$NEWSLINE" -d t.db timeline --format md
