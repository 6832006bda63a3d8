# misuse: not a date.
"$NEWSLINE" extract --published yesterday x.txt
