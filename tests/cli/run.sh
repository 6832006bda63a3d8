#!/bin/sh
# CLI golden tests. Each case is tests/cli/<command>/<case>.sh, run by sh in
# its own empty scratch directory with:
#   NEWSLINE  the binary under test      ROOT  the repository's top folder
#   NEWSLINE_DB unset (cases pass -d or use the default newsline.db there)
# and compared with, when present beside it:
#   <case>.stdout   exact expected stdout     <case>.stderr  exact expected stderr
#   <case>.exit     expected exit status (default 0)
# Usage: run.sh [--update] [CASE...]    --update rewrites the goldens from what ran.
# Prints "ok <case>" or "FAIL <case>" with a diff, one line each.
set -u
update=0
if [ "${1:-}" = "--update" ]; then update=1; shift; fi
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
NEWSLINE=${NEWSLINE:-$ROOT/newsline}
export ROOT NEWSLINE TZ=UTC LC_ALL=C
unset NEWSLINE_DB
scratch_root=$(mktemp -d)
trap 'rm -rf "$scratch_root"' EXIT
if [ $# -gt 0 ]; then cases="$*"; else cases=$(find "$ROOT/tests/cli" -mindepth 2 -name '*.sh' | sort); fi
for c in $cases; do
    case "$c" in /*) ;; *) c="$ROOT/$c" ;; esac
    name=${c#"$ROOT/tests/cli/"}; name=${name%.sh}
    base=${c%.sh}
    dir="$scratch_root/$(echo "$name" | tr / _)"
    mkdir -p "$dir"
    (cd "$dir" && sh "$c" >"$dir/.out" 2>"$dir/.err" </dev/null); code=$?
    if [ $update = 1 ]; then
        cp "$dir/.out" "$base.stdout"; cp "$dir/.err" "$base.stderr"
        if [ "$code" != 0 ]; then echo "$code" >"$base.exit"; else rm -f "$base.exit"; fi
        [ -s "$base.stdout" ] || rm -f "$base.stdout"
        [ -s "$base.stderr" ] || rm -f "$base.stderr"
        echo "ok $name (updated)"
        continue
    fi
    want=0; [ -f "$base.exit" ] && want=$(cat "$base.exit")
    bad=""
    [ "$code" = "$want" ] || bad="exit $code, want $want"
    if [ -f "$base.stdout" ]; then
        cmp -s "$dir/.out" "$base.stdout" || bad="$bad stdout differs"
    elif [ -s "$dir/.out" ]; then bad="$bad unexpected stdout"; fi
    if [ -f "$base.stderr" ]; then
        cmp -s "$dir/.err" "$base.stderr" || bad="$bad stderr differs"
    elif [ -s "$dir/.err" ]; then bad="$bad unexpected stderr"; fi
    if [ -z "$bad" ]; then
        echo "ok $name"
    else
        echo "FAIL $name: $bad"
        [ -f "$base.stdout" ] && diff "$base.stdout" "$dir/.out" | head -20 | sed 's/^/    /'
        [ -f "$base.stderr" ] && diff "$base.stderr" "$dir/.err" | head -10 | sed 's/^/    /'
        [ -f "$base.stderr" ] || head -5 "$dir/.err" | sed 's/^/    stderr: /'
    fi
done
