$NEWSLINE pos --help
