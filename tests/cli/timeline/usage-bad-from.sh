"$NEWSLINE" timeline --from yesterday
