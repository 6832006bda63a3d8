"$NEWSLINE" timeline --format xml
