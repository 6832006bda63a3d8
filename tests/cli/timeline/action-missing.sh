# --action without its value.
"$NEWSLINE" timeline --action
