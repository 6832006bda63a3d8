# Options may follow the file names, as in every other command.
printf 'The sides reached a deal on Friday.\n' >a.txt
"$NEWSLINE" tag a.txt --dct 2016-09-03
