# What qualifies a claim: a resolved pronoun actor ("airline (it)"), "not",
# and in brackets the modality, the source and an amount the object does not
# show; json and csv carry every field (kind, actor_pronoun, attribution,
# modality, polarity, quantity).
printf 'Title: Qualifiers\nOutlet: Gamma\nPublished: 2016-09-03\n\n%s\n%s\n%s\n%s\n' \
    'The airline said on Friday that it would cancel the order.' \
    'The army did not attack the town on Monday.' \
    'The minister reportedly resigned on Thursday.' \
    'Prices increased by more than 10 percent in August, according to the ministry.' >q.txt
"$NEWSLINE" -q -d t.db ingest q.txt
"$NEWSLINE" -d t.db timeline --dated
"$NEWSLINE" -d t.db timeline --dated --format md
"$NEWSLINE" -d t.db timeline --dated --format csv
"$NEWSLINE" -d t.db timeline --dated --format json
