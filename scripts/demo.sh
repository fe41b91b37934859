#!/usr/bin/env bash
# Sets up, builds dist/ and serves it on 127.0.0.1, then prints the address of the demo page: the
# <fact-check> widget on a sample text. PORT picks the port (default 8765); Ctrl+C stops the server.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
port="${PORT:-8765}"
bash scripts/setup.sh
echo "demo: building (log in build/demo-build.log)..."
mkdir -p build
if ! bash scripts/build.sh >build/demo-build.log 2>&1; then
  tail -n 30 build/demo-build.log >&2
  echo "demo: the build failed; the full log is build/demo-build.log" >&2
  exit 1
fi
echo "demo: built. The same tool in one file, for use offline: $root/dist/factcheck.html"
exec node scripts/serve.mjs dist --port "$port" --banner
