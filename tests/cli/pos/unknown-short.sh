$NEWSLINE pos -x f.conllu
