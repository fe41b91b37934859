// Records every output a user or a tool sees, so that a change meant to leave them alone (a move, a speed
// round) can be checked byte for byte: `node tests/golden/record.mjs OUT` after `bash scripts/build.sh`,
// once before the change and once after, then `diff -r BEFORE AFTER`.
//
// What is recorded, for every labelled corpus text, the sample articles, the invented story and (when
// ../shared is present) the source article:
//   cli/      `check --format json`, `check` (text), `extract --format json` and `extract` (text), and the
//             outputs of validate, import-csv and the CLI's errors;
//   js/       the JavaScript API's reports (split build) and its fact-base summaries and errors;
//   widget/   the <fact-check> element's three exports (Markdown, JSON, ClaimReview) in Chromium, and the
//             card of every claim of the known text.
// Options: --parts cli,js,widget records only those parts (all three by default; the widget part needs
// Chromium and playwright-core). FACTCHECK_DIST points at another folder of built files than dist/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const out = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--parts');
if (!out) {
  console.error('usage: node tests/golden/record.mjs [--parts cli,js,widget] OUT_DIR');
  process.exit(2);
}
const partsAt = args.indexOf('--parts');
const parts = new Set(partsAt >= 0 ? String(args[partsAt + 1]).split(',') : ['cli', 'js', 'widget']);
const cli = join(root, 'build/native/factcheck');
const dist = process.env.FACTCHECK_DIST ?? join(root, 'dist');
for (const need of [...(parts.has('cli') ? [cli] : []), join(dist, 'factcheck.js')]) {
  if (!existsSync(need)) {
    console.error(`golden: ${need} is missing: run bash scripts/build.sh`);
    process.exit(2);
  }
}

/** Every text to record, as {group, name, text, facts?}: facts is a fact-base file to check against. */
function texts() {
  const list = [];
  const corpusDir = join(root, 'tests/corpus');
  for (const file of readdirSync(corpusDir).filter((f) => f.endsWith('.json')).sort()) {
    const cases = JSON.parse(readFileSync(join(corpusDir, file), 'utf8')).cases;
    cases.forEach((c, i) => list.push({ group: file.replace(/\.json$/, ''), name: String(i), text: c.text }));
  }
  const file = (path) => readFileSync(join(root, path), 'utf8');
  list.push({ group: 'samples', name: 'sample-article', text: file('web/sample-article.txt') });
  list.push({ group: 'samples', name: 'page-sample', text: file('web/pages/sample.txt') });
  list.push({ group: 'samples', name: 'tram-story', text: file('docs/examples/tram-story.txt'),
    facts: join(root, 'docs/examples/tram-story.json') });
  const shared = join(root, '../shared/sources');
  if (existsSync(shared)) {
    for (const f of readdirSync(shared).filter((n) => n.endsWith('.txt')).sort())
      list.push({ group: 'samples', name: `shared-${f}`, text: readFileSync(join(shared, f), 'utf8') });
  }
  return list;
}

function run(argv, input) {
  const r = spawnSync(cli, argv, { input, maxBuffer: 1 << 28 });
  return `$ factcheck ${argv.join(' ')}\nexit ${r.status}\n${r.stdout.toString('utf8')}` +
    (r.stderr.length ? `stderr:\n${r.stderr.toString('utf8')}` : '');
}

function write(path, content) {
  mkdirSync(join(out, path, '..'), { recursive: true });
  writeFileSync(join(out, path), content);
}

/** Groups the records of `list` by group, one file per group, each record headed by its name. */
async function writeGroups(dir, list, record) {
  const groups = new Map();
  for (const item of list) {
    if (!groups.has(item.group)) groups.set(item.group, []);
    groups.get(item.group).push(`### ${item.name}\n${await record(item)}\n`);
  }
  for (const [group, records] of groups) write(`${dir}/${group}.txt`, records.join(''));
}

const all = texts();

const examples = join(root, 'docs/examples');

