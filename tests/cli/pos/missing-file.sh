$NEWSLINE pos nosuch.conllu
