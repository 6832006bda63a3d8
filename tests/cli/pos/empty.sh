: >e.conllu && $NEWSLINE pos e.conllu
