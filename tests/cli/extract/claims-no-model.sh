# Without data/pos.model next to the binary (a fresh install without its
# data): a warning, and claims are dated sentences without action.
cp "$NEWSLINE" ./nl
printf 'The ministers met on Monday in Geneva.\n' |
    NEWSLINE_DATA= ./nl extract --claims --published 2016-09-03 - | grep -v '"body"'
