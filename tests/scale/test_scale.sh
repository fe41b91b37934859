#!/usr/bin/env bash
# Fact-base scale: the same 10 KB text checked against synthetic bases of 1,000 and 100,000 facts.
# The matcher reaches facts through the (predicate, subject) index, so the facts it weighs, and the
# verdicts, must be the same at both sizes; times are printed for information (bench.sh measures them).
#   tests/scale/test_scale.sh build/native/factcheck
set -u
bin="$1"
source "$(dirname "${BASH_SOURCE[0]}")/../cli/lib.sh"

declare -A considered claims summary
for n in 1000 100000; do
  node scripts/gen-facts.mjs "$n" "$tmp/facts-$n.json" "$tmp/text-$n.txt" 10240
  "$bin" validate "$tmp/facts-$n.json" >"$tmp/validate-$n" 2>&1
  check "validate $n" $? "$(head -3 "$tmp/validate-$n")"
  "$bin" check --stats --format json --facts "$tmp/facts-$n.json" "$tmp/text-$n.txt" >"$tmp/report-$n.json" 2>"$tmp/stats-$n"
  check "check $n" $? "$(cat "$tmp/stats-$n")"
  stats="$(grep '^stats:' "$tmp/stats-$n")"
  echo "  $n facts: $stats"
  considered[$n]="$(sed -n 's/.*facts_considered=\([0-9]*\).*/\1/p' <<<"$stats")"
  claims[$n]="$(sed -n 's/.*claims=\([0-9]*\).*/\1/p' <<<"$stats")"
  summary[$n]="$(node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    console.log(JSON.stringify(r.summary), r.claims.map((c) => c.verdict + ":" + c.fact).join(","))' "$tmp/report-$n.json")"
done

cmp -s "$tmp/text-1000.txt" "$tmp/text-100000.txt"
check "same text at both sizes" $? "the generator gave different texts"
[[ ${claims[1000]:-0} -ge 100 ]]
check "the text has claims" $? "only ${claims[1000]:-0} claims"
[[ -n "${considered[1000]}" && "${considered[1000]}" == "${considered[100000]}" ]]
check "facts weighed do not grow with the base" $? "${considered[1000]} at 1,000 facts, ${considered[100000]} at 100,000"
[[ "${summary[1000]}" == "${summary[100000]}" ]]
check "same verdicts at both sizes" $? "they differ"
# The text is written so that most claims are supported and the rest contradicted.
node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const s = r.summary; process.exit(s.supported > 2 * s.contradicted && s.contradicted > 10 ? 0 : 1)' "$tmp/report-100000.json"
check "verdicts follow the generated truth" $? "summary ${summary[100000]%% *}"

finish scale
