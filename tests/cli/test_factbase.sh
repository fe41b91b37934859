#!/usr/bin/env bash
# Fact bases for users, end to end through the CLI: validate, bring your own (--facts), merge
# (--add-facts), import a spreadsheet, and check the invented story of docs/examples against each.
#   tests/cli/test_factbase.sh build/native/factcheck
set -u
bin="$1"
examples="docs/examples"
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# verdicts NAME REPORT.json: the report's verdicts for the claims docs/examples/tram-story.expected.json lists.
verdicts() {
  if node - "$2" "$examples/tram-story.expected.json" >"$tmp/verdicts" 2>&1 <<'JS'
const fs = require('fs');
const [report, expected] = process.argv.slice(2).map((f) => JSON.parse(fs.readFileSync(f, 'utf8')));
const wrong = expected.filter((want) => {
  const got = report.claims.find((c) => c.text === want.text);
  if (!got || got.verdict !== want.verdict) {
    console.log(`"${want.text}": expected ${want.verdict}, got ${got ? got.verdict : 'no claim'}`);
    return true;
  }
  return false;
});
const spurious = report.claims.filter((c) => c.verdict !== 'unverified' && !expected.some((w) => w.text === c.text));
for (const c of spurious) console.log(`unlabelled claim "${c.text}": ${c.verdict}`);
process.exit(wrong.length + spurious.length ? 1 : 0);
JS
  then ok; else
    fail "$1: verdicts differ from tram-story.expected.json"
    sed 's/^/  | /' "$tmp/verdicts"
  fi
}

# --- validate ---------------------------------------------------------------------------------------
expect "validate the hand-written story" 0 "$bin" validate "$examples/tram-story.json"
contains "validate prints ok with the checksum" "$tmp/out" "$examples/tram-story.json: ok, Velmora Harbour Line"
contains "validate prints ok with the checksum" "$tmp/out" ", 10 facts, sha256:"
expect "validate the broken sample" 2 "$bin" validate "$examples/broken.json"
# Every line is "FILE: [factbase.CODE] /pointer: message".
if grep -qvE '^docs/examples/broken.json: \[factbase\.[a-z_]+\] /[^ ]*: .+' "$tmp/out"; then
  fail "validate lines have the form FILE: [factbase.CODE] /pointer: message"
else ok; fi
codes=$(grep -oE '\[factbase\.[a-z_]+\]' "$tmp/out" | sort -u | wc -l)
if [[ $codes -ge 15 ]]; then ok; else fail "broken.json shows at least 15 distinct codes, got $codes"; fi
contains "a bad currency, with its pointer" "$tmp/out" '[factbase.unknown_currency] /facts/0/value/unit: "US$"'
contains "a duplicate id" "$tmp/out" '[factbase.duplicate_id] /facts/1/id'
expect "validate several files: one bad makes it fail" 2 "$bin" validate "$examples/tram-story.json" "$examples/broken.json"
contains "the good one is still reported ok" "$tmp/out" "$examples/tram-story.json: ok"
printf '{\n  "name": "x",\n  "version": "1",\n  "facts": [\n    {"id": "a",}\n  ]\n}\n' >"$tmp/syntax.json"
expect "malformed JSON" 2 "$bin" validate "$tmp/syntax.json"
contains "malformed JSON has line and column" "$tmp/out" "[factbase.json_syntax] line 5, column"
expect "validate with no file" 2 "$bin" validate
contains "validate with no file is a usage error" "$tmp/err" "[cli.usage]"
expect "validate a missing file" 2 "$bin" validate "$tmp/nope.json"
contains "a missing file is unreadable input" "$tmp/err" "[cli.unreadable_input]"

# --- the invented story, from the hand-written base ---------------------------------------------------
expect "check the story against its base" 0 "$bin" check --format json --facts "$examples/tram-story.json" "$examples/tram-story.txt"
cp "$tmp/out" "$tmp/report-json.json"
verdicts "the story, hand-written base" "$tmp/report-json.json"
contains "the report echoes the base" "$tmp/report-json.json" '"name": "Velmora Harbour Line (invented example)"'
expect "--fail-on outdated" 1 "$bin" check --fail-on outdated --facts "$examples/tram-story.json" "$examples/tram-story.txt"
contains "text output names the outdated claim" "$tmp/out" "⌛ outdated"
contains "text output counts it" "$tmp/out" "1 outdated"
expect "--fail-on contradicted,outdated" 1 "$bin" check --fail-on contradicted,outdated --facts "$examples/tram-story.json" "$examples/tram-story.txt"
expect "--fail-on a bad verdict" 2 "$bin" check --fail-on supported "$examples/tram-story.txt"

