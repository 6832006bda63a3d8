# Invalid UTF-8 in text is an error naming the offset.
printf "caf\351 au lait\n" >bad.txt && "$NEWSLINE" extract bad.txt
