# --claims is a flag: a value is a usage error.
"$NEWSLINE" extract --claims=yes x.txt
