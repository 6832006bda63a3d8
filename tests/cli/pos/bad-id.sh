printf "1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n\nx1\tword\t_\t_\t_\t_\t_\t_\t_\t_\n" >bad.conllu && $NEWSLINE pos bad.conllu
