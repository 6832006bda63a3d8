# Every long option in every command's option table appears in the man page.
missing=0
for f in "$ROOT"/src/cmd_*.c "$ROOT"/src/main.c; do
    for opt in $(sed -n 's/^ *{"\([a-z][a-z-]*\)", \(no\|required\|optional\)_argument.*/\1/p' "$f"); do
        pat=$(echo "$opt" | sed 's/-/\\\\-/g')
        if ! grep -q -- "\\\\-\\\\-$pat" "$ROOT/doc/newsline.1"; then
            echo "$(basename "$f"): --$opt is not in doc/newsline.1"
            missing=1
        fi
    done
done
for c in $(sed -n 's/^ *{"\([a-z]*\)", cmd_.*/\1/p' "$ROOT/src/main.c"); do
    grep -q "^\.SS newsline $c" "$ROOT/doc/newsline.1" || { echo "command $c has no section in doc/newsline.1"; missing=1; }
done
exit $missing
