"$NEWSLINE" --version
