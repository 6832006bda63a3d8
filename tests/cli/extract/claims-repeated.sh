# --claims: a statement a page repeats (a photo caption that is also the
# lead, a summary, a meta description dumped with the text) is one claim;
# punctuation around it and what trails its full stop do not make it new.
# A short sentence said twice ("Prices rose again.") stays twice.
cat >a.txt <<'TXT'
Published: 2016-09-03

  • The two foreign ministers shook hands in Geneva on Friday.

The two foreign ministers shook hands in Geneva on Friday. | Photo: Archive

The talks ended late. Reporters asked the envoy about the deal. Prices rose again. Officials asked again. Prices rose again.

The two foreign ministers shook hands in Geneva on Friday.
TXT
"$NEWSLINE" extract --claims --format jsonl a.txt |
    sed -n 's/.*"kind":"claim".*"start":\([0-9]*\).*"action":"\([^"]*\)".*/\1 \2/p'
