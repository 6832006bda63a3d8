cp "$ROOT/tests/cli/pos/sample.conllu" s.conllu && $NEWSLINE pos --model s.conllu s.conllu
