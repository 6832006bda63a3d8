# --format with an unknown value.
"$NEWSLINE" tag --format xml x.txt
