#!/usr/bin/env bash
# Hostile input through the release CLI, at full size: 10 MB of text, a 100 MB fact base, an alias list of
# a million entries, invalid UTF-8 and NUL bytes, huge numbers, 10,000 nested brackets and pathological
# repetition. Each ends with a result or a clear error (stable code, where, sizes), never a crash; times
# are not asserted (README, "Limits", has the measured ones), a hang fails through `timeout`.
#   tests/cli/test_hostile.sh build/native/factcheck
set -u
bin="$1"
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
limit=300  # seconds: far beyond any case's measured time, so only a hang reaches it
run() { timeout "$limit" "$bin" "$@"; }

# json_is NAME FILE EXPR: FILE is well-formed JSON and the JavaScript EXPR over it (as `r`) is true.
json_is() {
  if node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
              process.exit(eval(process.argv[2]) ? 0 : 1)' "$2" "$3" 2>"$tmp/node-err"; then ok; else
    fail "$1: $3 does not hold"
    head -3 "$tmp/node-err" | sed 's/^/  | /'
  fi
}
same() {  # same NAME FILE TEXT: FILE holds exactly TEXT (one line)
  if [[ "$(cat "$2")" == "$3" ]]; then ok; else fail "$1: got '$(head -c 300 "$2")'"; fi
}

claims=$(node "$(dirname "${BASH_SOURCE[0]}")/gen-hostile.mjs" "$tmp")

# Invalid UTF-8 and NUL bytes.
printf 'Micro\xffsoft \x00 \xc3 Microsoft has invested nearly $14 billion in OpenAI. \xed\xa0\x80\xf0\x9f\n\x00' >"$tmp/bad.txt"
expect "invalid UTF-8: check" 0 run check --format json "$tmp/bad.txt"
json_is "invalid UTF-8: one supported claim" "$tmp/out" 'r.summary.supported === 1 && r.claims.length === 1'
expect "invalid UTF-8: extract" 0 run extract --format json "$tmp/bad.txt"
json_is "invalid UTF-8: one quantity" "$tmp/out" 'r.quantities.length === 1'

# 10 MB of text: over the default limit it is an error with both sizes; allowed, it is checked whole.
size=$(wc -c <"$tmp/text-10mb.txt")
expect "10 MB text: refused by default" 2 run check "$tmp/text-10mb.txt"
same "10 MB text: the error" "$tmp/err" \
  "factcheck: [engine.text_too_large] '$tmp/text-10mb.txt': the text is $size bytes; the limit is 4194304 bytes (--max-text-bytes)"
expect "10 MB text: extract refused by default" 2 run extract "$tmp/text-10mb.txt"
contains "10 MB text: extract's error" "$tmp/err" "[engine.text_too_large]"
expect "10 MB text: checked with --max-text-bytes" 0 run check --max-text-bytes 16777216 --format json "$tmp/text-10mb.txt"
json_is "10 MB text: every claim supported" "$tmp/out" "r.summary.supported === $claims && r.claims.length === $claims"
expect "bad --max-text-bytes" 2 run check --max-text-bytes 12k "$tmp/bad.txt"
contains "bad --max-text-bytes: the error" "$tmp/err" "[cli.usage] --max-text-bytes takes a whole number of bytes"

# A 100,000-digit number and 1e999.
node -e 'const d = "7".repeat(100000); process.stdout.write(`It counted ${d} people. Microsoft has invested $${d} billion in OpenAI. It paid $1e999, up 1e999%.`)' >"$tmp/digits.txt"
expect "huge numbers: check" 0 run check --format json "$tmp/digits.txt"
json_is "huge numbers: no claim from them" "$tmp/out" 'r.claims.length === 0'
expect "huge numbers: extract" 0 run extract --format json "$tmp/digits.txt"
json_is "huge numbers: no quantity from them" "$tmp/out" 'r.quantities.length === 0'

