$NEWSLINE pos --frobnicate x.conllu
