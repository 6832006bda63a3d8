# misuse: --url without its value.
"$NEWSLINE" extract --url
