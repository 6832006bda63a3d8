#!/bin/sh
# Run the whole check suite: unit tests, CLI goldens, fuzz replays, lint.
# Usage: tests/run-all.sh BUILD_DIR   (build or build-san)
# Prints each failing part and a closing "N passed, N failed" line; exits 1
# when anything failed.
set -u
B=${1:-build}
export TZ=UTC LC_ALL=C
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
pass=0
fail=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

# Unit tests: each prints "name: P passed, F failed".
for t in "$B"/tests/test_*; do
    [ -x "$t" ] || continue
    name=$(basename "$t" | sed 's/^test_//')
    if "$t" "tests/unit/$name" >"$log" 2>&1; then :; else
        echo "FAIL unit $name"; sed 's/^/    /' "$log" | tail -40
    fi
    line=$(grep -E '^[a-z_]+: [0-9]+ passed, [0-9]+ failed$' "$log" | tail -1)
    if [ -n "$line" ]; then
        p=$(echo "$line" | sed -E 's/.*: ([0-9]+) passed, ([0-9]+) failed/\1/')
        f=$(echo "$line" | sed -E 's/.*: ([0-9]+) passed, ([0-9]+) failed/\2/')
        pass=$((pass + p)); fail=$((fail + f))
        echo "unit  $line"
    else
        echo "FAIL unit $name: crashed or printed no result line"; sed 's/^/    /' "$log" | tail -40
        fail=$((fail + 1))
    fi
done

# CLI goldens.
if [ -x tests/cli/run.sh ]; then
    NEWSLINE="$PWD/$B/newsline" sh tests/cli/run.sh >"$log" 2>&1
    cat "$log" | grep -v '^ok ' || true
    p=$(grep -c '^ok ' "$log"); f=$(grep -c '^FAIL ' "$log")
    echo "cli   $p passed, $f failed"
    pass=$((pass + p)); fail=$((fail + f))
fi

# Fuzz corpus replays.
for r in "$B"/tests/replay_*; do
    [ -x "$r" ] || continue
    name=$(basename "$r" | sed 's/^replay_//')
    if "$r" "tests/fuzz/corpus/$name" >"$log" 2>&1; then
        pass=$((pass + 1)); echo "fuzz  $name: $(tail -1 "$log")"
    else
        fail=$((fail + 1)); echo "FAIL fuzz $name"; tail -30 "$log" | sed 's/^/    /'
    fi
done

# Lint: the library does not print, exit or include later layers.
if sh scripts/lint >"$log" 2>&1; then
    pass=$((pass + 1)); echo "lint  ok"
else
    fail=$((fail + 1)); echo "FAIL lint"; sed 's/^/    /' "$log"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
