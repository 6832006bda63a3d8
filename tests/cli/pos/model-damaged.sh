cp "$ROOT/tests/fuzz/corpus/pos_model/bad-checksum.model" x.model && $NEWSLINE pos --model x.model "$ROOT/tests/cli/pos/sample.conllu"
