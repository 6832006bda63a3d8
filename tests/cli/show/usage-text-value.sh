"$NEWSLINE" show --text=1 a
