#!/usr/bin/env bash
# Builds the native unit tests and the corpus runner with clang++-14 under AddressSanitizer and
# UndefinedBehaviorSanitizer (build/fuzz) and runs them: the unit tests (which replay the fuzz regression
# inputs too) and the labelled corpus. Any memory error, leak or undefined behaviour fails the run.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# The fuzzers' build (scripts/fuzz.sh, the same configuration): one sanitized compile of the core serves
# both, which saves CI a few minutes. Its coverage instrumentation changes nothing the tests see.
build=build/fuzz
cmake -S . -B "$build" -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" \
  -DFACTCHECK_FUZZ=ON -DBUILD_TESTING=ON >/dev/null || exit 1
cmake --build "$build" -j 2 --target unit_tests corpus_runner >/dev/null || exit 1
export ASAN_OPTIONS="detect_leaks=1:symbolize=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export ASAN_SYMBOLIZER_PATH="${ASAN_SYMBOLIZER_PATH:-$(command -v llvm-symbolizer-14 || true)}"
status=0
"$build/unit_tests" || status=1
"$build/corpus_runner" tests/corpus >"$build/corpus.log" 2>&1 || { status=1; tail -20 "$build/corpus.log"; }
tail -1 "$build/corpus.log"
exit $status
