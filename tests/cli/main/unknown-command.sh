"$NEWSLINE" frobnicate
