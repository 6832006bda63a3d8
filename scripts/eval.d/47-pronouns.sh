#!/bin/sh
# Pronoun actors on MEANTIME (issue 5): when a claim's actor is a pronoun
# ("it", "he", "she", "they") and newsline resolved it to an antecedent
# (actor_pronoun set, antecedent_start/end its span), is that antecedent a
# mention of the pronoun's entity? Not pass/fail. Run by scripts/eval with
# NEWSLINE and SHARED set. KEEP=DIR keeps DIR/pronouns.tsv (doc, pronoun,
# antecedent, verdict).
#
# Gold: the CAT XML of intra_cross-doc_annotation/: ENTITY_MENTIONs (token
# anchors) and REFERS_TO links from mentions to their entity. Texts are
# rendered by meantime_score.py's own render() (the --dump-text rules), so
# byte offsets agree with what newsline read.
#
# The pronoun of a claim is the last word equal to actor_pronoun before its
# trigger on the same line. Verdicts, for resolved pronouns that are a gold
# entity mention with an entity:
#   right     a gold mention overlapping the antecedent span refers to the
#             pronoun's entity;
#   wrong     otherwise (also when no gold mention overlaps the antecedent:
#             MEANTIME marks entities only in the sentences it annotates,
#             and an antecedent there is always marked).
# Left alone: pronoun actors newsline did not resolve, counted when the
# gold gives the pronoun an entity mentioned before it (so a resolver
# could have found one).
set -u
SHARED=${SHARED:-../shared}
NEWSLINE=${NEWSLINE:-./newsline}
mt=$SHARED/data/meantime
tool=$SHARED/tools/meantime_score.py
echo "== meantime: pronoun actors resolved to an antecedent"
if [ ! -d "$mt/intra_cross-doc_annotation" ] || [ ! -f "$tool" ]; then
    echo "pronouns: $mt/intra_cross-doc_annotation or $tool not found; skipped"
    exit 0
fi
tmp=${KEEP:-$(mktemp -d)}
mkdir -p "$tmp"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$tmp"' EXIT
python3 "$tool" -q --dump-text "$tmp/txt" "$mt" >/dev/null 2>&1 || exit 1
for f in "$tmp"/txt/*.txt; do
    id=${f%.txt}
    "$NEWSLINE" -q extract --claims --published "$(cat "$id.dct")" "$f" || exit 1
done >"$tmp/pred.jsonl"
python3 - "$tool" "$mt/intra_cross-doc_annotation" "$tmp/txt" "$tmp/pred.jsonl" \
    "$tmp/pronouns.tsv" <<'PY'
import json, os, re, sys
import xml.etree.ElementTree as ET
tool, gold_dir, txt_dir, pred_path, out_path = sys.argv[1:6]
sys.path.insert(0, os.path.dirname(os.path.abspath(tool)))
import meantime_score as ms

topic = {}
gold = {}  # doc -> (mentions [(start, end, entity)], text bytes)
for d in sorted(os.listdir(gold_dir)):
    for f in sorted(os.listdir(os.path.join(gold_dir, d))):
        if not f.endswith(".xml"):
            continue
        root = ET.parse(os.path.join(gold_dir, d, f)).getroot()
        doc = root.get("doc_id")
        topic[doc] = d.replace("corpus_", "")
        toks = [(t.get("t_id"), int(t.get("sentence")), t.text or "")
                for t in root.iter("token")]
        text, spans, _ = ms.render(toks)
        # character offsets -> byte offsets
        byte_at = [0] * (len(text) + 1)
        for i, ch in enumerate(text):
            byte_at[i + 1] = byte_at[i] + len(ch.encode("utf-8"))
        ent_of = {}
        for r in root.iter("REFERS_TO"):
            tgt = r.find("target")
            if tgt is None:
                continue
            for s in r.findall("source"):
                ent_of[s.get("m_id")] = tgt.get("m_id")
        ms_ = []
        for m in root.iter("ENTITY_MENTION"):
            ids = [a.get("t_id") for a in m.findall("token_anchor") if a.get("t_id") in spans]
            if not ids or m.get("m_id") not in ent_of:
                continue
            b = min(spans[i][0] for i in ids)
            e = max(spans[i][1] for i in ids)
            ms_.append((byte_at[b], byte_at[e], ent_of[m.get("m_id")]))
        gold[doc] = ms_

prons = ("it", "he", "she", "they")
counts = {}
rows = []
for line in open(pred_path, encoding="utf-8"):
    c = json.loads(line)
    if c.get("kind") != "claim" or c["doc"] not in gold:
        continue
    pron = c.get("actor_pronoun")
    word = (pron or c.get("actor") or "").strip()
    if word.lower() not in prons:
        continue
    with open(os.path.join(txt_dir, c["doc"] + ".txt"), "rb") as f:
        text = f.read()
    line_start = text.rfind(b"\n", 0, c["start"]) + 1
    seg = text[line_start:c["start"]].decode("utf-8", "replace")
    hits = [m.start() for m in re.finditer(r"\b%s\b" % re.escape(word), seg, re.I)]
    if not hits:
        continue
    pb = line_start + len(seg[:hits[-1]].encode("utf-8"))
    pe = pb + len(word.encode("utf-8"))
    ents = [m[2] for m in gold[c["doc"]] if m[0] <= pb and pe <= m[1] and m[1] - m[0] <= pe - pb + 2]
    if not ents:
        continue
    t = topic[c["doc"]]
    k = counts.setdefault(t, [0, 0, 0])
    if pron is None:
        earlier = any(m[2] in ents and m[1] <= pb for m in gold[c["doc"]])
        k[2] += earlier
        if earlier:
            rows.append((c["doc"], word, "", "left alone"))
        continue
    ab, ae = c["antecedent_start"], c["antecedent_end"]
    ok = any(m[2] in ents and m[0] < ae and ab < m[1] for m in gold[c["doc"]])
    k[0] += 1
    k[1] += ok
    rows.append((c["doc"], pron, c.get("actor") or "", "right" if ok else "wrong"))

tot = [0, 0, 0]
for t in sorted(counts):
    n, ok, left = counts[t]
    tot = [tot[0] + n, tot[1] + ok, tot[2] + left]
    print("%-7s resolved %3d  right %3d  accuracy %s  left alone %d"
          % (t, n, ok, "%.3f" % (ok / n) if n else "-", left))
n, ok, left = tot
print("all     resolved %3d  right %3d  accuracy %s  left alone %d"
      % (n, ok, "%.3f" % (ok / n) if n else "-", left))
with open(out_path, "w", encoding="utf-8") as f:
    for r in rows:
        f.write("\t".join(r) + "\n")
PY
