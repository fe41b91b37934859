#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz, clang++-14 with ASan+UBSan) in build/fuzz and runs each for
# SECONDS (default 60), two at a time (this machine has 2 cores). Prints the executions and time of each
# target; fails on any crash, leak, timeout or out-of-memory. An input that fails is copied into
# tests/fuzz/regressions/<target>/, which the unit tests replay (tests/unit/test_fuzz_regressions.cpp).
#
#   bash scripts/fuzz.sh [SECONDS] [TARGET...]     targets: check extract factbase csv_import (default: all)
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
seconds=60
if [[ $# -gt 0 && $1 =~ ^[0-9]+$ ]]; then
  seconds=$1
  shift
fi
targets=("$@")
((${#targets[@]})) || targets=(check extract factbase csv_import learn_check)
for t in "${targets[@]}"; do
  [[ -f tests/fuzz/fuzz_$t.cpp ]] || { echo "fuzz: no target '$t' (tests/fuzz/fuzz_$t.cpp)" >&2; exit 2; }
done

build=build/fuzz
cmake -S . -B "$build" -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" \
  -DFACTCHECK_FUZZ=ON -DBUILD_TESTING=ON >/dev/null || exit 1  # as scripts/sanitize.sh configures it: one build serves both
cmake --build "$build" -j 2 --target "${targets[@]/#/fuzz_}" >/dev/null || exit 1
rm -rf "$build/seeds"
node tests/fuzz/seeds.mjs "$build/seeds" >/dev/null || exit 1

# Symbolized stacks in reports; a leak is a failure like a crash.
export ASAN_OPTIONS="detect_leaks=1:symbolize=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export ASAN_SYMBOLIZER_PATH="${ASAN_SYMBOLIZER_PATH:-$(command -v llvm-symbolizer-14 || true)}"

# run TARGET: fuzzes it for $seconds into its own corpus (which grows across runs, seeds beside it).
run() {
  local t="$1" artifacts="$build/artifacts/$t/"
  mkdir -p "$build/corpus/$t" "$artifacts"
  rm -f "$artifacts"*
  # -timeout: one input running 10 s is a hang; -rss_limit_mb: 2 GB is an out-of-memory failure.
  # -entropic=0: libFuzzer 14's entropic schedule spent two thirds of the time updating its feature
  # counts here (perf); without it a minute runs about 1.5 times as many inputs and reaches more code.
  "$build/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -entropic=0 -print_final_stats=1 \
    -artifact_prefix="$artifacts" "$build/corpus/$t" "$build/seeds/$t" >"$build/$t.log" 2>&1
}

# Two targets at a time.
pids=()
for t in "${targets[@]}"; do
  run "$t" &
  pids+=($!)
  if ((${#pids[@]} == 2)); then
    wait "${pids[0]}"
    pids=("${pids[@]:1}")
  fi
done
wait

status=0
for t in "${targets[@]}"; do
  log="$build/$t.log"
  runs=$(grep -oE 'stat::number_of_executed_units: [0-9]+' "$log" | grep -oE '[0-9]+$')
  took=$(grep -oE 'Done [0-9]+ runs in [0-9]+ second' "$log" | grep -oE 'in [0-9]+' | grep -oE '[0-9]+')
  found=("$build/artifacts/$t/"*)
  if [[ -e ${found[0]} ]]; then
    mkdir -p "tests/fuzz/regressions/$t"
    cp "${found[@]}" "tests/fuzz/regressions/$t/"
    echo "fuzz: $t FAILED after ${runs:-?} executions: $(basename -a "${found[@]}" | tr '\n' ' ')(copied to tests/fuzz/regressions/$t/)"
    grep -m1 -E '^==[0-9]+==ERROR|runtime error|fuzz_[a-z_]+: |ERROR: libFuzzer' "$log" | sed 's/^/  | /'
    status=1
  elif [[ -z $took ]]; then
    echo "fuzz: $t FAILED: it did not finish (see $log)"
    tail -5 "$log" | sed 's/^/  | /'
    status=1
  else
    echo "fuzz: $t: $runs executions in $took s, no crash, leak or timeout (corpus: $(ls "$build/corpus/$t" | wc -l) inputs)"
  fi
done
exit $status
