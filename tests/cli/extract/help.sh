# --help prints the usage on stdout.
"$NEWSLINE" extract --help
