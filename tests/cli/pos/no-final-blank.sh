$NEWSLINE pos "$ROOT/tests/cli/pos/no-final-blank.conllu"
