#!/usr/bin/env node
// Writes news-like benchmark texts built from the labelled corpus's sentences (tests/corpus/*.json):
// paragraphs of three to six corpus texts, drawn in a seeded order, until the text reaches its size.
// Deterministic, so every run and every build checks the same bytes.
//
//   node scripts/bench/gen-text.mjs OUTDIR [BYTES...]     default sizes: 1 KB, 10 KB, 100 KB, 1 MB
//   -> OUTDIR/text-<BYTES>.txt, each exactly BYTES long or cut at the last sentence that fits
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const [outDir, ...sizeArgs] = process.argv.slice(2);
const usage = 'usage: node scripts/bench/gen-text.mjs OUTDIR [BYTES...]';
// An option is no directory: "--help" once made one, full of benchmark texts.
if (outDir === '--help' || outDir === '-h') {
  console.log(usage);
  process.exit(0);
}
if (!outDir || outDir.startsWith('-')) {
  console.error(usage);
  process.exit(2);
}
const sizes = sizeArgs.length ? sizeArgs.map(Number) : [1024, 10240, 102400, 1048576];
if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) {
  console.error(`gen-text: sizes are whole numbers of bytes: ${sizeArgs.join(' ')}`);
  process.exit(2);
}

const corpusDir = join(root, 'tests/corpus');
const texts = [];
for (const file of readdirSync(corpusDir).filter((f) => f.endsWith('.json')).sort()) {
  for (const c of JSON.parse(readFileSync(join(corpusDir, file), 'utf8')).cases) texts.push(c.text.trim());
}

/** A seeded xorshift32 generator in [0, 1), so every run draws the same texts. */
function random(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
}

/** A text of at most `bytes` UTF-8 bytes, whole corpus texts only, paragraphs separated by blank lines. */
export function newsText(bytes) {
  const next = random(7);
  const parts = [];
  let size = 0;
  let paragraph = [];
  let paragraphLength = 3 + Math.floor(next() * 4);
  for (;;) {
    const t = texts[Math.floor(next() * texts.length)];
    const sep = paragraph.length ? 1 : parts.length ? 2 : 0;
    const add = Buffer.byteLength(t) + sep;
    if (size + add > bytes) break;
    size += add;
    paragraph.push(t);
    if (paragraph.length === paragraphLength) {
      parts.push(paragraph.join(' '));
      paragraph = [];
      paragraphLength = 3 + Math.floor(next() * 4);
    }
  }
  if (paragraph.length) parts.push(paragraph.join(' '));
  return parts.join('\n\n');
}

mkdirSync(outDir, { recursive: true });
for (const bytes of sizes) writeFileSync(join(outDir, `text-${bytes}.txt`), newsText(bytes));
