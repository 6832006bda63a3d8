"$NEWSLINE" -d t.db ingest --published 2016-13-01 x.txt
