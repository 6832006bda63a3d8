mkdir d && printf junk >d/pos.model && NEWSLINE_DATA=d $NEWSLINE pos "$ROOT/tests/cli/pos/sample.conllu"
