$NEWSLINE pos --help=yes
