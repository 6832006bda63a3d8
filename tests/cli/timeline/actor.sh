# --actor: claims whose actor contains the name, any case.
. "$ROOT/tests/cli/timeline/setup.inc"
"$NEWSLINE" -d t.db timeline --actor ministers
