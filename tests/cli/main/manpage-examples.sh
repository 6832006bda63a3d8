# The EXAMPLES of the man page run, from a folder that has corpus/.
ln -s "$ROOT/corpus" corpus
sed -n '/^\.SH EXAMPLES/,/^\.SH SEE ALSO/p' "$ROOT/doc/newsline.1" |
    grep '^newsline ' | sed "s|^newsline |\"\$NEWSLINE\" -q |" >examples.sh
[ -s examples.sh ] || { echo "no examples found"; exit 1; }
status=0
while read -r line; do
    eval "$line" >/dev/null || { echo "failed: $line"; status=1; }
done <examples.sh
exit $status