# --- the same story from a spreadsheet ------------------------------------------------------------------
expect "import the CSV" 0 "$bin" import-csv --name "Velmora from CSV" "$examples/tram-story.csv"
cp "$tmp/out" "$tmp/from-csv.json"
expect "the imported base validates" 0 "$bin" validate "$tmp/from-csv.json"
expect "check the story against the imported base" 0 "$bin" check --format json --facts "$tmp/from-csv.json" "$examples/tram-story.txt"
cp "$tmp/out" "$tmp/report-csv.json"
verdicts "the story, base imported from CSV" "$tmp/report-csv.json"
printf 'subject,predicate,value,source,source_date\nHarbour Line,cost,€1 billion,Courier,2025-13-01\nHarbour Line,cost,,Courier,2025-01-01\n' >"$tmp/bad.csv"
expect "a bad CSV" 2 "$bin" import-csv "$tmp/bad.csv"
contains "a bad row is reported by line" "$tmp/err" "line 2"
contains "a missing value is reported by line" "$tmp/err" "line 3"
if [[ -s "$tmp/out" ]]; then fail "a bad CSV writes no fact base"; else ok; fi

# --- bring your own and merge ---------------------------------------------------------------------------
cat "$examples/tram-story.txt" web/sample-article.txt >"$tmp/both.txt"
expect "merge the story onto the bundled base" 0 "$bin" check --format json --add-facts "$examples/tram-story.json" "$tmp/both.txt"
contains "the merged report lists both layers" "$tmp/out" '"name": "Microsoft, OpenAI and Stargate"'
contains "the merged report lists both layers" "$tmp/out" '"name": "Velmora Harbour Line (invented example)"'
node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const facts = new Set(r.claims.filter((c) => c.verdict === "supported").map((c) => c.fact));
  process.exit(facts.has("microsoft-openai-total-investment") && facts.has("harbour-line-stations") &&
    r.factbase.layers.length === 2 && r.factbase.facts === r.factbase.layers[0].facts + r.factbase.layers[1].facts ? 0 : 1)' "$tmp/out"
if [[ $? -eq 0 ]]; then ok; else fail "claims of both stories are checked after a merge"; fi
# Merged onto the bundled base, whose cues include "consortium" and "chair" too, the story keeps its verdicts.
expect "merge the story onto the bundled base, story alone" 0 "$bin" check --format json --add-facts "$examples/tram-story.json" "$examples/tram-story.txt"
cp "$tmp/out" "$tmp/report-merged.json"
verdicts "the story, merged onto the bundled base" "$tmp/report-merged.json"
expect "--facts replaces the bundled base" 0 "$bin" check --format json --facts "$examples/tram-story.json" web/sample-article.txt
if grep -q '"microsoft-openai' "$tmp/out"; then fail "--facts must not keep the bundled facts"; else ok; fi
expect "the same file twice is accepted once" 0 "$bin" check --add-facts "$examples/tram-story.json" --add-facts "$examples/tram-story.json" "$examples/tram-story.txt"
cat >"$tmp/clash.json" <<'JSON'
{"name": "Desk notes", "version": "0.1.0",
 "sources": [{"id": "desk", "publisher": "Our desk", "date": "2026-11-01"}],
 "entities": [{"id": "microsoft", "name": "Microsoft", "aliases": ["Big M"]}],
 "facts": [{"id": "openai-founded", "subject": "microsoft", "predicate": "founded", "source": "desk",
            "value": {"date": "1975"}}]}
JSON
expect "an id clash fails the merge" 2 "$bin" check --add-facts "$tmp/clash.json" "$examples/tram-story.txt"
contains "a clashing entity is a merge conflict at its pointer" "$tmp/err" "clash.json: [factbase.merge_conflict] /entities/0/id"
contains "a clashing fact is a merge conflict at its pointer" "$tmp/err" "clash.json: [factbase.merge_conflict] /facts/0/id"
expect "validate a stack" 2 "$bin" validate --add-facts "$examples/tram-story.json" --add-facts "$tmp/clash.json"
contains "validate reports the clash too" "$tmp/out" "[factbase.merge_conflict]"
expect "validate a clean stack" 0 "$bin" validate --add-facts "$examples/tram-story.json"
contains "a clean stack is ok" "$tmp/out" "merged onto the bundled base"

finish "factbase cli"