// ---- the CLI ------------------------------------------------------------------------------------
async function recordCli() {
  const factsArgs = (item) => (item.facts ? ['--facts', item.facts] : []);
  await writeGroups('cli/check-json', all, (item) => run(['check', '--format', 'json', ...factsArgs(item), '-'], item.text));
  await writeGroups('cli/check-text', all, (item) => run(['check', ...factsArgs(item), '-'], item.text));
  await writeGroups('cli/extract-json', all, (item) => run(['extract', '--format', 'json', '-'], item.text));
  await writeGroups('cli/extract-text', all, (item) => run(['extract', '-'], item.text));
  write('cli/commands.txt', [
    run(['validate', join(examples, 'tram-story.json')]),
    run(['validate', join(examples, 'broken.json')]),
    run(['validate', '--add-facts', join(examples, 'tram-story.json')]),
    run(['import-csv', join(examples, 'tram-story.csv')]),
    run(['check', '--add-facts', join(examples, 'tram-story.json'), join(examples, 'tram-story.txt')]),
    run(['check', '--facts', join(examples, 'broken.json'), '-'], 'x'),
    run(['check', '--fail-on', 'contradicted,outdated', join(root, 'web/sample-article.txt')]),
    run(['check', '--max-text-bytes', '10', '-'], 'Microsoft has invested nearly $14 billion.'),
    run(['check', '--bogus']),
    run(['--help']),
  ].join('\n').replaceAll(root, '<root>/'));
}

// ---- the JavaScript API (split build) ------------------------------------------------------------
async function recordJs() {
  const { createChecker } = await import(pathToFileURL(join(dist, 'factcheck.js')).href);
  const checker = await createChecker();
  await writeGroups('js/reports', all, async (item) => {
    if (!item.facts) return JSON.stringify(checker.check(item.text));
    const own = await createChecker();
    own.loadFacts(readFileSync(item.facts, 'utf8'), { mode: 'replace' });
    const report = JSON.stringify(own.check(item.text));
    own.dispose();
    return report;
  });
  const jsFacts = [JSON.stringify(checker.factbase())];
  try {
    checker.loadFacts(readFileSync(join(examples, 'broken.json'), 'utf8'));
  } catch (error) {
    jsFacts.push(JSON.stringify({ code: error.code, message: error.message, errors: error.errors }));
  }
  checker.loadFacts(readFileSync(join(examples, 'tram-story.json'), 'utf8'), { mode: 'merge' });
  jsFacts.push(JSON.stringify(checker.factbase()));
  write('js/factbase.txt', jsFacts.join('\n') + '\n');
  checker.dispose();
}

// ---- the widget's exports (Chromium) -------------------------------------------------------------
async function recordWidget() {
  const h = await import(pathToFileURL(join(root, 'tests/browser/helpers.mjs')).href);
  const skip = h.skipReason();
  if (skip) {
    console.error(`golden: widget part skipped: ${skip}`);
  } else {
    const [browser, server] = await Promise.all([h.launchBrowser(), h.startServer({ policy: h.embedCsp })]);
    const p = await h.openPage(browser);
    await p.page.goto(`${server.origin}/fixtures/embed.html`);
    await h.widgetReady(p.page);
    // The corpus texts in one text per corpus file (a check per case would take minutes), and the samples.
    const byGroup = new Map();
    for (const item of all.filter((i) => !i.facts)) {
      if (!byGroup.has(item.group)) byGroup.set(item.group, []);
      byGroup.get(item.group).push(item.text);
    }
    const today = new Date().toISOString().slice(0, 10);
    for (const [group, list] of byGroup) {
      const text = list.join('\n\n');
      await p.page.evaluate((t) => document.querySelector('fact-check').check(t), text);
      const exports = await p.page.evaluate(() => ['markdown', 'json', 'claimreview']
        .map((f) => document.querySelector('fact-check').exportReport(f)));
      write(`widget/${group}.md`, exports[0]);
      write(`widget/${group}.json`, exports[1]);
      write(`widget/${group}.claimreview.json`, exports[2].replaceAll(today, 'TODAY'));
    }
    // Every card of the known text: what a reader sees when opening a mark.
    await p.page.evaluate((t) => document.querySelector('fact-check').check(t), h.knownText);
    await h.waitForResult(p.page, h.knownText);
    const cards = [];
    for (let i = 0; i < h.knownClaims.length; i++) {
      await p.page.locator(`fact-check [part="result"] mark[data-claim="${i}"]`).click();
      await p.page.waitForFunction(() => window.__fcTest.card()?.shown);
      cards.push(JSON.stringify(await p.probe('card')));
    }
    write('widget/known-cards.txt', cards.join('\n') + '\n');
    await p.close();
    await browser.close();
    await server.close();
  }
}
if (parts.has('cli')) await recordCli();
if (parts.has('js')) await recordJs();
if (parts.has('widget')) await recordWidget();
console.log(`golden: ${all.length} texts recorded in ${out}`);
