#!/usr/bin/env bash
# Sets up, builds and runs every test suite, then prints one summary line.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/setup.sh || exit 1
bash scripts/build.sh || exit 1

status=0
suites_passed=0
suites_failed=0
run_suite() {
  local name="$1"
  shift
  echo "=== $name"
  if "$@"; then
    suites_passed=$((suites_passed + 1))
  else
    suites_failed=$((suites_failed + 1))
    status=1
    echo "=== $name FAILED"
  fi
}

# Unit tests, the labelled corpus, the Recognizers-Text specs and the source article, through ctest.
run_suite "native (ctest)" ctest --test-dir build/native --output-on-failure -j 2
# The corpus and spec reports in full: figures the README quotes come from here.
run_suite "corpus report" build/native/corpus_runner tests/corpus
if [[ -d ../shared/specs/recognizers-text-en ]]; then
  run_suite "recognizers-text report" build/native/recognizers_spec ../shared/specs/recognizers-text-en
else
  echo "=== recognizers-text report skipped: ../shared/specs/recognizers-text-en is absent"
fi
# The blind extraction rounds: precision and recall of `factcheck extract` per kind, on value and on value
# and unit (tests/extraction/README.md), with the floor of issue 15.
run_suite "extraction rounds (blind, labelled)" node tests/extraction/score.mjs --floor 0.95,0.92,0.90 \
  tests/extraction/x15-[1-6].json tests/extraction/x15-8.json tests/extraction/x15-9.json \
  tests/extraction/x15-1[0-6].json
# x15-7 is held where it stands: its writer's conventions (shares as fractions, counts by an implied noun)
# differ from the others' (tests/extraction/README.md).
run_suite "extraction round x15-7 (blind, held where it stands)" node tests/extraction/score.mjs \
  --floor 0.95,0.95,0.83 tests/extraction/x15-7.json
