# A missing file is reported (exit 3); the other file is still tagged.
printf 'Sales rose in 1998.\n' >ok.txt
"$NEWSLINE" tag --dct 2016-09-03 missing.txt ok.txt
