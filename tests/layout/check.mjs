// The layout's bar (issue 13), held so that it cannot drift again: no file of core/, wasm/ or web/ over 700
// lines, no function over 120, and no header or source of a pipeline stage including one of a later stage.
// Prints the largest file and the longest functions, and fails (exit 1) on any breach.
//
//   node tests/layout/check.mjs
//
// C++ functions are measured with Universal Ctags (its end: field), JS functions with acorn, which Debian's
// emscripten package brings along (node-acorn).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const MAX_FILE_LINES = 700;
const MAX_FUNCTION_LINES = 120;
// The core's folders in pipeline order: a file may include its own folder's headers and earlier ones'.
// checker.{hpp,cpp} at the top of core/ call every stage; the CLI and the wasm facade sit above them.
const STAGES = ['base', 'model', 'text', 'quantities', 'facts', 'lexicon', 'learn', 'match', 'report', '', 'cli'];

const problems = [];

/** @param {string} dir @returns {string[]} every file under dir, relative to the root */
function walk(dir) {
  const out = [];
  for (const name of readdirSync(join(root, dir)).sort()) {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) out.push(...walk(path));
    else out.push(path);
  }
  return out;
}

const lineCount = (text) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
const files = ['core', 'wasm', 'web'].flatMap(walk).filter((f) => /\.(cpp|hpp|js|mjs|css|html)$/.test(f));
const sizes = files.map((f) => ({ file: f, lines: lineCount(readFileSync(join(root, f), 'utf8')) }));
for (const { file, lines } of sizes)
  if (lines > MAX_FILE_LINES) problems.push(`${file}: ${lines} lines (the bar is ${MAX_FILE_LINES})`);

/** @type {{name: string, at: string, lines: number}[]} */
const functions = [];

// C++: ctags prints one line per definition, with line: and end: fields.
const ctags = ['ctags-universal', 'ctags'].find((c) => {
  try {
    return execFileSync(c, ['--version'], { encoding: 'utf8' }).includes('Universal Ctags');
  } catch {
    return false;
  }
});
if (!ctags) {
  console.error('layout: Universal Ctags is missing (apt install universal-ctags; bash scripts/setup.sh does)');
  process.exit(2);
}
const tags = execFileSync(ctags, ['--c++-kinds=f', '--fields=+ne', '--languages=C++', '-R', '-f', '-', 'core', 'wasm'],
  { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
for (const row of tags.split('\n').filter(Boolean)) {
  const cols = row.split('\t');
  const field = (key) => cols.find((c) => c.startsWith(`${key}:`))?.slice(key.length + 1);
  const [start, end] = [Number(field('line')), Number(field('end'))];
  if (start && end) functions.push({ name: cols[0], at: `${cols[1]}:${start}`, lines: end - start + 1 });
}

// JS: every function, method and arrow function.
const require = createRequire(import.meta.url);
const acornAt = ['acorn', '/usr/share/nodejs/acorn'].find((m) => {
  try {
    require.resolve(m);
    return true;
  } catch {
    return false;
  }
});
if (!acornAt) {
  console.error('layout: acorn is missing (Debian: node-acorn, which emscripten depends on)');
  process.exit(2);
}
const acorn = require(acornAt);
for (const file of files.filter((f) => /\.m?js$/.test(f))) {
  const text = readFileSync(join(root, file), 'utf8');
  let ast;
  for (const sourceType of ['module', 'script']) {
    try {
      ast = acorn.parse(text, { ecmaVersion: 'latest', sourceType, locations: true, allowHashBang: true });
      break;
    } catch (e) {
      if (sourceType === 'script') problems.push(`${file}: acorn cannot parse it (${e.message})`);
    }
  }
  if (!ast) continue;
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (/Function/.test(node.type)) {
      const lines = node.loc.end.line - node.loc.start.line + 1;
      functions.push({ name: node.id?.name ?? '(anonymous)', at: `${file}:${node.loc.start.line}`, lines });
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object' && value.type) visit(value);
    }
  };
  visit(ast);
}
for (const f of functions)
  if (f.lines > MAX_FUNCTION_LINES) problems.push(`${f.at}: ${f.name} is ${f.lines} lines (the bar is ${MAX_FUNCTION_LINES})`);

// Stage order: core/<stage>/x includes "<other>/y" only for an other stage at or before its own.
for (const file of files.filter((f) => f.startsWith('core/') && /\.(cpp|hpp)$/.test(f))) {
  const parts = relative('core', file).split('/');
  const own = STAGES.indexOf(parts.length > 1 ? parts[0] : '');
  const text = readFileSync(join(root, file), 'utf8');
  for (const [, target] of text.matchAll(/^#include "([^"]+)"/gm)) {
    const folder = target.includes('/') ? target.split('/')[0] : '';
    const at = STAGES.indexOf(folder);
    if (at < 0) continue;  // generated headers and the like
    if (own >= 0 && at > own) problems.push(`${file}: includes ${target}, a later stage than its own`);
  }
}

const biggest = [...sizes].sort((a, b) => b.lines - a.lines).slice(0, 3);
const longest = [...functions].sort((a, b) => b.lines - a.lines).slice(0, 5);
console.log(`layout: ${files.length} files, ${functions.length} functions`);
console.log(`  largest files: ${biggest.map((s) => `${s.file} ${s.lines}`).join(', ')}`);
console.log(`  longest functions: ${longest.map((f) => `${f.name} ${f.lines} (${f.at})`).join(', ')}`);
if (!existsSync(join(root, 'core/checker.cpp'))) problems.push('core/checker.cpp is missing');
for (const p of problems) console.log(`  FAIL ${p}`);
console.log(problems.length ? `layout: ${problems.length} problem(s)` : 'layout: ok');
process.exit(problems.length ? 1 : 0);
