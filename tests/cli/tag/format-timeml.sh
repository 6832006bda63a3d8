# --format timeml: TIMEX3 tags inside TEXT, a CREATION_TIME DCT, XML escaping.
printf 'Profits & losses: last year <big>, and 5 p.m. Friday.\n' >a.txt
"$NEWSLINE" tag --format timeml --dct 1998-08-08 a.txt
