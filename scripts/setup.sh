#!/usr/bin/env bash
# Installs, idempotently, what a fresh Debian 12 machine lacks to build and test factcheck.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
# shellcheck source=toolchain.env
source "$here/toolchain.env"

missing=()
for pkg in $APT_PACKAGES; do
  if [[ "$pkg" == nodejs ]] && command -v node >/dev/null 2>&1; then continue; fi
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
# npm installs the JS test dependencies (below); Debian ships it apart from nodejs.
if [[ -f "$root/package-lock.json" ]] && ! command -v npm >/dev/null 2>&1; then missing+=(npm); fi
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

major=$(node -p 'process.versions.node.split(".")[0]')
if ((major < NODE_MIN_MAJOR)); then
  echo "setup: Node.js $NODE_MIN_MAJOR or later is needed, found $(node --version)" >&2
  exit 1
fi
# The JS test dependencies (ajv, for the fact-base schema test), exactly as package-lock.json pins them:
# only when node_modules is missing or older than the lock file (npm writes node_modules/.package-lock.json).
if [[ -f "$root/package-lock.json" && "$root/package-lock.json" -nt "$root/node_modules/.package-lock.json" ]]; then
  echo "setup: installing JS test dependencies (npm ci)"
  (cd "$root" && npm ci --no-audit --no-fund --loglevel=error)
fi
echo "setup: ready (cmake $(cmake --version | head -1 | awk '{print $3}'), node $(node --version), emcc $(emcc --version 2>/dev/null | head -1 | grep -oE '[0-9]+\.[0-9]+\.[0-9]+' | head -1))"
