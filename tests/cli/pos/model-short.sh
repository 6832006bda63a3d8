$NEWSLINE pos -m "$ROOT/data/pos.model" "$ROOT/tests/cli/pos/no-final-blank.conllu"
