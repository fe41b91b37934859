#!/usr/bin/env bash
# Checking against sources on the command line (issue 16): factcheck learn, check --source, their parity
# with check --facts on the learned base, stacking, limits and coded errors, and 1,000 sources.
#   bash tests/cli/test_sources.sh build/native/factcheck
set -u
bin="${1:-build/native/factcheck}"
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

printf 'Kestrel Semiconductor Inc. reported revenue of $1.82 billion. The company employs 12,400 people.' >"$tmp/q2.txt"
printf 'Kestrel Semiconductor said revenue was $1.9bn. It employs about 12,000 people.' >"$tmp/draft.txt"
expect "check --source" 0 "$bin" check --source "$tmp/q2.txt@2025-07-24" "$tmp/draft.txt"
contains "contradicted against the source" "$tmp/out" "The sources say \$1.82 billion (q2.txt, 2025-07-24)"
contains "summary speaks of the sources" "$tmp/out" "not in the sources"
expect "learn" 0 "$bin" learn --name "Kestrel Q2" "$tmp/q2.txt@2025-07-24"
cp "$tmp/out" "$tmp/learned.json"
contains "learned base is named" "$tmp/learned.json" '"name": "Kestrel Q2"'
contains "learned source quotes its sentence" "$tmp/learned.json" '"quote": "Kestrel Semiconductor Inc. reported revenue of $1.82 billion."'
expect "learned base validates" 0 "$bin" validate "$tmp/learned.json"
expect "learned base stacks on the bundled one" 0 "$bin" validate --add-facts "$tmp/learned.json"
expect "check --source stacked on --add-facts" 0 "$bin" check --add-facts "$tmp/learned.json" --source "$tmp/q2.txt@2025-07-24" "$tmp/draft.txt"

# check --facts on the learned base gives the same report as check --source, on every blind pair whose
# sources are at hand (the Mint pairs need ../shared/sources).
parity=0
mismatched=0
while IFS= read -r -d '' kase; do
  args=()
  for src in "$kase"/src-*.txt; do
    date="$(cat "${src%.txt}.date")"
    args+=("$src${date:+@$date}")
  done
  "$bin" learn "${args[@]}" >"$kase/learned.json" 2>/dev/null || { mismatched=$((mismatched + 1)); continue; }
  via_sources=()
  for a in "${args[@]}"; do via_sources+=(--source "$a"); done
  "$bin" check --format json "${via_sources[@]}" "$kase/draft.txt" >"$kase/a.json" 2>&1
  "$bin" check --format json --facts "$kase/learned.json" "$kase/draft.txt" >"$kase/b.json" 2>&1
  if cmp -s "$kase/a.json" "$kase/b.json"; then parity=$((parity + 1)); else mismatched=$((mismatched + 1)); fi
done < <(node -e '
  const fs = require("fs"), path = require("path");
  const [root, out] = process.argv.slice(1);
  const rounds = fs.readdirSync(path.join(root, "tests/sources")).filter((f) => /^s16-\d+\.json$/.test(f)).sort();
  for (const file of rounds) {
    for (const k of JSON.parse(fs.readFileSync(path.join(root, "tests/sources", file), "utf8")).cases) {
      const texts = k.sources.map((s) => s.text ?? (fs.existsSync(path.join(root, s.path)) ? fs.readFileSync(path.join(root, s.path), "utf8") : null));
      if (texts.includes(null)) continue;
      const dir = path.join(out, file + "-" + k.id);
      fs.mkdirSync(dir, { recursive: true });
      texts.forEach((t, i) => { fs.writeFileSync(path.join(dir, `src-${i + 1}.txt`), t); fs.writeFileSync(path.join(dir, `src-${i + 1}.date`), k.sources[i].date ?? ""); });
      fs.writeFileSync(path.join(dir, "draft.txt"), k.text);
      process.stdout.write(dir + "\0");
    }
  }' "$root" "$tmp/pairs")
echo "parity: check --source and check --facts LEARNED agree on $parity pairs, differ on $mismatched"
check "learn + check --facts gives the same verdicts as --source" $((mismatched == 0 ? 0 : 1))
check "parity ran on the pairs" $((parity >= 80 ? 0 : 1))

# Coded errors, with the source they concern; nothing is learned when a source is refused.
expect "bad date" 2 "$bin" check --source "$tmp/q2.txt@2025-13-40" "$tmp/draft.txt"
contains "bad date code" "$tmp/err" "factcheck: [learn.bad_date] q2.txt: \"2025-13-40\" is not an ISO 8601 date"
expect "same name twice" 2 "$bin" learn "$tmp/q2.txt" "$tmp/q2.txt"
contains "duplicate code" "$tmp/err" "[learn.duplicate_name] q2.txt"
printf 'x%.0s' {1..200} >"$tmp/big.txt"
expect "over the sources' limit" 2 "$bin" check --max-sources-bytes 150 --source "$tmp/q2.txt" --source "$tmp/big.txt" "$tmp/draft.txt"
contains "too large names the source that crosses it" "$tmp/err" "[learn.too_large] big.txt: the sources come to"
one_line "one line per problem" "$tmp/err"
expect "missing source" 2 "$bin" check --source "$tmp/nope.txt" "$tmp/draft.txt"
contains "missing source code" "$tmp/err" "[cli.unreadable_input] cannot read"
expect "learn needs a source" 2 "$bin" learn
contains "learn usage" "$tmp/err" "[cli.usage] learn needs at least one SOURCE file"
printf 'Caf\xe9 \xff\xfe $1.4 billion \x00 Acme Inc. employs 300 people' >"$tmp/binary.txt"
expect "a binary source" 0 "$bin" check --format json --source "$tmp/binary.txt" "$tmp/draft.txt"

# 1,000 sources of 4 KB each.
mkdir -p "$tmp/many"
node -e '
  const fs = require("fs");
  const dir = process.argv[1];
  for (let i = 0; i < 1000; i++) {
    let text = "";
    for (let s = 0; text.length < 4000; s++)
      text += `Firm${i} Holdings plc reported revenue of £${(i % 90) + 1}.${s % 10} billion in unit ${s}, and employs ${1000 + i * 7 + s} people. `;
    fs.writeFileSync(`${dir}/s${i}.txt`, text.slice(0, 4096));
  }' "$tmp/many"
many=()
for f in "$tmp"/many/*.txt; do many+=(--source "$f@2025-01-01"); done
printf 'Firm7 Holdings reported revenue of £8.0 billion.' >"$tmp/many-draft.txt"
start=$(date +%s%N)
expect "1,000 sources of 4 KB" 0 "$bin" check "${many[@]}" "$tmp/many-draft.txt"
echo "1,000 sources of 4 KB: $(( ($(date +%s%N) - start) / 1000000 )) ms"
contains "a figure of the 1,000 sources" "$tmp/out" "supported"

finish sources
