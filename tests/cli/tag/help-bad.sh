# An unknown option.
"$NEWSLINE" tag --frobnicate x.txt
