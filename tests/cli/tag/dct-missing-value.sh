# --dct without its value.
"$NEWSLINE" tag --dct
