mkdir d && printf junk >d/lexicon.tsv && NEWSLINE_DATA=d $NEWSLINE pos "$ROOT/tests/cli/pos/lemma-check.conllu"
