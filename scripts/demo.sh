#!/usr/bin/env bash
# Sets up, builds, and checks the sample article with the CLI.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/setup.sh >/dev/null
bash scripts/build.sh >/dev/null
build/native/factcheck check web/sample-article.txt