# The held-out claim rounds and the false-alarm corpus (tests/rounds/README.md): any false red, false green
# or unlabelled verdict fails; the share right is printed beside each round's first run.
run_suite "held-out claim rounds and false alarms (blind, labelled)" node tests/rounds/score.mjs --floor 50 tests/rounds/*.json
# Checking against sources (tests/sources/README.md): the blind source/rewrite rounds, plain and with
# distractors mixed into the sources, gated on what was reached (floor, and false reds plus false greens);
# and the CLI's learn and check --source, with their parity on every pair.
run_suite "sources: blind round s16-1" node tests/sources/score.mjs --floor 44 --max-false 4 tests/sources/s16-1.json
run_suite "sources: blind round s16-1, distractors mixed in" node tests/sources/score.mjs --distractors --floor 42 --max-false 6 tests/sources/s16-1.json
run_suite "sources: blind round s16-2" node tests/sources/score.mjs --floor 42 --max-false 2 tests/sources/s16-2.json
run_suite "sources: blind round s16-2, distractors mixed in" node tests/sources/score.mjs --distractors --floor 43 --max-false 1 tests/sources/s16-2.json
run_suite "sources: blind round s16-3" node tests/sources/score.mjs --floor 48 --max-false 7 tests/sources/s16-3.json
run_suite "sources: blind round s16-3, distractors mixed in" node tests/sources/score.mjs --distractors --floor 45 --max-false 11 tests/sources/s16-3.json
run_suite "sources: blind round s16-4" node tests/sources/score.mjs --floor 47 --max-false 13 tests/sources/s16-4.json
run_suite "sources: blind round s16-4, distractors mixed in" node tests/sources/score.mjs --distractors --floor 45 --max-false 13 tests/sources/s16-4.json
# s16-5's distractors reuse the rewrites' wrong figures, and one reuses an organisation of the source.
run_suite "sources: blind round s16-5" node tests/sources/score.mjs --floor 56 --max-false 8 tests/sources/s16-5.json
run_suite "sources: blind round s16-5, distractors mixed in" node tests/sources/score.mjs --distractors --floor 47 --max-false 39 tests/sources/s16-5.json
# s16-6 and s16-7; s16-7's writer made the distractors name similar bodies with the rewrites' wrong
# values. s16-8 swaps figures most. s16-27 is the last round (its first run: tests/sources/s16-27.first-run.txt).
# The gates were set anew on 2026-12-07, when the scorer came to judge a span by its most severe mark.
run_suite "sources: blind round s16-6" node tests/sources/score.mjs --floor 51 --max-false 8 tests/sources/s16-6.json
run_suite "sources: blind round s16-6, distractors mixed in" node tests/sources/score.mjs --distractors --floor 47 --max-false 20 tests/sources/s16-6.json
run_suite "sources: blind round s16-7" node tests/sources/score.mjs --floor 44 --max-false 7 tests/sources/s16-7.json
run_suite "sources: blind round s16-7, distractors mixed in" node tests/sources/score.mjs --distractors --floor 41 --max-false 12 tests/sources/s16-7.json
run_suite "sources: blind round s16-8" node tests/sources/score.mjs --floor 43 --max-false 17 tests/sources/s16-8.json
run_suite "sources: blind round s16-8, distractors mixed in" node tests/sources/score.mjs --distractors --floor 39 --max-false 26 tests/sources/s16-8.json
run_suite "sources: blind round s16-9" node tests/sources/score.mjs --floor 43 --max-false 15 tests/sources/s16-9.json
run_suite "sources: blind round s16-9, distractors mixed in" node tests/sources/score.mjs --distractors --floor 42 --max-false 17 tests/sources/s16-9.json
run_suite "sources: blind round s16-10" node tests/sources/score.mjs --floor 53 --max-false 7 tests/sources/s16-10.json
run_suite "sources: blind round s16-10, distractors mixed in" node tests/sources/score.mjs --distractors --floor 47 --max-false 20 tests/sources/s16-10.json
run_suite "sources: blind round s16-11" node tests/sources/score.mjs --floor 46 --max-false 14 tests/sources/s16-11.json
run_suite "sources: blind round s16-11, distractors mixed in" node tests/sources/score.mjs --distractors --floor 42 --max-false 19 tests/sources/s16-11.json
run_suite "sources: blind round s16-12" node tests/sources/score.mjs --floor 35 --max-false 11 tests/sources/s16-12.json
run_suite "sources: blind round s16-12, distractors mixed in" node tests/sources/score.mjs --distractors --floor 32 --max-false 15 tests/sources/s16-12.json
run_suite "sources: blind round s16-13" node tests/sources/score.mjs --floor 44 --max-false 13 tests/sources/s16-13.json
run_suite "sources: blind round s16-13, distractors mixed in" node tests/sources/score.mjs --distractors --floor 40 --max-false 26 tests/sources/s16-13.json
run_suite "sources: blind round s16-14" node tests/sources/score.mjs --floor 40 --max-false 23 tests/sources/s16-14.json
run_suite "sources: blind round s16-14, distractors mixed in" node tests/sources/score.mjs --distractors --floor 38 --max-false 29 tests/sources/s16-14.json
run_suite "sources: blind round s16-15" node tests/sources/score.mjs --floor 58 --max-false 9 tests/sources/s16-15.json
run_suite "sources: blind round s16-15, distractors mixed in" node tests/sources/score.mjs --distractors --floor 52 --max-false 20 tests/sources/s16-15.json
run_suite "sources: blind round s16-16" node tests/sources/score.mjs --floor 53 --max-false 5 tests/sources/s16-16.json
run_suite "sources: blind round s16-16, distractors mixed in" node tests/sources/score.mjs --distractors --floor 47 --max-false 19 tests/sources/s16-16.json
run_suite "sources: blind round s16-17" node tests/sources/score.mjs --floor 54 --max-false 14 tests/sources/s16-17.json
run_suite "sources: blind round s16-17, distractors mixed in" node tests/sources/score.mjs --distractors --floor 46 --max-false 22 tests/sources/s16-17.json
run_suite "sources: blind round s16-18" node tests/sources/score.mjs --floor 48 --max-false 10 tests/sources/s16-18.json
run_suite "sources: blind round s16-18, distractors mixed in" node tests/sources/score.mjs --distractors --floor 43 --max-false 20 tests/sources/s16-18.json
run_suite "sources: blind round s16-19" node tests/sources/score.mjs --floor 48 --max-false 11 tests/sources/s16-19.json
run_suite "sources: blind round s16-19, distractors mixed in" node tests/sources/score.mjs --distractors --floor 43 --max-false 26 tests/sources/s16-19.json
run_suite "sources: blind round s16-20" node tests/sources/score.mjs --floor 52 --max-false 10 tests/sources/s16-20.json
run_suite "sources: blind round s16-20, distractors mixed in" node tests/sources/score.mjs --distractors --floor 48 --max-false 16 tests/sources/s16-20.json
run_suite "sources: blind round s16-21" node tests/sources/score.mjs --floor 50 --max-false 15 tests/sources/s16-21.json
run_suite "sources: blind round s16-21, distractors mixed in" node tests/sources/score.mjs --distractors --floor 43 --max-false 26 tests/sources/s16-21.json
run_suite "sources: blind round s16-22" node tests/sources/score.mjs --floor 45 --max-false 1 tests/sources/s16-22.json
run_suite "sources: blind round s16-22, distractors mixed in" node tests/sources/score.mjs --distractors --floor 41 --max-false 14 tests/sources/s16-22.json
run_suite "sources: blind round s16-23" node tests/sources/score.mjs --floor 41 --max-false 4 tests/sources/s16-23.json
run_suite "sources: blind round s16-23, distractors mixed in" node tests/sources/score.mjs --distractors --floor 36 --max-false 15 tests/sources/s16-23.json
run_suite "sources: blind round s16-24" node tests/sources/score.mjs --floor 47 --max-false 6 tests/sources/s16-24.json
run_suite "sources: blind round s16-24, distractors mixed in" node tests/sources/score.mjs --distractors --floor 40 --max-false 34 tests/sources/s16-24.json
run_suite "sources: blind round s16-25" node tests/sources/score.mjs --floor 52 --max-false 7 tests/sources/s16-25.json
run_suite "sources: blind round s16-25, distractors mixed in" node tests/sources/score.mjs --distractors --floor 46 --max-false 18 tests/sources/s16-25.json
run_suite "sources: blind round s16-26" node tests/sources/score.mjs --floor 46 --max-false 7 tests/sources/s16-26.json
run_suite "sources: blind round s16-26, distractors mixed in" node tests/sources/score.mjs --distractors --floor 38 --max-false 29 tests/sources/s16-26.json
run_suite "sources: blind round s16-27 (the last round)" node tests/sources/score.mjs --floor 48 --max-false 8 tests/sources/s16-27.json
run_suite "sources: blind round s16-27, distractors mixed in" node tests/sources/score.mjs --distractors --floor 42 --max-false 14 tests/sources/s16-27.json
run_suite "sources: learn and check --source" bash tests/cli/test_sources.sh build/native/factcheck
if [[ -d ../shared/sources ]]; then
  run_suite "source article report" build/native/corpus_runner --article ../shared/sources tests/article_expectations.json
else
  echo "=== source article report skipped: ../shared/sources is absent"
fi
run_suite "js: wasm parity and fact-base schema (node --test)" node --test tests/js/
run_suite "browser: widget in Chromium" node --test tests/browser/
run_suite "layout: file and function sizes, stage order" node tests/layout/check.mjs
run_suite "cli" bash tests/cli/test_cli.sh build/native/factcheck
run_suite "fact bases: validate, merge, CSV, the invented story" bash tests/cli/test_factbase.sh build/native/factcheck
run_suite "fact-base scale: 1,000 and 100,000 facts" bash tests/scale/test_scale.sh build/native/factcheck
run_suite "hostile input: 10 MB text, 100 MB fact base, a million aliases" bash tests/cli/test_hostile.sh build/native/factcheck
run_suite "sanitizers: unit tests and corpus under ASan+UBSan" bash scripts/sanitize.sh
run_suite "fuzz: every libFuzzer target for 60 s, two at a time" bash scripts/fuzz.sh 60

echo "test: $suites_passed passed, $suites_failed failed"
exit $status
