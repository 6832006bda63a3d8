# No input files: usage error.
"$NEWSLINE" tag --dct 2016-09-03
