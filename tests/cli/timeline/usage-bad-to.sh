"$NEWSLINE" timeline --to 2016-02-30
