$NEWSLINE pos --model nosuch.model "$ROOT/tests/cli/pos/sample.conllu"
