# misuse: --title without its value.
"$NEWSLINE" extract --title
