# --pos: POS tags first; the past tense of the clause keeps January in the past (without
# --pos the month window alone would say next January), "will" sends a far weekday forward.
printf 'In January, the company brought in a new chief executive.\nSaddam said he will begin withdrawing troops from Iranian territory on Friday.\n' >p.txt
"$NEWSLINE" tag --pos --dct 1989-10-25 p.txt
"$NEWSLINE" tag --dct 1989-10-25 p.txt
