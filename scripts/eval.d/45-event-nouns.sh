#!/bin/sh
# Event nouns (claims.c with data/lexicon.tsv, issue 5), per MEANTIME topic
# and on other news. Not pass/fail. Run by scripts/eval with NEWSLINE and
# SHARED set; KEEP=DIR keeps the predictions there.
#
# MEANTIME (annotated part: the first 7 lines, against intra-doc_annotation/,
# as in 40-meantime.sh), one row per topic: mention P/R/F1 of all claims,
# then the noun-triggered claims: how many, the share that are gold event
# mentions (nounP), and the share of gold NOUN event mentions that a noun
# claim finds (nounR). The event-noun threshold was tuned on airbus and
# apple; gm is held out (and the stock topic is not in this copy).
#
# TempEval-3 train (TimeBank + AQUAINT, newswire of 1989-2000, TimeML
# conventions): noun claims against the gold EVENTs whose instance has
# pos="NOUN" (P counts a noun claim that overlaps any gold EVENT).
set -u
SHARED=${SHARED:-../shared}
NEWSLINE=${NEWSLINE:-./newsline}
mt=$SHARED/data/meantime
te3=$SHARED/data/tempeval3/train
tools=$SHARED/tools
echo "== event nouns: MEANTIME per topic, TempEval-3 nouns"
if [ ! -d "$mt" ] || [ ! -f "$tools/meantime_score.py" ]; then
    echo "event nouns: $mt or $tools/meantime_score.py not found; skipped"
    exit 0
fi
work=${KEEP:-$(mktemp -d)}
mkdir -p "$work"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
python3 "$tools/meantime_score.py" -q --dump-text "$work/mt" "$mt" >/dev/null 2>&1 || exit 1
for f in "$work"/mt/*.txt; do
    "$NEWSLINE" -q extract --claims --published "$(cat "${f%.txt}.dct")" "$f" || exit 1
done >"$work/mt.jsonl"
if [ -d "$te3" ] && [ -f "$tools/timex_score.py" ]; then
    for c in TimeBank AQUAINT; do
        python3 "$tools/timex_score.py" --dump-text "$te3/$c" "$work/te3" >/dev/null 2>&1 || exit 1
    done
    for f in "$work"/te3/*.txt; do
        "$NEWSLINE" -q extract --claims --published "$(cat "${f%.txt}.dct")" "$f" || exit 1
    done >"$work/te3.jsonl"
fi
python3 - "$tools" "$mt/intra-doc_annotation" "$work/mt" "$work/mt.jsonl" "$te3" "$work/te3.jsonl" <<'PY'
import collections, html, json, os, re, sys
import xml.etree.ElementTree as ET
tools, gold_dir, txtdir, predf, te3, te3pred = sys.argv[1:7]
sys.path.insert(0, tools)
import meantime_score as ms

def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0

def quiet(msg):
    pass

# --- MEANTIME, annotated part
gold, _, _ = ms.load_gold(gold_dir, quiet)
cut, lines, trig = {}, [], {}
for line in open(predf, encoding="utf-8"):
    d = json.loads(line)
    if d.get("kind") == "claim":
        if d["doc"] not in cut:
            with open(os.path.join(txtdir, d["doc"] + ".txt"), "rb") as fh:
                cut[d["doc"]] = sum(len(l) + 1 for l in fh.read().split(b"\n")[:7])
        if d["start"] >= cut[d["doc"]]:
            continue
        trig[(d["doc"], d["start"])] = d.get("trigger")
    lines.append(line)
ann = predf + ".annotated"
with open(ann, "w", encoding="utf-8") as fh:
    fh.writelines(lines)
preds, _ = ms.load_predictions(ann, gold, quiet)
T = collections.defaultdict(collections.Counter)
for doc, g in gold.items():
    topic = os.path.basename(os.path.dirname(g.path)).replace("corpus_", "")
    pos = dict((m.get("m_id"), m.get("pos")) for m in ET.parse(g.path).getroot().iter("EVENT_MENTION"))
    claims = preds[doc]["claim"]
    pairs = ms.match_spans([e.span for e in g.events], [(p.s, p.e) for p in claims])
    used = set(pairs.values())
    for k in (topic, "all"):
        t = T[k]
        t["gold"] += len(g.events)
        t["pred"] += len(claims)
        t["match"] += len(pairs)
        for i, e in enumerate(g.events):
            if pos.get(e.mid) == "NOUN":
                t["gnoun"] += 1
                t["gnoun_hit"] += i in pairs and trig[(doc, claims[pairs[i]].start)] == "noun"
        for j, p in enumerate(claims):
            if trig[(doc, p.start)] == "noun":
                t["pnoun"] += 1
                t["pnoun_ok"] += j in used
print("%-8s %6s %6s %6s  %6s %6s %6s" % ("topic", "P", "R", "F1", "nouns", "nounP", "nounR"))
for k in ("airbus", "apple", "gm", "all"):
    t = T[k]
    if not t["gold"]:
        continue
    p, r = t["match"] / max(1, t["pred"]), t["match"] / t["gold"]
    print("%-8s %6.3f %6.3f %6.3f  %6d %6.3f %6.3f" % (k, p, r, f1(p, r), t["pnoun"],
          t["pnoun_ok"] / max(1, t["pnoun"]), t["gnoun_hit"] / max(1, t["gnoun"])))

# --- TempEval-3: EVENT extents in the text of <TEXT> (timex_score.py's rule)
if not os.path.isfile(te3pred):
    print("tempeval3: not found; skipped")
    sys.exit(0)
events = {}
for sub in ("TimeBank", "AQUAINT"):
    for fn in sorted(os.listdir(os.path.join(te3, sub))):
        if not fn.endswith(".tml"):
            continue
        raw = open(os.path.join(te3, sub, fn), encoding="utf-8", newline="").read()
        m = re.search(r"<TEXT[^>]*>", raw)
        body = raw[m.end():raw.index("</TEXT>", m.end())]
        pos = {}
        for mi in re.findall(r"<MAKEINSTANCE[^>]*>", raw):
            e, p = re.search(r'eventID="([^"]+)"', mi), re.search(r'pos="([^"]+)"', mi)
            if e and p:
                pos[e.group(1)] = p.group(1)
        n, evs, cur = 0, [], None
        for mm in re.finditer(r"<[^>]*>|[^<]+", body):
            s = mm.group(0)
            if s.startswith("<"):
                em = re.match(r'<EVENT\b[^>]*\beid="([^"]+)"', s)
                if em:
                    cur = (em.group(1), n)
                elif s.startswith("</EVENT") and cur:
                    evs.append((cur[1], n, pos.get(cur[0], "")))
                    cur = None
                continue
            n += len(html.unescape(s))
        events[fn[:-4]] = evs
t = collections.Counter()
for line in open(te3pred, encoding="utf-8"):
    d = json.loads(line)
    if d.get("kind") != "claim" or d.get("trigger") != "noun" or d["doc"] not in events:
        continue
    hits = [e for e in events[d["doc"]] if e[0] < d["end"] and d["start"] < e[1]]
    t["pred"] += 1
    t["ok"] += bool(hits)
    t["noun_ok"] += any(e[2] == "NOUN" for e in hits)
gnoun = sum(1 for evs in events.values() for e in evs if e[2] == "NOUN")
p, r = t["ok"] / max(1, t["pred"]), t["noun_ok"] / max(1, gnoun)
print("tempeval3 nouns: %d claims, P %.3f R %.3f F1 %.3f (%d gold noun events, %d documents)"
      % (t["pred"], p, r, f1(p, r), gnoun, len(events)))
PY
