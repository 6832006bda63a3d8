"$NEWSLINE" timeline --outlet
