# --help: full usage on stdout.
"$NEWSLINE" tag --help
