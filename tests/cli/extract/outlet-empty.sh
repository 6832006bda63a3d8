# misuse: an empty outlet.
"$NEWSLINE" extract --outlet "" x.txt
