# Binary data is an error naming the offset.
printf "GIF89a\001\000" >img.gif && "$NEWSLINE" extract img.gif
