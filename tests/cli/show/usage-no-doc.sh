"$NEWSLINE" show
