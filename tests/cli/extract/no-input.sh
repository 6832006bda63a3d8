# misuse: no input files.
"$NEWSLINE" extract
