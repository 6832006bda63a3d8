# --actor matches a pronoun actor resolved to its antecedent ("it" -> airline),
# and the pronoun shows in the text and csv formats.
printf 'Title: Orders\nOutlet: Gamma\nPublished: 2016-09-03\n\n%s\n%s\n' \
    'The airline said on Friday that it would cancel the order.' \
    'It also said on Friday that it expected a loss.' >o.txt
"$NEWSLINE" -q -d t.db ingest o.txt
"$NEWSLINE" -d t.db timeline --actor airline
"$NEWSLINE" -d t.db timeline --actor airline --format csv | cut -d, -f10-13
