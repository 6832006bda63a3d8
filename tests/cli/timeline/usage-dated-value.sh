"$NEWSLINE" timeline --dated=yes
