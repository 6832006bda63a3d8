# --action: claims whose action is this lemma; combines with --actor.
. "$ROOT/tests/cli/timeline/setup.inc"
"$NEWSLINE" -d t.db timeline --action SIGN --format csv
echo --
"$NEWSLINE" -d t.db timeline --action sign --actor nobody
