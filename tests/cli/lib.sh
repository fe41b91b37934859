# Shared by the shell test suites: a scratch directory, counters and assertions.
#   source tests/cli/lib.sh; ...; finish "suite name"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

ok() { passed=$((passed + 1)); }
fail() {  # fail WHAT
  failed=$((failed + 1))
  echo "FAIL $1"
}
# check NAME STATUS [DETAIL]: passes when STATUS is 0.
check() {
  if [[ $2 -eq 0 ]]; then ok; else fail "$1${3:+: $3}"; fi
}
# expect NAME WANTED_EXIT COMMAND...: runs COMMAND with its output in $tmp/out and $tmp/err.
expect() {
  local name="$1" want="$2"
  shift 2
  "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  if [[ $got -eq $want ]]; then ok; else
    fail "$name: exit $got, wanted $want"
    sed 's/^/  | /' "$tmp/err" | head -5
  fi
}
contains() {  # contains NAME FILE TEXT
  if grep -qF -- "$3" "$2"; then ok; else fail "$1: '$3' not in $(basename "$2")"; fi
}
one_line() {  # one_line NAME FILE
  if [[ $(wc -l <"$2") -eq 1 ]]; then ok; else fail "$1: stderr is not one line"; fi
}
finish() {  # finish SUITE: prints the counts and fails when anything failed
  echo "$1: $passed passed, $failed failed"
  [[ $failed -eq 0 ]]
}
