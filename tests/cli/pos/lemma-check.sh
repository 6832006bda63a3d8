$NEWSLINE pos "$ROOT/tests/cli/pos/lemma-check.conllu"
