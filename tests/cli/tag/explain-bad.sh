# --explain takes no value.
"$NEWSLINE" tag --explain=yes x.txt
