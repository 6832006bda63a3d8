# --actor needs a non-empty value.
"$NEWSLINE" -d t.db timeline --actor ''
