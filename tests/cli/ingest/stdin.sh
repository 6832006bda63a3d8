# '-' reads one article from standard input; options give its metadata.
printf 'The ministers met on Monday and agreed on a plan.\n' |
    "$NEWSLINE" -d t.db ingest --published 2016-09-03 --outlet Wire --url http://example.com/x --title 'Plan agreed' -
"$NEWSLINE" -d t.db timeline --format csv
