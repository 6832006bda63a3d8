# NEWSLINE_DB is used when -d is not given; -d beats it.
. "$ROOT/tests/cli/timeline/setup.inc"
NEWSLINE_DB=t.db "$NEWSLINE" timeline --outlet alpha --dated
NEWSLINE_DB=missing.db "$NEWSLINE" -d t.db timeline --outlet alpha --dated
