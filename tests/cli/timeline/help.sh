"$NEWSLINE" timeline -h
