# --explain: rule, anchor and cue of each expression (narrative anchoring included).
printf 'The rebels struck on June 3. Two days later the army responded, and the next day talks began. They will meet on Friday. A year earlier, sales fell.\n' >n.txt
"$NEWSLINE" tag --explain --dct 2016-09-03 n.txt
