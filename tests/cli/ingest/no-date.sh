# A text without a publication date is stored with a warning; its claims are undated.
printf 'The talks ended on Friday in Geneva, officials said.\n' >nodate.txt
"$NEWSLINE" -d t.db ingest nodate.txt
"$NEWSLINE" -d t.db timeline --format csv
