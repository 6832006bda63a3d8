# No --dct: the sibling DOC.dct file gives the DCT (date-time form, date part used).
printf 'The council met on Friday and will meet again next week.\n' >doc.txt
printf '1998-03-01T14:11\n' >doc.dct
"$NEWSLINE" tag doc.txt doc.dct
