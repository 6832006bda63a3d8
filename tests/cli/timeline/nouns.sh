# By default claims triggered by verbs; --nouns adds those of event nouns.
printf 'Published: 2016-09-03\n\nRussia and the United States reached a deal on Friday after weeks of talks.\n' >a.txt
"$NEWSLINE" -q -d t.db ingest a.txt
"$NEWSLINE" -d t.db timeline
echo --
"$NEWSLINE" -d t.db timeline --nouns
