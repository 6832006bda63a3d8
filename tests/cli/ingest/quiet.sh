# -q: no summary, no warnings; errors still shown.
printf 'The talks ended on Friday in Geneva.\n' >nodate.txt
"$NEWSLINE" -q -d t.db ingest nodate.txt missing.txt
