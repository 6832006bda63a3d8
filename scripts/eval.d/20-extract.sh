#!/bin/sh
# Article reading figures (issue 4): body F1 on the article-extraction pages
# and publication-date accuracy on the pubdate pages, both from
# `newsline extract` output, scored by the shared scorers. Not pass/fail.
#
# The pubdate run gives newsline the HTML only, as htmldate's published
# evaluation does: the URL column of pages.tsv is not passed. A date in a
# URL the page itself states (canonical link, og:url) is used, as the last
# signal.
#
# Peers: when Readability.js / metascraper from $SHARED/tools/peers are
# installed under $PEERS (default /tmp/peers), their figures are printed
# too; their outputs are cached in $PEERS/out-eval so later runs stay fast.
set -u
SHARED=${SHARED:-../shared}
NEWSLINE=${NEWSLINE:-./newsline}
PEERS=${PEERS:-/tmp/peers}
ae=$SHARED/data/article-extraction
pd=$SHARED/data/pubdate
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "== extract: article reading"
if [ -d "$ae/html" ]; then
    start=$(date +%s.%N)
    "$NEWSLINE" -q extract "$ae/html" >"$tmp/ae.jsonl" 2>"$tmp/ae.err"
    end=$(date +%s.%N)
    mkdir -p "$tmp/ae"
    python3 - "$tmp/ae.jsonl" "$tmp/ae" <<'PY'
import json, os, sys
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    with open(os.path.join(sys.argv[2], d["doc"] + ".txt"), "w", encoding="utf-8") as f:
        f.write(d["body"] or "")
PY
    f1=$(python3 "$SHARED/tools/extract_score.py" "$ae/ground-truth.json" "$tmp/ae" --no-pages | tail -1)
    printf '%-44s %s  (%s s)\n' "body newsline (120 pages)" "$f1" \
        "$(echo "$end - $start" | bc | sed 's/^\./0./' | cut -c1-5)"
    echo "body references: trafilatura 2.0.0 F1=0.958, Readability.js 0.6.0 F1=0.944 (published outputs)"
else
    echo "body: $ae not found; skipped"
fi

if [ -d "$pd/html" ]; then
    "$NEWSLINE" -q extract "$pd/html" >"$tmp/pd.jsonl" 2>"$tmp/pd.err"
    python3 - "$tmp/pd.jsonl" "$pd/expected.tsv" >"$tmp/pd.tsv" <<'PY'
import json, os, sys
got = {}
for line in open(sys.argv[1], encoding="utf-8", errors="surrogateescape"):
    d = json.loads(line)
    got[os.path.basename(d["path"])] = (d["published"] or "")[:10]
for line in open(sys.argv[2], encoding="utf-8"):
    name = line.rstrip("\n").split("\t")[0]
    print(name + "\t" + got.get(name, ""))
PY
    acc=$(python3 "$SHARED/tools/pubdate_score.py" "$pd/expected.tsv" "$tmp/pd.tsv" | tail -1)
    cov=$(python3 "$SHARED/tools/pubdate_score.py" "$pd/expected.tsv" "$tmp/pd.tsv" | grep -i coverage | head -1)
    en=$(python3 "$SHARED/tools/pubdate_score.py" --meta "$pd/pages.tsv" --lang en "$pd/expected.tsv" "$tmp/pd.tsv" | tail -1)
    de=$(python3 "$SHARED/tools/pubdate_score.py" --meta "$pd/pages.tsv" --lang de "$pd/expected.tsv" "$tmp/pd.tsv" | tail -1)
    printf '%-44s %s\n' "pubdate newsline (662 pages, HTML only)" "$acc"
    printf '%-44s %s\n' "  english / german pages" "$en / $de"
    [ -n "$cov" ] && printf '%-44s %s\n' "  " "$cov"
    echo "pubdate references: htmldate 1.10 extensive 0.903 (whole set), metascraper 0.612, Readability.js 0.544"
else
    echo "pubdate: $pd not found; skipped"
fi

# Peers, when installed.
out=$PEERS/out-eval
if [ -d "$PEERS/readability/node_modules" ] && [ -d "$ae/html" ]; then
    if [ ! -f "$out/readability-ae/timing.log" ]; then
        mkdir -p "$out"
        node "$PEERS/readability/run.js" "$ae/html" "$out/readability-ae" >/dev/null 2>&1
    fi
    printf '%-44s %s\n' "body Readability.js (this machine)" \
        "$(python3 "$SHARED/tools/extract_score.py" "$ae/ground-truth.json" "$out/readability-ae" --no-pages | tail -1)"
else
    echo "peers: Readability.js not installed in $PEERS (copy $SHARED/tools/peers there and run its install.sh); skipped"
fi
if [ -d "$PEERS/metascraper/node_modules" ] && [ -d "$pd/html" ]; then
    if [ ! -f "$out/metascraper-pd/dates.tsv" ]; then
        mkdir -p "$out"
        node "$PEERS/metascraper/run.js" "$pd/html" "$out/metascraper-pd" >/dev/null 2>&1
    fi
    printf '%-44s %s\n' "pubdate metascraper (this machine)" \
        "$(python3 "$SHARED/tools/pubdate_score.py" "$pd/expected.tsv" "$out/metascraper-pd/dates.tsv" | tail -1)"
else
    echo "peers: metascraper not installed in $PEERS; skipped"
fi
