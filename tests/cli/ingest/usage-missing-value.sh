"$NEWSLINE" ingest x.txt --outlet
