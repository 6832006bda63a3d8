# A failed write to stdout is exit status 3.
printf 'Sales rose in 1998.\n' >ok.txt
"$NEWSLINE" tag --dct 2016-09-03 ok.txt >/dev/full
