# Options may follow the file names, as in every other command.
printf 'Title: Deal\nPublished: 2016-09-03\n\nThe sides reached a deal on Friday.\n' >a.txt
"$NEWSLINE" extract a.txt --format text --outlet Wire
