#!/usr/bin/env bash
# Builds everything: the native core, CLI and tests in build/native, the wasm module in build/wasm,
# and copies the wasm artifacts to dist/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
jobs=$(nproc 2>/dev/null || echo 2)

cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build/native -j "$jobs"

# emcc runs Debian's acorn-based optimiser, which Node only finds through NODE_PATH.
export NODE_PATH=/usr/share/nodejs
emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build/wasm -j "$jobs"

mkdir -p dist
cp build/wasm/factcheck-core.mjs dist/
echo "build: build/native/factcheck and dist/factcheck-core.mjs are ready"
