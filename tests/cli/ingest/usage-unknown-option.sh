"$NEWSLINE" ingest --frobnicate x.txt
