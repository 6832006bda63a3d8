"$NEWSLINE" show a -d
