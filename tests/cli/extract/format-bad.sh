# misuse: an unknown format.
"$NEWSLINE" extract --format xml x.txt
