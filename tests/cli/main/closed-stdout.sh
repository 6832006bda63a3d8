# stdout closed by the caller (>&-): a command that prints nothing keeps its
# own status (2 for a usage error, not 3, and one message only); one that
# prints data fails with status 3.
printf 'The talks ended on Friday.\n' >a.txt
"$NEWSLINE" tag --format bogus a.txt >&-
echo "exit $?" >&2
"$NEWSLINE" tag --dct 2016-09-03 a.txt >&-
echo "exit $?" >&2
