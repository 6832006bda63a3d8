$NEWSLINE pos --model "$ROOT/data/pos.model" "$ROOT/tests/cli/pos/no-final-blank.conllu"
