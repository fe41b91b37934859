#!/usr/bin/env node
// Writes the sources benchmark's inputs (scripts/bench/bench_sources.cpp): about 1 MB of source documents
// built from the blind rounds' sources (tests/sources/*.json), each copy's names made its own so that the
// learned base holds distinct entities, and a 10 KB draft from the rounds' rewrites. Deterministic.
//
//   node scripts/bench/gen-sources.mjs OUTDIR    -> OUTDIR/sources/src-NNNN.txt, OUTDIR/draft-10k.txt
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const out = process.argv[2];
if (!out) {
  console.error('usage: node scripts/bench/gen-sources.mjs OUTDIR');
  process.exit(2);
}
const dir = join(root, 'tests/sources');
const cases = readdirSync(dir).filter((f) => /^s16-\d+\.json$/.test(f)).sort()
  .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')).cases);
const texts = cases.flatMap((k) => k.sources.filter((s) => typeof s.text === 'string').map((s) => s.text));
rmSync(join(out, 'sources'), { recursive: true, force: true });
mkdirSync(join(out, 'sources'), { recursive: true });
let bytes = 0;
for (let copy = 0, n = 0; bytes < 1 << 20; copy++) {
  for (const text of texts) {
    if (bytes >= 1 << 20) break;
    // "Kestrel Semiconductor" becomes "Kestrel3 Semiconductor" in copy 3: another company, same sentences.
    const own = copy === 0 ? text : text.replace(/\b([A-Z][a-z]{3,})\b/g, `$1${copy}`);
    writeFileSync(join(out, 'sources', `src-${String(n++).padStart(4, '0')}.txt`), own);
    bytes += Buffer.byteLength(own);
  }
}
let draft = '';
for (const k of cases) {
  if (Buffer.byteLength(draft + k.text) > 10240) break;
  draft += k.text + '\n\n';
}
writeFileSync(join(out, 'draft-10k.txt'), draft);
console.log(`sources: ${bytes} bytes of sources, a ${Buffer.byteLength(draft)}-byte draft`);
