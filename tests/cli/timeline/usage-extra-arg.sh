"$NEWSLINE" timeline extra
