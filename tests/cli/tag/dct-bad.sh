# --dct with a date that does not exist: usage error.
"$NEWSLINE" tag --dct 2016-02-30 x.txt
