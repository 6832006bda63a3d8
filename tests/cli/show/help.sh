"$NEWSLINE" show --help
