// Scores checking against sources on blind rounds: source/rewrite pairs written by helpers who never saw
// the engine, each figure of the rewrite labelled with the verdict a careful reader gives against the
// pair's own sources. See tests/sources/README.md.
//
//   node tests/sources/score.mjs [--verbose] [--distractors] [--floor P] [--max-false N] ROUND.json...
//
// A round is {"description", "cases": [{"id", "desk", "voice", "sources": [{"name", "date", "text"} |
// {"name", "date", "path"}], "text", "expect": [{"span", "verdict", "why", "ambiguous"?}],
// "distractors": [sentence...]}]}. A source given by "path" (relative to the repository root, the article
// in ../shared/sources/) is skipped, saying so, when the file is absent. Each case's sources are written
// to files and passed as `factcheck check --source FILE@DATE`; with --distractors, the case's unrelated
// sentences are first mixed into its first source, spread between its sentences. Each labelled span is
// judged by the claims that overlap it as a reader sees them: by the most severe mark among them
// (contradicted, then outdated, then supported, then unverified), the one that overlaps it most among
// equals. A span that holds a changed and a kept figure ("fell by 19% to 68,900") is right when the changed
// one is marked red; a red mark anywhere in a true span is a false red. (Until 2026-12-07 the span went by
// the claim that overlapped it most, which hid two false reds behind longer true figures in their spans and
// counted the kept figures of changed spans as false greens.) Scored as tests/rounds/score.mjs scores:
//   right        the claim's verdict is the label's ("unverified" with no claim at all counts as right);
//   false red    a claim reported contradicted whose label is not;
//   false green  a claim reported supported whose label is not.
// Exit status 1 when a round is under --floor (percent right) or has more than --max-false (default 0)
// false reds or false greens together; 0 otherwise. The checker is build/native/factcheck (FACTCHECK_CLI).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = process.env.FACTCHECK_CLI ?? join(root, 'build/native/factcheck');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const distract = args.includes('--distractors');
const valueOf = (name, fallback) => (args.indexOf(name) >= 0 ? Number(args[args.indexOf(name) + 1]) : fallback);
const floor = valueOf('--floor', 0);
const maxFalse = valueOf('--max-false', 0);
const files = args.filter((a, i) => !a.startsWith('--') && !['--floor', '--max-false'].includes(args[i - 1]));
if (files.length === 0 || !existsSync(cli)) {
  console.error(files.length === 0 ? 'usage: node tests/sources/score.mjs [--verbose] [--distractors] ROUND.json...'
    : `score: ${cli} is missing: run bash scripts/build.sh`);
  process.exit(2);
}

const utf8 = (s) => Buffer.byteLength(s, 'utf8');
const work = mkdtempSync(join(tmpdir(), 'factcheck-sources-'));

/** The case's distractor sentences spread between the sentences of `text`. */
function mixIn(text, distractors) {
  if (!distractors?.length) return text;
  const sentences = text.split(/(?<=[.!?])\s+(?=[A-Z“"‘'(])/);
  const out = [];
  const every = Math.max(1, Math.floor(sentences.length / (distractors.length + 1)));
  let next = 0;
  sentences.forEach((s, i) => {
    out.push(s);
    if ((i + 1) % every === 0 && next < distractors.length) out.push(distractors[next++]);
  });
  while (next < distractors.length) out.push(distractors[next++]);
  return out.join(' ');
}

/** The text of a case's source, or null when it lives in ../shared and that is absent. */
function sourceText(source) {
  if (typeof source.text === 'string') return source.text;
  const path = join(root, source.path);
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

/** The claims of a case's rewrite checked against its sources, with UTF-8 offsets; null when skipped. */
function check(kase) {
  const flags = [];
  for (let i = 0; i < kase.sources.length; i++) {
    const source = kase.sources[i];
    let text = sourceText(source);
    if (text === null) return null;
    if (distract && i === 0) text = mixIn(text, kase.distractors);
    const file = join(work, `${kase.id}-${i + 1}-${source.name.replace(/[^A-Za-z0-9]+/g, '-').slice(0, 60)}.txt`);
    writeFileSync(file, text);
    flags.push('--source', source.date ? `${file}@${source.date}` : file);
  }
  const r = spawnSync(cli, ['check', '--format', 'json', ...flags, '-'], { input: kase.text, maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`factcheck check failed on ${kase.id}: ${r.stderr}`);
  return JSON.parse(r.stdout.toString('utf8')).claims;
}

// How grave a mark is to a reader: a red mark in a span is seen before a green one.
const severity = { contradicted: 3, outdated: 2, supported: 1, unverified: 0 };

let failed = false;
for (const file of files) {
  const round = JSON.parse(readFileSync(file, 'utf8'));
  const tally = { right: 0, total: 0, falseRed: 0, falseGreen: 0, ambiguous: 0, ambiguousRed: 0, skipped: 0 };
  const confusion = {};
  const misses = [];
  for (const kase of round.cases) {
    const claims = check(kase);
    if (claims === null) {
      tally.skipped++;
      continue;
    }
    for (const label of kase.expect) {
      const at = kase.text.indexOf(label.span);
      if (at < 0) throw new Error(`${kase.id}: span "${label.span}" is not in the text`);
      const start = utf8(kase.text.slice(0, at));
      const end = start + utf8(label.span);
      let best = null;
      let bestOverlap = 0;
      for (const c of claims) {
        const overlap = Math.min(end, c.end) - Math.max(start, c.start);
        if (overlap <= 0) continue;
        const graver = best && severity[c.verdict] > severity[best.verdict];
        if (!best || graver || (severity[c.verdict] === severity[best.verdict] && overlap > bestOverlap)) {
          bestOverlap = overlap;
          best = c;
        }
      }
      const got = best ? best.verdict : 'unverified';
      if (label.ambiguous) {
        // Not scored, but a red mark on a figure its writer held true is shown: the worst error hides here.
        tally.ambiguous++;
        if (got === 'contradicted' && label.verdict !== 'contradicted') {
          tally.ambiguousRed++;
          misses.push({ id: kase.id, span: label.span, want: `${label.verdict} (ambiguous)`, got, why: label.why,
            explanation: best?.explanation ?? '(no claim)' });
        }
        continue;
      }
      tally.total++;
      const key = `${label.verdict}->${got}`;
      confusion[key] = (confusion[key] ?? 0) + 1;
      if (got === label.verdict) {
        tally.right++;
        continue;
      }
      if (got === 'contradicted') tally.falseRed++;
      if (got === 'supported') tally.falseGreen++;
      misses.push({ id: kase.id, span: label.span, want: label.verdict, got, why: label.why,
        explanation: best?.explanation ?? '(no claim)' });
    }
  }
  const pct = tally.total ? (100 * tally.right) / tally.total : 0;
  const name = basename(file) + (distract ? ' (distractors mixed in)' : '');
  console.log(`${name}: ${tally.right}/${tally.total} right (${pct.toFixed(1)}%), false red ${tally.falseRed}, ` +
    `false green ${tally.falseGreen}, ambiguous ${tally.ambiguous} (${tally.ambiguousRed} of them red)` +
    (tally.skipped ? `, ${tally.skipped} cases skipped (../shared/sources absent)` : ''));
  console.log('  ' + Object.entries(confusion).sort().map(([k, v]) => `${k} ${v}`).join(', '));
  if (verbose) {
    for (const m of misses)
      console.log(`  ${m.id} "${m.span}" want ${m.want}, got ${m.got} (${m.why})\n      ${m.explanation}`);
  }
  if (pct < floor || tally.falseRed + tally.falseGreen > maxFalse) failed = true;
}
rmSync(work, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
