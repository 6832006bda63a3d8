$NEWSLINE pos --model
