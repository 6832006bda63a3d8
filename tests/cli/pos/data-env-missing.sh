NEWSLINE_DATA=$PWD/nothing-here $NEWSLINE pos "$ROOT/tests/cli/pos/no-final-blank.conllu"
