"$NEWSLINE" show a b
