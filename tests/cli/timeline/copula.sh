# A copula without a predicate says nothing and is left out; with one it is
# listed ("be in talks"); --action be lists every copula.
printf 'Title: Copulas\nOutlet: Gamma\nPublished: 2016-09-03\n\n%s\n%s\n%s\n' \
    'Sales were lower in August than they had been in July.' \
    'The two firms were in talks on Friday.' \
    'The factory closed on Monday.' >c.txt
"$NEWSLINE" -q -d t.db ingest c.txt
"$NEWSLINE" -d t.db timeline --dated
echo '--action be:'
"$NEWSLINE" -d t.db timeline --dated --action be
