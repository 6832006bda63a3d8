"$NEWSLINE" timeline --match
