# --claims --format text: who did what, when, according to whom; with
# attribution, hedging, negation and amounts.
printf '%s\n' \
    'Russia and the United States reached a deal on Friday, according to multiple media reports.' \
    'The U.S. submitted its draft of the proposal to Russia on Monday.' \
    'Lavrov said the talks will resume in Geneva.' \
    'Officials did not confirm the attack, which reportedly killed 12 people.' |
    "$NEWSLINE" extract --claims --format text --published 2016-09-03 -
