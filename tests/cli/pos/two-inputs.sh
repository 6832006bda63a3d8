$NEWSLINE pos a.conllu b.conllu
