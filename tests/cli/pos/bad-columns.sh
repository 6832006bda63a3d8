printf "# ok\n1\tword\t_\n" >bad.conllu && $NEWSLINE pos bad.conllu
