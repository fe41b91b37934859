#!/usr/bin/env bash
# The benchmark (not a test: it never fails on a slow figure). Measures check latency and throughput on
# 1 KB to 1 MB of news-like text (natively, in Node and in headless Chromium), per-stage native timing,
# cold start in Chromium, the wasm heap on 1 MB, fact-base scale (10 to 100,000 facts), artifact sizes,
# and quantity extraction beside Recognizers-Text, compromise and a byte scan. Prints a table with the
# budget's pass/miss rows and writes everything as JSON.
#
#   bash scripts/bench.sh [--native DIR] [--dist DIR] [--out DIR] [--no-browser]
#     --native DIR   the native build with factcheck and bench_native   (default build/native;
#                    env FACTCHECK_BENCH_NATIVE)
#     --dist DIR     the wasm builds and JS API, as scripts/build.sh lays them out (default dist;
#                    env FACTCHECK_BENCH_DIST)
#     --out DIR      where texts, fact bases and results go (default build/bench): bench.json, bench.md
#
# With the default folders it runs scripts/setup.sh, and scripts/build.sh when an output is missing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
native="${FACTCHECK_BENCH_NATIVE:-build/native}"
dist="${FACTCHECK_BENCH_DIST:-dist}"
out="build/bench"
browser=1
while (($#)); do
  case "$1" in
    --native) native="$2"; shift 2 ;;
    --dist) dist="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --no-browser) browser=0; shift ;;
    -h | --help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench: unknown option '$1' (see bash scripts/bench.sh --help)" >&2; exit 2 ;;
  esac
done

needs_build() {
  [[ ! -x "$native/factcheck" || ! -x "$native/bench_native" || ! -f "$dist/factcheck-core.wasm" || ! -f "$dist/widget.js" ]]
}
if [[ "$native" == build/native && "$dist" == dist ]]; then
  bash scripts/setup.sh
  if needs_build; then
    echo "bench: building (scripts/build.sh, log in build/bench-build.log)..."
    mkdir -p build
    bash scripts/build.sh >build/bench-build.log 2>&1 || { tail -n 30 build/bench-build.log >&2; exit 1; }
  fi
fi
if needs_build; then
  echo "bench: $native needs factcheck and bench_native, $dist the wasm builds and widget.js" >&2
  exit 2
fi

mkdir -p "$out/texts" "$out/facts"
echo "bench: texts and fact bases in $out"
node scripts/bench/gen-text.mjs "$out/texts"
for n in 10 1000 100000; do
  [[ -f "$out/facts/facts-$n.json" ]] ||
    node scripts/gen-facts.mjs "$n" "$out/facts/facts-$n.json" "$out/facts/text-facts-$n.txt" >/dev/null
done

echo "bench: native"
"$native/bench_native" "$out"/texts/text-*.txt >"$out/native.jsonl"
: >"$out/native-facts.jsonl"
for n in 10 1000 100000; do
  "$native/bench_native" --facts "$out/facts/facts-$n.json" "$out/facts/text-facts-$n.txt" >>"$out/native-facts.jsonl"
done
# Checking against sources (issue 16): learning 100 KB beside checking it, and a 10 KB draft checked
# against 1 MB of learned sources beside the bundled base.
echo "bench: sources"
node scripts/bench/gen-sources.mjs "$out"
"$native/bench_sources" "$out/texts/text-102400.txt" "$out/draft-10k.txt" "$out"/sources/src-*.txt >"$out/sources.json"
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const row = (what, got, budget) => console.log(`  ${what}: ${got.toFixed(2)}x (budget <= ${budget}x) ${got <= budget ? "pass" : "MISS"}`);
  console.log(`  learn ${r.learn_bytes} B: ${r.learn_ms.toFixed(1)} ms; check it: ${r.check_same_text_ms.toFixed(1)} ms`);
  row("learning / checking, 100 KB", r.learn_over_check, 2);
  console.log(`  draft ${r.draft_bytes} B: bundled ${r.check_draft_bundled_ms.toFixed(2)} ms; ${r.sources} sources, ${r.source_bytes} B, ${r.learned_facts} facts: ${r.check_draft_sources_ms.toFixed(2)} ms (learned and loaded in ${r.learn_and_load_sources_ms.toFixed(0)} ms)`);
  row("10 KB against 1 MB of sources / against the bundled base", r.sources_over_bundled, 2);
' "$out/sources.json"
# The CLI as a user runs it: a whole process (start, bundled facts, check, JSON out), best of five.
big="$(ls -S "$out"/texts/text-*.txt | head -n 1)"  # the largest text
best=""
for _ in 1 2 3 4 5; do
  t0=$(date +%s%N)
  "$native/factcheck" check --format json "$big" >/dev/null
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  [[ -z "$best" || $ms -lt $best ]] && best=$ms
done
printf '{"file":"%s","bytes":%d,"best_of_5_ms":%d}\n' "$(basename "$big")" "$(wc -c <"$big")" "$best" >"$out/cli.json"

echo "bench: wasm in Node"
node scripts/bench/node-bench.mjs "$dist" "$out/texts" "$out/facts" >"$out/node.json"

rm -f "$out/browser.json"
if ((browser)); then
  echo "bench: wasm in Chromium"
  node scripts/bench/browser-bench.mjs "$dist" "$out/texts" >"$out/browser.json" ||
    { echo "bench: the Chromium part failed; its rows are left out" >&2; rm -f "$out/browser.json"; }
fi

node scripts/bench/report.mjs "$out" "$dist"
