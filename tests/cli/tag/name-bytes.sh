# A file name that is not UTF-8 and holds terminal controls: the message
# stays valid UTF-8 (é kept, the Latin-1 byte, ESC and the C1 control NEL
# written as \xNN) and the option value is quoted the same way.
"$NEWSLINE" tag "$(printf 'bad\377\033[31m\303\251\302\205.txt')"
echo "status $?"
"$NEWSLINE" tag --format "$(printf 'a\nb')" x.txt 2>&1 | head -1
