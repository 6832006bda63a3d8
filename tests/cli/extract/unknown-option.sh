# misuse: an unknown option.
"$NEWSLINE" extract --frobnicate x.txt
