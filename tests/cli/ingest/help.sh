"$NEWSLINE" ingest --help
