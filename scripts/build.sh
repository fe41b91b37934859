#!/usr/bin/env bash
# Builds everything: the native core, CLI and tests in build/native, the wasm builds in build/wasm,
# and puts what a page, the extension or Node loads into dist/: the wasm builds and the JS API.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
jobs=$(nproc 2>/dev/null || echo 2)

cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build/native -j "$jobs"

# emcc runs Debian's acorn-based optimiser, which Node only finds through NODE_PATH.
export NODE_PATH=/usr/share/nodejs
# Closure minifies the wasm builds' JS glue (a devDependency, installed by scripts/setup.sh).
if [[ -x node_modules/.bin/google-closure-compiler ]]; then
  export EM_CLOSURE_COMPILER="$root/node_modules/.bin/google-closure-compiler"
fi
emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build/wasm -j "$jobs"

mkdir -p dist
cp build/wasm/factcheck-core.mjs build/wasm/factcheck-core.wasm build/wasm/factcheck-core-single.mjs \
  build/wasm/factcheck-core-classic.js dist/
if compgen -G "web/api/*" >/dev/null; then cp web/api/*.js web/api/*.d.ts dist/ 2>/dev/null || cp web/api/*.js dist/; fi
node scripts/package-web.mjs  # the <fact-check> widget, the demo page and the single-file factcheck.html
node scripts/package-extension.mjs  # the browser extension: dist/extension/ and dist/factcheck-extension.zip
echo "build: build/native/factcheck and dist/ are ready:"
for f in dist/*; do
  [[ -f "$f" ]] || continue
  printf '  %-32s %8d bytes, %7d gzipped\n' "$f" "$(wc -c <"$f")" "$(gzip -9c "$f" | wc -c)"
done
