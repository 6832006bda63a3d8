"$NEWSLINE" -d missing.db timeline
