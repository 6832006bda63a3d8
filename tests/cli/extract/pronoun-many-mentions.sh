# More candidate phrases than the resolver keeps (64): the oldest are dropped,
# and the pronoun of the last sentence still finds its antecedent ("it" ->
# "company"; it stayed "it" when dropping lost track of the sentence's start).
{
    printf 'Title: Many clauses\nPublished: 2016-09-03\n\n'
    i=0; s=''; while [ $i -lt 20 ]; do s="$s${s:+, }Firm$i bought Unit$i"; i=$((i + 1)); done; echo "$s."
    i=0; s=''; while [ $i -lt 20 ]; do s="$s${s:+, }Bank$i sold Branch$i"; i=$((i + 1)); done; echo "$s."
    echo 'The company said on Friday that it would close the plant.'
} >many.txt
"$NEWSLINE" extract --claims --format jsonl many.txt | grep '"action":"close"' |
    sed 's/.*"actor":\("[^"]*"\),"actor_pronoun":\("[^"]*"\|null\).*/actor \1 pronoun \2/'