# 10,000 nested brackets.
node -e 'process.stdout.write("{\"name\": \"deep\",\n\"facts\": " + "[".repeat(10000) + "]".repeat(10000) + "}")' >"$tmp/deep.json"
expect "10,000 nested brackets" 2 run validate "$tmp/deep.json"
same "10,000 nested brackets: code and place" "$tmp/out" \
  "$tmp/deep.json: [factbase.too_deep] line 2, column 73: arrays and objects nest deeper than 64 levels; a fact base needs six"
expect "10,000 nested brackets: check --facts" 2 run check --facts "$tmp/deep.json" "$tmp/bad.txt"
contains "10,000 nested brackets: check's error" "$tmp/err" "[factbase.too_deep] line 2, column 73"

# A 100 MB fact base: refused by default with its size; allowed, it loads whole.
size=$(wc -c <"$tmp/facts-100mb.json")
expect "100 MB fact base: refused by default" 2 run validate "$tmp/facts-100mb.json"
same "100 MB fact base: the error" "$tmp/out" \
  "$tmp/facts-100mb.json: [factbase.too_large] /: the fact base is $size bytes; the limit is 33554432 bytes"
expect "100 MB fact base: --add-facts refused by default" 2 run check --add-facts "$tmp/facts-100mb.json" "$tmp/bad.txt"
contains "100 MB fact base: check's error" "$tmp/err" "[factbase.too_large]"
expect "100 MB fact base: loads with --max-facts-bytes" 0 run validate --max-facts-bytes 200000000 "$tmp/facts-100mb.json"
contains "100 MB fact base: every fact" "$tmp/out" "ok, Hostile 1.0.0, 460000 facts"

expect "a CSV over --max-facts-bytes" 2 run import-csv --max-facts-bytes 1000 docs/examples/tram-story.csv
contains "a CSV over --max-facts-bytes: the error" "$tmp/err" \
  "[csv.too_large] line 0: the CSV file is $(wc -c <docs/examples/tram-story.csv) bytes; the limit is 1000 bytes"

# An alias list of a million entries: loads, and the last alias names the entity.
echo "Quay jjjjjj Board has a budget of 1,000 euros." >"$tmp/alias.txt"
expect "1,000,000 aliases: check" 0 run check --facts "$tmp/aliases-1m.json" --format json "$tmp/alias.txt"
json_is "1,000,000 aliases: the last alias binds" "$tmp/out" 'r.claims.length === 1 && r.claims[0].verdict === "supported"'

# Pathological repetition.
node -e 'process.stdout.write("$".repeat(2000000))' >"$tmp/dollars.txt"
expect "2,000,000 dollar signs" 0 run check --format json "$tmp/dollars.txt"
json_is "2,000,000 dollar signs: no claim" "$tmp/out" 'r.claims.length === 0'
node -e 'process.stdout.write("It cost $5 " + "billion ".repeat(400000))' >"$tmp/billions.txt"
expect "400,000 billions" 0 run check --format json "$tmp/billions.txt"
json_is "400,000 billions: one claim, \$5 billion" "$tmp/out" 'r.claims.length === 1 && r.claims[0].text === "$5 billion"'

# Letters that are a currency only where the text says so ("Le 12" in Freetown, "K12", "12 KM"), asked of
# the whole text: each question is searched once per text, not once per figure (a quadratic search took
# minutes on these 3.8 MB). A minute is far beyond the second they take.
node -e 'process.stdout.write("Le 12 fare. K12 unit. 12 KM run. MK2 car. ".repeat(90000))' >"$tmp/letters.txt"
expect "90,000 times 'Le 12', 'K12', '12 KM' and 'MK2'" 0 timeout 60 "$bin" check --format json "$tmp/letters.txt"
json_is "90,000 times 'Le 12', 'K12', '12 KM' and 'MK2': no money" "$tmp/out" \
  'r.claims.every((c) => c.kind !== "money")'

finish "hostile input"
