# A failed write to stdout (full disk) is exit status 3.
"$NEWSLINE" --version >/dev/full
