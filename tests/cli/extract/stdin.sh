# "-" reads stdin.
printf "Title: From stdin\nPublished: 2016-09-03\n\nBody text.\n" | "$NEWSLINE" extract -
