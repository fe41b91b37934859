#!/usr/bin/env bash
# The CLI's contract: commands, formats, exit codes and one-line errors.
#   tests/cli/test_cli.sh build/native/factcheck
set -u
bin="$1"
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

printf 'Microsoft has invested roughly $1.4 billion in OpenAI.' >"$tmp/claim.txt"
expect "check text" 0 "$bin" check "$tmp/claim.txt"
contains "text table" "$tmp/out" "contradicted"
contains "text summary" "$tmp/out" "0 supported, 1 contradicted, 0 not in the fact base"
expect "check json from stdin" 0 sh -c "\"$bin\" check --format json - < \"$tmp/claim.txt\""
contains "json verdict" "$tmp/out" '"verdict": "contradicted"'
contains "json summary" "$tmp/out" '"summary"'
expect "fail-on contradicted" 1 "$bin" check --fail-on contradicted "$tmp/claim.txt"
printf 'Microsoft has invested nearly $14 billion in OpenAI.' >"$tmp/ok.txt"
expect "fail-on with nothing contradicted" 0 "$bin" check --fail-on contradicted "$tmp/ok.txt"
expect "extract json" 0 "$bin" extract --format json "$tmp/claim.txt"
contains "extract unit" "$tmp/out" '"unit": "USD"'
contains "extract comparator" "$tmp/out" '"comparator": "approx"'
expect "missing file" 2 "$bin" check "$tmp/nope.txt"
contains "missing file message" "$tmp/err" "factcheck: [cli.unreadable_input] cannot read"
one_line "missing file message" "$tmp/err"
expect "a directory as input" 2 "$bin" check "$tmp"
contains "directory message" "$tmp/err" "[cli.unreadable_input]"
expect "unknown command" 2 "$bin" frobnicate
contains "unknown command code" "$tmp/err" "[cli.usage] unknown command 'frobnicate'"
one_line "unknown command message" "$tmp/err"
expect "bad format" 2 "$bin" check --format xml "$tmp/claim.txt"
expect "no command" 2 "$bin"
printf '{"name": "x", "version": "1", "sources": [], "entities": [], "predicates": [],\n "facts": [{"id": 1}]}' >"$tmp/bad.json"
expect "invalid fact base" 2 "$bin" check --facts "$tmp/bad.json" "$tmp/claim.txt"
contains "fact base error code" "$tmp/err" "[factbase.wrong_type] /facts/0/id"
printf '{"name": ' >"$tmp/broken.json"
expect "malformed fact base" 2 "$bin" check --facts "$tmp/broken.json" "$tmp/claim.txt"
contains "syntax error position" "$tmp/err" "[factbase.json_syntax] line 1"
printf 'Caf\xe9 \xff\xfe $1.4 billion \x00 OpenAI' >"$tmp/binary.txt"
expect "invalid UTF-8 and NUL bytes" 0 "$bin" check --format json "$tmp/binary.txt"
contains "invalid bytes replaced in JSON" "$tmp/out" '"summary"'
expect "empty input" 0 sh -c "printf '' | \"$bin\" check"
contains "empty input says so" "$tmp/out" "No checkable claims found."
# The text table: a unit longer than its column keeps a space before the next, and a long span is cut
# between characters, never inside one.
printf 'Die Weberei in Augsburg streicht 180 Arbeitspl\xc3\xa4tze und 1.250 \xc3\x9cberwachungsger\xc3\xa4te\xc3\xa4\xc3\xa4\xc3\xa4\xc3\xa4\xc3\xa4\xc3\xa4\xc3\xa4.' >"$tmp/wide.txt"
expect "extract a wide table" 0 "$bin" extract "$tmp/wide.txt"
contains "a long unit keeps a space" "$tmp/out" "$(printf 'arbeitspl\xc3\xa4tze none')"
expect "the table is valid UTF-8" 0 iconv -f UTF-8 -t UTF-8 "$tmp/out"
expect "help" 0 "$bin" --help
expect "version" 0 "$bin" --version

finish cli
