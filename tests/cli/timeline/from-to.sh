. "$ROOT/tests/cli/timeline/setup.inc"
"$NEWSLINE" -d t.db timeline --from 2016-09-03 --to 2016-09-09
echo --
"$NEWSLINE" -d t.db timeline --from 2016-07 --to 2016-07
echo --
"$NEWSLINE" -d t.db timeline --to 2016
