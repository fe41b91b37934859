#!/usr/bin/env node
// The Chromium half of scripts/bench.sh, timed inside the page with performance.now():
//   - cold start: a fresh browser context (empty cache) imports factcheck.js and awaits createChecker(),
//     so the module is fetched, compiled and instantiated and the bundled facts are ready;
//   - check latency and throughput of the wasm core's facade (as in Node) on each text;
//   - what a page loads: every file the demo page with the widget (index.html) and a page using
//     factcheck.js request, raw and gzipped.
// Chromium is Debian's, driven by playwright-core with the browser tests' own launcher. Prints JSON.
//
//   node scripts/bench/browser-bench.mjs DIST TEXTS_DIR
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../../tests/browser/helpers.mjs';

const [distArg, textsArg] = process.argv.slice(2);
if (!distArg || !textsArg) {
  console.error('usage: node scripts/bench/browser-bench.mjs DIST TEXTS_DIR');
  process.exit(2);
}
const dist = resolve(distArg);
const textsDir = resolve(textsArg);
const benchDir = fileURLToPath(new URL('.', import.meta.url));
const log = (msg) => process.stderr.write(`bench: ${msg}\n`);
const coldRuns = 7;

// dist/ at /, this folder at /bench/, the texts at /texts/; 127.0.0.1 only.
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8' };
const mounts = [['/bench/', benchDir], ['/texts/', textsDir], ['/', dist]];
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const [prefix, dir] = mounts.find(([p]) => path.startsWith(p));
  const file = normalize(join(dir, path.slice(prefix.length) || 'index.html'));
  if (!file.startsWith(dir.endsWith(sep) ? dir : dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  res.end(readFileSync(file));
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchBrowser();
const out = { chromium: browser.version(), cold_start: {}, check: [], page_loads: {} };

/** A fresh context and page (empty cache); `requests` collects every URL it fetches. */
async function freshPage() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  return { context, page, requests };
}

function sizesOf(urls) {
  const files = [...new Set(urls.filter((u) => u.startsWith(`${origin}/`) && !u.includes('/bench/')))]
    .map((u) => new URL(u).pathname.slice(1) || 'index.html');
  const rows = files.map((f) => {
    const bytes = readFileSync(join(dist, f));
    return { file: f, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  return { files: rows, raw: rows.reduce((n, r) => n + r.raw, 0), gzip: rows.reduce((n, r) => n + r.gzip, 0) };
}

try {
  // ---- cold start ---------------------------------------------------------------------------------
  const colds = [];
  let apiLoads;
  for (let i = 0; i < coldRuns; i++) {
    const { context, page, requests } = await freshPage();
    await page.goto(`${origin}/bench/page.html`);
    const m = await page.evaluate(async () => {
      const t0 = performance.now();
      const { createChecker } = await import('/factcheck.js');
      const checker = await createChecker();
      const ready = performance.now();
      const first = checker.check('Microsoft has invested nearly $14 billion in OpenAI.');
      const firstCheck = performance.now() - ready;
      checker.dispose();
      return { ready_ms: ready - t0, first_check_ms: firstCheck, verdict: first.claims[0]?.verdict };
    });
    if (m.verdict !== 'supported') throw new Error(`cold start: unexpected verdict ${m.verdict}`);
    colds.push(m);
    apiLoads = requests;
    await context.close();
  }
  const sorted = (k) => colds.map((c) => c[k]).sort((a, b) => a - b);
  out.cold_start = { runs: coldRuns, median_ms: sorted('ready_ms')[coldRuns >> 1], min_ms: sorted('ready_ms')[0],
    first_check_median_ms: sorted('first_check_ms')[coldRuns >> 1] };
  out.page_loads.api = sizesOf(apiLoads);

  // Where a cold start goes, step by step, through the core directly (fresh context each run).
  const steps = [];
  for (let i = 0; i < coldRuns; i++) {
    const { context, page } = await freshPage();
    await page.goto(`${origin}/bench/page.html`);
    steps.push(await page.evaluate(async () => {
      const t0 = performance.now();
      const factory = (await import('/factcheck-core.mjs')).default;
      const t1 = performance.now();
      const bytes = await (await fetch('/factcheck-core.wasm')).arrayBuffer();
      const t2 = performance.now();
      const module = await WebAssembly.compile(bytes);
      const t3 = performance.now();
      const core = await factory({
        instantiateWasm: (imports, done) => {
          WebAssembly.instantiate(module, imports).then((instance) => done(instance, module));
          return {};
        },
      });
      const t4 = performance.now();
      const session = new core.Session();
      const t5 = performance.now();
      session.delete();
      return { glue_ms: t1 - t0, fetch_wasm_ms: t2 - t1, compile_ms: t3 - t2, instantiate_ms: t4 - t3,
        bundled_facts_ms: t5 - t4 };
    }));
    await context.close();
  }
  out.cold_start.steps = Object.fromEntries(Object.keys(steps[0]).map((k) => {
    const v = steps.map((s) => s[k]).sort((a, b) => a - b);
    return [k, v[v.length >> 1]];
  }));

  // ---- check latency and throughput, in the page -------------------------------------------------
  const texts = readdirSync(textsDir).filter((f) => /^text-\d+\.txt$/.test(f))
    .sort((a, b) => parseInt(a.slice(5), 10) - parseInt(b.slice(5), 10));
  {
    const { context, page } = await freshPage();
    await page.goto(`${origin}/bench/page.html`);
    await page.evaluate(async () => {
      const factory = (await import('/factcheck-core.mjs')).default;
      const core = await factory({ locateFile: (p) => `/${p}` });
      window.benchSession = new core.Session();
    });
    for (const f of texts) {
      log(`chromium check ${f}`);
      const m = await page.evaluate(async (url) => {
        const text = await (await fetch(url)).text();
        const s = window.benchSession;
        const big = text.length > 500000;
        let start = performance.now();
        for (let i = 0; i < 3 || performance.now() - start < 300; i++) s.check(text);
        const runs = [];
        start = performance.now();
        while (runs.length < 7 || (performance.now() - start < (big ? 4000 : 1500) && runs.length < 300)) {
          const t0 = performance.now();
          s.check(text);
          runs.push(performance.now() - t0);
        }
        runs.sort((a, b) => a - b);
        return { bytes: new TextEncoder().encode(text).length, median_ms: runs[runs.length >> 1], min_ms: runs[0], runs: runs.length };
      }, `/texts/${f}`);
      out.check.push({ file: f, ...m, mb_per_s: m.bytes / 1e6 / (m.median_ms / 1000) });
    }
    await context.close();
  }

  // ---- what the widget's demo page loads ----------------------------------------------------------
  {
    const { context, page, requests } = await freshPage();
    await page.goto(`${origin}/index.html`);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    out.page_loads.widget_page = sizesOf(requests);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
process.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
