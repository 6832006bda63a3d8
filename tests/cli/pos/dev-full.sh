$NEWSLINE pos "$ROOT/tests/cli/pos/sample.conllu" >/dev/full
