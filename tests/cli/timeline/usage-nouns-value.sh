"$NEWSLINE" timeline --nouns=yes
