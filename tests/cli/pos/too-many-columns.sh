printf "1\tword\t_\t_\t_\t_\t_\t_\t_\t_\t_\n" >bad.conllu && $NEWSLINE pos bad.conllu
