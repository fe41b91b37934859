// Shared by the API tests (not a test file itself: node --test picks up *.test.mjs only).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
// FACTCHECK_DIST points the tests at another folder of built files (a build in progress beside dist/).
export const dist = process.env.FACTCHECK_DIST ? resolve(process.env.FACTCHECK_DIST) : join(root, 'dist');
export const cliPath = join(root, 'build/native/factcheck');

const api = ['factcheck-api.js', 'factcheck-entry.js', 'factcheck-worker-loop.js'];

/** Each build the API ships over, with the files its entry needs. The same tests run against each. */
export const builds = [
  {
    name: 'split build',
    entry: 'factcheck.js',
    core: 'factcheck-core.mjs',
    files: ['factcheck.js', 'factcheck-worker.js', ...api, 'factcheck-core.mjs', 'factcheck-core.wasm'],
  },
  {
    name: 'single-file build',
    entry: 'factcheck-single.js',
    core: 'factcheck-core-single.mjs',
    files: ['factcheck-single.js', 'factcheck-worker-single.js', ...api, 'factcheck-core-single.mjs'],
  },
].map((build) => {
  const missing = build.files.filter((f) => !existsSync(join(dist, f)));
  return {
    ...build,
    url: pathToFileURL(join(dist, build.entry)).href,
    coreUrl: pathToFileURL(join(dist, build.core)).href,
    skip: missing.length ? `dist/ lacks ${missing.join(', ')}: run bash scripts/build.sh` : false,
  };
});

/** Why a test needing the native CLI skips, or false. */
export const cliSkip = existsSync(cliPath) ? false : 'build/native/factcheck is absent: run bash scripts/build.sh';

/** The project version, from CMakeLists.txt. */
export const projectVersion = readFileSync(join(root, 'CMakeLists.txt'), 'utf8').match(
  /project\(factcheck VERSION ([0-9.]+)/,
)[1];

/** Every labelled corpus file: [{file, texts}], in name order. */
export function corpus() {
  const dir = join(root, 'tests/corpus');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, texts: JSON.parse(readFileSync(join(dir, file), 'utf8')).cases.map((c) => c.text) }));
}

/** The native CLI's JSON report of `text` (extra arguments before `-`, e.g. --add-facts FILE). */
export function cliReport(text, args = []) {
  const argv = ['check', '--format', 'json', ...args, '-'];
  const out = execFileSync(cliPath, argv, { input: text, maxBuffer: 1 << 28 });
  return JSON.parse(out.toString('utf8'));
}

/**
 * The CLI's report with its UTF-8 byte offsets turned into UTF-16 string indices, written here
 * independently of the facade's own conversion.
 */
export function withUtf16Offsets(report, text) {
  const bytes = Buffer.from(text, 'utf8');
  const index = (byte) => bytes.subarray(0, byte).toString('utf8').length;
  return { ...report, claims: report.claims.map((c) => ({ ...c, start: index(c.start), end: index(c.end) })) };
}

/** About `size` characters of news-like text: the corpus texts, over and over, one paragraph each. */
export function longText(size) {
  const paragraphs = corpus().flatMap((f) => f.texts);
  const out = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const p = paragraphs[i % paragraphs.length];
    out.push(p);
    length += p.length + 2;
  }
  return out.join('\n\n');
}

/** A small invented fact base: one ferry order, for merge and replace. */
export const quillfen = {
  name: 'Quillfen ferries (invented)',
  version: '1.0.0',
  sources: [{ id: 'harbour-gazette-2025-03-02', publisher: 'Harbour Gazette', date: '2025-03-02' }],
  entities: [{ id: 'quillfen-ferries', name: 'Quillfen Ferries', type: 'organization' }],
  predicates: [{ id: 'fleet-order', value: 'money', cues: ['order', 'ordered'] }],
  facts: [
    {
      id: 'quillfen-fleet-order',
      subject: 'quillfen-ferries',
      predicate: 'fleet-order',
      value: { amount: 48000000, unit: 'EUR' },
      source: 'harbour-gazette-2025-03-02',
    },
  ],
};
