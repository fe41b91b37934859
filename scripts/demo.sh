#!/usr/bin/env bash
# Sets up, builds, and checks the sample article with the CLI.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/setup.sh
echo "demo: building (log in build/demo-build.log)..."
mkdir -p build
if ! bash scripts/build.sh >build/demo-build.log 2>&1; then
  tail -n 30 build/demo-build.log >&2
  echo "demo: the build failed; the full log is build/demo-build.log" >&2
  exit 1
fi
echo "demo: checking web/sample-article.txt"
echo
build/native/factcheck check web/sample-article.txt
