# --claims: a quotation closed on its speaker gives them what was said in it
# in the sentences before ('"A. B," Lavrov said.'), but one that runs on for
# more claims than a quotation holds (64: a stray mark, most likely) gives
# none of them: all or nothing, never the first 64 alone.
{
    printf 'Published: 2016-09-03\n\n'
    printf '"The sides met on Monday. The talks ended late," Lavrov said.\n\n'
    printf 'Lavrov spoke in Geneva. "The sides met on Monday.\n'
    i=0
    while [ $i -lt 70 ]; do
        printf 'Group %d signed the plan.\n' $i
        i=$((i + 1))
    done
    printf 'We agreed nothing," Lavrov said on Friday.\n'
} >a.txt
"$NEWSLINE" extract --claims --format jsonl a.txt |
    sed -n 's/.*"kind":"claim".*"action":"\([^"]*\)".*"attribution":\([^,]*\),.*/\1 \2/p' | sort | uniq -c
