"$NEWSLINE" -d t.db ingest
