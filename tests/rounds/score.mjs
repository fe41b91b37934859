// Scores held-out rounds: texts written blind (from the facts in plain words, never from our rules or
// code), each claim labelled with the verdict a careful reader would give. See tests/rounds/README.md.
//
//   node tests/rounds/score.mjs [--verbose] [--floor P] ROUND.json...
//
// A round is {"description", "cases": [{"id", "text", "expect": [{"span", "verdict", "why",
// "ambiguous"?}]}]} (a false-alarm round: {"cases": [{"id", "text", "figures": [span...]}]}, every figure
// expected unverified). Each labelled span is judged by the claims that overlap it as a reader sees them:
// by the most severe mark among them (contradicted, then outdated, then supported, then unverified), the
// one that overlaps it most among equals; a red mark anywhere in a true span is a false red, and "$1
// billion in July 2018", green on the value and red on the year, is red. (Until 2026-12-07 the span went by
// the claim that overlapped it most, as tests/sources/score.mjs did before the same change.) Scored:
//   right         the claim's verdict is the label's; a label "unverified" with no claim at all counts
//                 as right (the reader sees no verdict), and is counted apart as "unmarked";
//   false red     a claim reported contradicted whose label is not (the worst error);
//   false green   a claim reported supported whose label is not;
//   unlabelled    a claim reported supported, contradicted or outdated that no label overlaps.
// Claims marked "ambiguous" (their verdict needs arithmetic over two facts or a reading of intent) are
// listed but not scored. Exit status 1 when a round is under --floor (percent right) or has any false red,
// false green or unlabelled verdict; 0 otherwise. The checker is build/native/factcheck (FACTCHECK_CLI).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = process.env.FACTCHECK_CLI ?? join(root, 'build/native/factcheck');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const floorAt = args.indexOf('--floor');
const floor = floorAt >= 0 ? Number(args[floorAt + 1]) : 0;
const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--floor');
if (files.length === 0 || !existsSync(cli)) {
  console.error(files.length === 0 ? 'usage: node tests/rounds/score.mjs [--verbose] [--floor P] ROUND.json...'
    : `score: ${cli} is missing: run bash scripts/build.sh`);
  process.exit(2);
}

const utf8 = (s) => Buffer.byteLength(s, 'utf8');

/** The claims of `text`, with UTF-8 offsets, as the CLI reports them. */
function check(text) {
  const r = spawnSync(cli, ['check', '--format', 'json', '-'], { input: text, maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`factcheck check failed: ${r.stderr}`);
  return JSON.parse(r.stdout.toString('utf8')).claims;
}

const severity = { contradicted: 3, outdated: 2, supported: 1, unverified: 0 };

/** The labels of a case, in the one shape: [{span, verdict, ambiguous, why}]. */
function labels(kase) {
  if (Array.isArray(kase.expect)) return kase.expect;
  if (Array.isArray(kase.claims)) return kase.claims;
  return (kase.figures ?? []).map((span) => ({ span, verdict: 'unverified', why: 'false-alarm corpus' }));
}

let failed = false;
for (const file of files) {
  const round = JSON.parse(readFileSync(file, 'utf8'));
  const tally = { right: 0, total: 0, unmarked: 0, falseRed: 0, falseGreen: 0, unlabelled: 0, ambiguous: 0 };
  const confusion = {};
  const misses = [];
  for (const kase of round.cases) {
    const claims = check(kase.text);
    const used = new Set();  // claims some label overlaps
    for (const label of labels(kase)) {
      const at = kase.text.indexOf(label.span);
      if (at < 0) throw new Error(`${basename(file)} ${kase.id}: span "${label.span}" is not in its text`);
      const start = utf8(kase.text.slice(0, at));
      const end = start + utf8(label.span);
      let best = null;
      let bestOverlap = 0;
      for (const c of claims) {
        const overlap = Math.min(end, c.end) - Math.max(start, c.start);
        if (overlap <= 0) continue;
        used.add(c);
        const graver = best && severity[c.verdict] > severity[best.verdict];
        if (!best || graver || (severity[c.verdict] === severity[best.verdict] && overlap > bestOverlap))
          [best, bestOverlap] = [c, overlap];
      }
      const got = best ? best.verdict : 'missed';
      if (label.ambiguous) {
        ++tally.ambiguous;
        if (verbose) misses.push(`  ambiguous ${kase.id} "${label.span}": labelled ${label.verdict}, got ${got}`);
        continue;
      }
      ++tally.total;
      confusion[label.verdict] ??= {};
      confusion[label.verdict][got] = (confusion[label.verdict][got] ?? 0) + 1;
      const right = got === label.verdict || (label.verdict === 'unverified' && got === 'missed');
      if (right) {
        ++tally.right;
        if (got === 'missed') ++tally.unmarked;
        continue;
      }
      if (got === 'contradicted') ++tally.falseRed;
      if (got === 'supported') ++tally.falseGreen;
      const mark = got === 'contradicted' ? 'FALSE RED  ' : got === 'supported' ? 'FALSE GREEN' : 'miss       ';
      misses.push(`  ${mark} ${kase.id} "${label.span}": labelled ${label.verdict}, got ${got}` +
        (best ? ` (${best.fact ?? 'no fact'})\n      why: ${best.explanation}` : '') +
        `\n      in: ${kase.text.replace(/\s+/g, ' ').slice(0, 220)}`);
    }
    for (const c of claims) {
      if (used.has(c) || c.verdict === 'unverified') continue;
      ++tally.unlabelled;
      misses.push(`  UNLABELLED ${kase.id} "${c.text}": reported ${c.verdict} (${c.fact})\n      in: ` +
        kase.text.replace(/\s+/g, ' ').slice(0, 220));
    }
  }
  const percent = tally.total ? (100 * tally.right) / tally.total : 100;
  console.log(`${basename(file)}: ${tally.right} of ${tally.total} right (${percent.toFixed(1)}%), ` +
    `${tally.falseRed} false red, ${tally.falseGreen} false green, ${tally.unlabelled} unlabelled verdicts; ` +
    `${tally.unmarked} unverified left unmarked, ${tally.ambiguous} ambiguous not scored`);
  const verdicts = ['supported', 'contradicted', 'outdated', 'unverified'];
  console.log(`  labelled \\ reported   ${[...verdicts, 'missed'].map((v) => v.padStart(12)).join('')}`);
  for (const v of verdicts) {
    if (!confusion[v]) continue;
    console.log(`  ${v.padEnd(21)}${[...verdicts, 'missed'].map((a) => String(confusion[v][a] ?? 0).padStart(12)).join('')}`);
  }
  if (verbose || tally.falseRed || tally.falseGreen) for (const m of misses) console.log(m);
  if (percent < floor || tally.falseRed || tally.falseGreen || tally.unlabelled) failed = true;
}
process.exit(failed ? 1 : 0);
