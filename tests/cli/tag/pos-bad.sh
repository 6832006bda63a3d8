# --pos takes no value.
"$NEWSLINE" tag --pos=yes x.txt
