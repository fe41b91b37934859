#!/usr/bin/env node
// Turns the results scripts/bench.sh collected in OUT into the table (printed, and OUT/bench.md) and
// one JSON file (OUT/bench.json) with every figure, the budget and the machine.
//
//   node scripts/bench/report.mjs OUT DIST
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const [out, dist] = process.argv.slice(2);
const read = (f) => (existsSync(join(out, f)) ? readFileSync(join(out, f), 'utf8') : null);
const jsonl = (f) => (read(f) ?? '').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const native = jsonl('native.jsonl');
const nativeFacts = jsonl('native-facts.jsonl');
const cli = read('cli.json') && JSON.parse(read('cli.json'));
const node = JSON.parse(read('node.json'));
const browser = read('browser.json') && JSON.parse(read('browser.json'));

const cpuModel = (readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m) ?? [])[1] ?? cpus()[0]?.model;
const machine = {
  date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  nproc: Number(execSync('nproc').toString().trim()),
  cpu: cpuModel,
  node: process.version,
  chromium: browser?.chromium ?? null,
};

const base = (f) => f.replace(/^.*\//, '');
const kb = (n) => (n >= 1e6 ? `${(n / 1048576).toFixed(0)} MB` : `${Math.round(n / 1024)} KB`);
const ms = (x) => (x == null ? '—' : x < 1 ? x.toFixed(3) : x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
const mbs = (bytes, t) => (t == null ? '—' : (bytes / 1e6 / (t / 1000)).toFixed(2));
const int = (n) => n.toLocaleString('en-US');
const lines = [];
const table = (head, rows) => {
  lines.push(`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i ? '---:' : '---')).join(' | ')} |`);
  for (const r of rows) lines.push(`| ${r.join(' | ')} |`);
  lines.push('');
};

lines.push(`Machine: ${machine.cpu}, ${machine.nproc} cores (nproc), Node ${machine.node}` +
  `${machine.chromium ? `, Chromium ${machine.chromium}` : ''}; ${machine.date}. Medians unless marked.`, '');

// ---- check latency and throughput ------------------------------------------------------------------
lines.push('**Check** (text in, JSON report out), median ms and MB/s:', '');
const byFile = (list, file) => list?.find((r) => base(r.file) === base(file));
table(['text', 'native ms', 'native MB/s', 'Node wasm ms', 'Node MB/s', 'Chromium wasm ms', 'Chromium MB/s'],
  node.check.map((r) => {
    const n = byFile(native, r.file);
    const b = byFile(browser?.check, r.file);
    return [kb(r.bytes), ms(n?.check_ms), mbs(r.bytes, n?.check_ms), ms(r.median_ms), mbs(r.bytes, r.median_ms),
      ms(b?.median_ms), mbs(r.bytes, b?.median_ms)];
  }));
if (cli) lines.push(`The CLI as a process (start, bundled facts, check, JSON to /dev/null) on ${kb(cli.bytes)}: ${cli.best_of_5_ms} ms, best of 5. ` +
  `Through the JS API in Node (report parsed into objects): ${node.api_check.map((r) => `${kb(r.bytes)} ${ms(r.median_ms)} ms`).join(', ')}.`, '');

lines.push('**Native stages**, median ms (tokenise: tokens and sentences; extract: stems, quantities, entity mentions; match: cues, relations, binding, verdicts, explanations, timed as the check less the first two; report: JSON):', '');
table(['text', 'tokenise', 'extract', 'match', 'report', 'total', 'claims'],
  native.map((r) => [kb(r.bytes), ms(r.tokenise_ms), ms(r.extract_ms), ms(r.match_ms), ms(r.report_ms), ms(r.check_ms), int(r.claims)]));

// ---- memory, cold start ----------------------------------------------------------------------------
const heap = node.heap;
lines.push(`**Wasm heap**: ${(heap.after_start_bytes / 1048576).toFixed(0)} MB after start (bundled facts loaded), ` +
  `${(heap.peak_bytes / 1048576).toFixed(0)} MB peak after checking ${kb(heap.text_bytes)} (wasm memory only grows, so its final size is the peak).`, '');
if (browser) lines.push(`**Cold start in Chromium** (fresh context, empty cache: import factcheck.js, await createChecker(), so the module is fetched, compiled, instantiated and the bundled facts parsed): ` +
  `median ${ms(browser.cold_start.median_ms)} ms, best ${ms(browser.cold_start.min_ms)} ms of ${browser.cold_start.runs}; the first check after it ${ms(browser.cold_start.first_check_median_ms)} ms.` +
  (browser.cold_start.steps ? ` Step by step (medians, through the core): ${Object.entries(browser.cold_start.steps).map(([k, v]) => `${k.replace(/_ms$/, '').replace(/_/g, ' ')} ${ms(v)} ms`).join(', ')}.` : ''), '');

// ---- fact-base scale --------------------------------------------------------------------------------
lines.push('**Fact-base scale** (synthetic bases and texts from scripts/gen-facts.mjs; one 10 KB text for 1,000 and 100,000 facts):', '');
table(['facts', 'native load ms', 'native check ms', 'facts weighed', 'Node load ms', 'Node check ms'],
  nativeFacts.map((r) => {
    const n = node.facts_scale.find((x) => x.facts === r.facts);
    return [int(r.facts), ms(r.load_ms), ms(r.check_ms), int(r.facts_considered), ms(n?.load_ms), ms(n?.check_ms)];
  }));

// ---- extraction beside its peers --------------------------------------------------------------------
const x = node.extraction;
const ratio = (peerMs) => peerMs / x.ours.median_ms;
lines.push(`**Quantity extraction**, same Node process, same ${kb(x.bytes)} text (${x.sentences} sentences; Recognizers-Text given one sentence at a time, compromise the whole text; ours and the byte scan: median, the peers: best of three):`, '');
table(['extractor', 'ms', 'MB/s', 'found', 'ours is'], [
  ['ours (wasm: tokens + quantities)', ms(x.ours.median_ms), x.ours.mb_per_s.toFixed(2), int(x.ours.mentions), '1×'],
  ['byte scan in the same wasm (digits)', ms(x.byte_scan.median_ms), x.byte_scan.mb_per_s.toFixed(1), int(x.byte_scan.digits), `${(x.ours.median_ms / x.byte_scan.median_ms).toFixed(0)}× slower`],
  ['compromise .numbers()', ms(x.compromise_numbers.ms), x.compromise_numbers.mb_per_s.toFixed(3), int(x.compromise_numbers.found), `${ratio(x.compromise_numbers.ms).toFixed(0)}× faster`],
  ['compromise .money()', ms(x.compromise_money.ms), x.compromise_money.mb_per_s.toFixed(3), int(x.compromise_money.found), `${ratio(x.compromise_money.ms).toFixed(0)}× faster`],
  ['Recognizers-Text recognizeNumber', ms(x.recognizers_number.ms), x.recognizers_number.mb_per_s.toFixed(4), int(x.recognizers_number.found), `${ratio(x.recognizers_number.ms).toFixed(0)}× faster`],
  ['Recognizers-Text recognizeCurrency', ms(x.recognizers_currency.ms), x.recognizers_currency.mb_per_s.toFixed(4), int(x.recognizers_currency.found), `${ratio(x.recognizers_currency.ms).toFixed(0)}× faster`],
]);
lines.push(`On ${kb(x.large.bytes)}: ours ${ms(x.large.ours_ms)} ms (${x.large.ours_mb_per_s.toFixed(1)} MB/s), byte scan ${ms(x.large.byte_scan_ms)} ms (${x.large.byte_scan_mb_per_s.toFixed(0)} MB/s).`, '');

// ---- sizes --------------------------------------------------------------------------------------------
// Files only: dist/extension/ is the unpacked extension, which no page loads.
const files = readdirSync(dist, { withFileTypes: true }).filter((e) => e.isFile() && !e.name.endsWith('.d.ts'))
  .map((e) => e.name).sort().map((f) => {
  const b = readFileSync(join(dist, f));
  return { file: f, raw: b.length, gzip: gzipSync(b, { level: 9 }).length };
});
const sizeOf = (names) => names.reduce((a, n) => {
  const f = files.find((r) => r.file === n);
  return f ? { raw: a.raw + f.raw, gzip: a.gzip + f.gzip } : a;
}, { raw: 0, gzip: 0 });
// What a page using the API loads: measured in Chromium when it ran, else the files factcheck.js imports.
const apiPage = browser?.page_loads.api ?? { ...sizeOf(['factcheck.js', 'factcheck-api.js', 'factcheck-entry.js', 'factcheck-core.mjs', 'factcheck-core.wasm']), files: null };
const widgetPage = browser?.page_loads.widget_page ?? null;
lines.push('**Sizes** (gzip -9), every file in dist/ and what pages load:', '');
table(['file', 'raw bytes', 'gzipped'], [
  ...files.map((f) => [f.file, int(f.raw), int(f.gzip)]),
  [`**a page using factcheck.js**${apiPage.files ? ` (${apiPage.files.map((f) => f.file).join(', ')})` : ''}`, int(apiPage.raw), `**${int(apiPage.gzip)}**`],
  ...(widgetPage ? [[`**the widget's demo page** (${widgetPage.files.map((f) => f.file).join(', ')})`, int(widgetPage.raw), `**${int(widgetPage.gzip)}**`]] : []),
]);

// ---- budget ---------------------------------------------------------------------------------------------
const nodeAt = (bytes) => node.check.reduce((best, r) => (Math.abs(r.bytes - bytes) < Math.abs(best.bytes - bytes) ? r : best));
const n10 = nodeAt(10240), n100 = nodeAt(102400), n1m = nodeAt(1048576);
const perByte = (r) => r.median_ms / r.bytes;
const linear = perByte(n1m) / perByte(n100);
const f1k = nativeFacts.find((r) => r.facts === 1000), f100k = nativeFacts.find((r) => r.facts === 100000);
const factGrowth = f100k.check_ms / f1k.check_ms;
const logBound = Math.log(100000) / Math.log(1000);
const compromiseRatio = Math.min(ratio(x.compromise_numbers.ms), ratio(x.compromise_money.ms));
const recognizersRatio = Math.min(ratio(x.recognizers_number.ms), ratio(x.recognizers_currency.ms));
const scanRatio = x.large.ours_ms / x.large.byte_scan_ms;
const budget = [
  ['wasm check of a 10 KB text (Node)', '≤ 1 ms median', `${ms(n10.median_ms)} ms`, n10.median_ms <= 1],
  ['throughput on 1 MB in Node', '≥ 50 MB/s', `${n1m.mb_per_s.toFixed(2)} MB/s`, n1m.mb_per_s >= 50],
  ...(browser ? [['cold start in Chromium', '≤ 50 ms', `${ms(browser.cold_start.median_ms)} ms`, browser.cold_start.median_ms <= 50]] : []),
  ['extraction vs compromise (its faster call, .numbers() or .money())', '≥ 100×', `${compromiseRatio.toFixed(0)}×`, compromiseRatio >= 100],
  ['extraction vs Recognizers-Text (its faster call, Number or Currency)', '≥ 1,000×', `${recognizersRatio.toFixed(0)}×`, recognizersRatio >= 1000],
  ['extraction vs the byte scan, 1 MB', '≤ 20× its time', `${scanRatio.toFixed(0)}×`, scanRatio <= 20],
  ['what a page using factcheck.js loads', '≤ 150 KB gzipped', `${int(apiPage.gzip)} B`, apiPage.gzip <= 150 * 1024],
  ...(widgetPage ? [["what the widget's demo page loads", '≤ 150 KB gzipped', `${int(widgetPage.gzip)} B`, widgetPage.gzip <= 150 * 1024]] : []),
  ['linear in text length (Node: time per byte, 1 MB / 100 KB)', '≤ 1.25', linear.toFixed(2), linear <= 1.25],
  ['at most logarithmic in facts (native check, 100,000 / 1,000 facts)', `≤ ${logBound.toFixed(2)} (log ratio)`, factGrowth.toFixed(2), factGrowth <= logBound],
];
lines.push('**Budget**:', '');
table(['target', 'budget', 'measured', ''], budget.map(([t, b, m, ok]) => [t, b, m, ok ? 'pass' : '**miss**']));

const md = lines.join('\n');
writeFileSync(join(out, 'bench.md'), `${md}\n`);
writeFileSync(join(out, 'bench.json'), `${JSON.stringify({
  machine, native, native_facts: nativeFacts, cli, node, browser, sizes: { files, api_page: apiPage, widget_page: widgetPage },
  budget: budget.map(([target, limit, measured, pass]) => ({ target, limit, measured, pass })),
}, null, 1)}\n`);
process.stdout.write(`${md}\nbench: ${join(out, 'bench.json')} and bench.md written\n`);
