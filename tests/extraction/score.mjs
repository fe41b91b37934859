// Scores the quantity extractor (`factcheck extract`) on labelled news sentences: precision and recall
// per kind, on value and on value and unit together. See tests/extraction/README.md.
//
//   node tests/extraction/score.mjs [--verbose] [--floor P,R,S] ROUND.json...
//
// A round is {"description", "cases": [{"id", "desk", "text", "quantities": [{"span", "kind",
// "value" | "low" + "high", "unit"}]}]}; kinds are money, percent, count, measure, duration, age and
// number. How the extractor's mentions are compared with the labels (decided before any round was run):
//   - Dates are never labelled, so the extractor's dates (kind "date") are left out of everything.
//   - A mention and a label pair when their spans overlap (UTF-8 bytes). Each label pairs with at most one
//     mention and each mention with at most one label (a maximum matching), so a range read as two figures
//     gives one pair and one mention too many.
//   - On value: the mention's number equals the label's (relative 1e-6), either as written or once
//     converted into the label's unit (50 bp = 0.5 pp, 2 decades = 20 yr, 10 km = 6.2137 mi); a
//     recurring value ("a third", 33.333…%) equals a label that writes it rounded ("33.3"). A label's
//     range ({low, high}) needs a mention that is a range with both ends equal; a single figure never
//     equals a range, nor a range a single figure.
//   - On value and unit: the same, and the kinds agree, and the units agree: money by ISO code; percent as
//     %, or pp with bp (a basis point is 0.01 pp); counts by the singular of their noun (the label's last
//     word: "data centre" against "centres", or the word before "de"/"di": "punto de carga" against
//     "puntos"; in other languages too, "mensen" against "mens", "pakketten" against "pakket"); numbers
//     have none; measures, durations and ages by this
//     file's own table of units (not the engine's), where two units of one dimension agree when the
//     values agree after conversion, and units the labellers wrote off the list ("Nm", "mpg") agree only
//     with the same text, ignoring case.
//   - Precision is per the extractor's kind (its mentions that pair / all its mentions of that kind),
//     recall per the label's kind (labels that pair / all labels of that kind).
// Exit status 1 when --floor P,R,S is given and a round's value precision is under P, its value recall
// under R, or its value-and-unit precision or recall under S; 0 otherwise. The extractor is
// build/native/factcheck (FACTCHECK_CLI).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = process.env.FACTCHECK_CLI ?? join(root, 'build/native/factcheck');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const floorAt = args.indexOf('--floor');
const floor = floorAt >= 0 ? args[floorAt + 1].split(',').map(Number) : null;
const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--floor');
if (files.length === 0 || !existsSync(cli)) {
  console.error(files.length === 0 ? 'usage: node tests/extraction/score.mjs [--verbose] [--floor P,R,S] ROUND.json...'
    : `score: ${cli} is missing: run bash scripts/build.sh`);
  process.exit(2);
}

const KINDS = ['money', 'percent', 'count', 'measure', 'duration', 'age', 'number'];

// ---- units: each code with its dimension and its factor to the dimension's base (temperature: a
// function to kelvin and back). Long durations (months, years) and short ones (seconds to weeks) are
// two dimensions: no labeller turns months into days.
const UNITS = {};
const unit = (dim, factor, ...codes) => codes.forEach((c) => { UNITS[c] = { dim, factor }; });
unit('length', 0.001, 'mm'); unit('length', 0.01, 'cm'); unit('length', 1, 'm');
unit('length', 1000, 'km'); unit('length', 0.0254, 'in'); unit('length', 0.3048, 'ft');
unit('length', 0.9144, 'yd'); unit('length', 1609.344, 'mi'); unit('length', 1852, 'nmi');
unit('mass', 1e-6, 'mg'); unit('mass', 1e-3, 'g'); unit('mass', 1, 'kg'); unit('mass', 1000, 't');
unit('mass', 0.45359237, 'lb'); unit('mass', 0.028349523125, 'oz'); unit('mass', 6.35029318, 'st');
unit('mass', 907.18474, 'ton'); unit('mass', 1e9, 'Mt'); unit('mass', 1e12, 'Gt');
unit('volume', 0.001, 'ml'); unit('volume', 1, 'l'); unit('volume', 3.785411784, 'gal');
unit('volume', 0.946352946, 'qt'); unit('volume', 0.473176473, 'pt'); unit('volume', 0.0295735295625, 'floz');
unit('volume', 0.2365882365, 'cup'); unit('volume', 158.987294928, 'bbl'); unit('volume', 1000, 'm³');
unit('volume', 0.01, 'cl'); unit('volume', 0.1, 'dl'); unit('volume', 100, 'hl'); unit('volume', 1e6, 'ML');
unit('volume', 1e9, 'GL');
unit('volume', 0.00492892159375, 'tsp'); unit('volume', 0.01478676478125, 'tbsp');
unit('area', 1e-6, 'mm²'); unit('area', 1e-4, 'cm²'); unit('area', 1, 'm²'); unit('area', 1e6, 'km²'); unit('area', 1e4, 'ha'); unit('area', 4046.8564224, 'acre');
unit('area', 0.09290304, 'ft²'); unit('area', 2589988.110336, 'mi²');
unit('speed', 1 / 3.6, 'km/h'); unit('speed', 0.44704, 'mph'); unit('speed', 1852 / 3600, 'kn'); unit('speed', 1, 'm/s');
unit('energy', 1, 'J'); unit('energy', 3600, 'Wh'); unit('energy', 1e3, 'kJ'); unit('energy', 1e6, 'MJ'); unit('energy', 1e9, 'GJ');
unit('energy', 1e12, 'TJ'); unit('energy', 1e15, 'PJ'); unit('energy', 1e18, 'EJ'); unit('energy', 1e21, 'ZJ'); unit('energy', 3.6e6, 'kWh'); unit('energy', 3.6e9, 'MWh'); unit('energy', 3.6e12, 'GWh');
unit('energy', 3.6e15, 'TWh'); unit('energy', 4.184, 'cal'); unit('energy', 4184, 'kcal');
unit('power', 1, 'W'); unit('power', 1e3, 'kW'); unit('power', 1e6, 'MW'); unit('power', 1e9, 'GW');
unit('power', 745.69987158227022, 'hp');
unit('data', 1e3, 'KB'); unit('data', 1e6, 'MB'); unit('data', 1e9, 'GB'); unit('data', 1e12, 'TB');
unit('time', 0.001, 'ms'); unit('time', 1, 's'); unit('time', 60, 'min'); unit('time', 3600, 'h'); unit('time', 86400, 'd');
unit('time', 604800, 'wk');
unit('months', 1, 'mo'); unit('months', 3, 'quarter'); unit('months', 12, 'yr'); unit('months', 120, 'decade');
unit('months', 1200, 'century');
const TEMPERATURE = {
  '°C': { to: (v) => v + 273.15, from: (k) => k - 273.15 },
  '°F': { to: (v) => (v + 459.67) * 5 / 9, from: (k) => k * 9 / 5 - 459.67 },
  K: { to: (v) => v, from: (k) => k },
};
// Other spellings of the codes above, as either side may write them.
const ALIASES = {
  m2: 'm²', km2: 'km²', 'sq ft': 'ft²', ft2: 'ft²', 'sq mi': 'mi²', mi2: 'mi²', m3: 'm³', 'sq m': 'm²',
  c: '°C', f: '°F', degc: '°C', degf: '°F', L: 'l', 'kph': 'km/h', 'km/hr': 'km/h', knot: 'kn', kt: 'kn',
  year: 'yr', years: 'yr', month: 'mo', months: 'mo', week: 'wk', weeks: 'wk', day: 'd', days: 'd',
  hour: 'h', hours: 'h', hr: 'h', minute: 'min', minutes: 'min', second: 's', seconds: 's', sec: 's',
  decades: 'decade', centuries: 'century', quarters: 'quarter',
  // Written out by a labeller off the list: the engine's codes for them.
  'light-year': 'ly', 'light-years': 'ly', micron: 'µm', microns: 'µm',
};
const canonical = (u) => ALIASES[u] ?? ALIASES[String(u).toLowerCase()] ?? u;

/** The value `v` in unit `from` expressed in unit `to`, or null when they do not convert. */
function convert(v, from, to) {
  const a = canonical(from), b = canonical(to);
  if (a === b) return v;
  if (TEMPERATURE[a] && TEMPERATURE[b]) return TEMPERATURE[b].from(TEMPERATURE[a].to(v));
  if (a === 'pp' && b === 'bp') return v * 100;
  if (a === 'bp' && b === 'pp') return v / 100;
  const ua = UNITS[a], ub = UNITS[b];
  return ua && ub && ua.dim === ub.dim ? (v * ua.factor) / ub.factor : null;
}

const IRREGULAR = { people: 'person', men: 'man', women: 'woman', children: 'child', feet: 'foot', teeth: 'tooth',
  mice: 'mouse', geese: 'goose', criteria: 'criterion', phenomena: 'phenomenon' };
/** The forms a noun's singular may take: "boxes" -> boxes, boxe, box; "cities" -> city. */
function singulars(noun) {
  // The head of the noun phrase: its last word ("data centre"), or the word before "of", "de" or "di"
  // ("chest of drawers", "punto de carga", "borse di dottorato").
  const words = String(noun).toLowerCase().trim().split(/[\s-]+/);
  const of = words.findIndex((x, i) => i > 0 && (x === 'de' || x === 'di' || x === 'del' || x === 'des' || x === 'of'));
  const w = of > 0 ? words[of - 1] : words.pop();
  const out = new Set([w]);
  // Irregular plurals, also at the end of a compound: "grandchildren", "policemen".
  for (const [plural, singular] of Object.entries(IRREGULAR))
    if (w.endsWith(plural)) out.add(w.slice(0, w.length - plural.length) + singular);
  if (w.endsWith('s') && !w.endsWith('ss')) out.add(w.slice(0, -1));
  if (w.endsWith('es')) out.add(w.slice(0, -2));
  if (w.endsWith('ies')) out.add(`${w.slice(0, -3)}y`);
  if (w.endsWith('ves')) { out.add(`${w.slice(0, -3)}f`); out.add(`${w.slice(0, -3)}fe`); }
  // Plurals of the other languages the rounds are written in, where the labels give the singular the
  // brief asks for: German and Dutch "-e", "-en", "-n", "-er" with umlauts ("Plätze" platz, "mensen" mens),
  // Italian "-i" for "-o" and "-e", and "-e" for "-a" ("abbonati" abbonato, "borse" borsa).
  const plain = w.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u');
  // Dutch doubles a consonant or voices it before "-en" ("pakketten" pakket, "brieven" brief, "huizen"
  // huis); Spanish drops the accent of "-ón" before "-es" ("incineraciones" incineración).
  const undouble = (v) => (/([bcdfgklmnprst])\1$/.test(v) ? v.slice(0, -1) : v);
  for (const v of new Set([w, plain])) {
    out.add(v);
    for (const end of ['e', 'en', 'n', 'er', 'ern']) {
      if (!v.endsWith(end) || v.length <= end.length + 2) continue;
      const stem = v.slice(0, -end.length);
      out.add(stem);
      if (end === 'en') {
        out.add(undouble(stem));
        if (stem.endsWith('v')) out.add(`${stem.slice(0, -1)}f`);
        if (stem.endsWith('z')) out.add(`${stem.slice(0, -1)}s`);
      }
    }
    if (v.endsWith('i')) { out.add(`${v.slice(0, -1)}o`); out.add(`${v.slice(0, -1)}e`); }
    if (v.endsWith('e')) out.add(`${v.slice(0, -1)}a`);
    if (v.endsWith('ones')) out.add(`${v.slice(0, -4)}\u00f3n`);
    if (v.endsWith('ais')) out.add(`${v.slice(0, -3)}al`);  // Portuguese "operacionais" operacional
    if (v.endsWith('isti')) out.add(`${v.slice(0, -1)}a`);  // Italian "velisti" velista
  }
  return out;
}

const close = (a, b) => Math.abs(a - b) <= 1e-6 * Math.max(1e-9, Math.abs(a), Math.abs(b)) || a === b;

/** A recurring value ("a third" as 33.333…%) written by its labeller rounded to one to three decimals. */
function roundedLabel(label, value) {
  const decimals = (String(label).split('.')[1] ?? '').length;
  const recurring = Math.abs(value * 1e6 - Math.round(value * 1e6)) > 1e-3;
  return decimals >= 1 && decimals <= 3 && recurring && Math.abs(value - label) <= 0.5 * 10 ** -decimals + 1e-9;
}
const equal = (label, value) => close(label, value) || roundedLabel(label, value);

/** The label's stated ends: [v, v] for a single figure. */
const labelEnds = (l) => ('low' in l ? [l.low, l.high] : [l.value, l.value]);
/** The mention's stated ends. */
const mentionEnds = (m) => (m.range ? m.range : [m.value, m.value]);

/** Whether the mention's number is the label's, as written or converted into the label's unit. */
function sameValue(label, m) {
  const isRange = 'low' in label;
  if (isRange !== Boolean(m.range)) return false;
  const [a, b] = labelEnds(label), [c, d] = mentionEnds(m);
  if (equal(a, c) && equal(b, d)) return true;
  const c2 = convert(c, m.unit, label.unit), d2 = convert(d, m.unit, label.unit);
  return c2 !== null && d2 !== null && close(a, c2) && close(b, d2);
}

/** Whether the units agree (sameValue() already holds). */
function sameUnit(label, m) {
  if (label.kind !== m.kind) return false;
  switch (label.kind) {
    case 'money': return String(label.unit).toUpperCase() === String(m.unit).toUpperCase();
    case 'number': return true;
    case 'count': {
      const a = singulars(label.unit);
      return [...singulars(m.unit)].some((s) => a.has(s));
    }
    case 'percent': {
      const family = (u) => (u === 'bp' ? 'pp' : u);
      return family(label.unit) === family(m.unit);
    }
    default: {
      const a = canonical(label.unit), b = canonical(m.unit);
      if (a === b || String(a).toLowerCase() === String(b).toLowerCase()) return true;
      // Known units of one dimension: the values agree once converted (sameValue checked that).
      const [c] = mentionEnds(m);
      const c2 = convert(c, b, a);
      return c2 !== null && close(c2, labelEnds(label)[0]);
    }
  }
}

/** Maximum matching of labels to mentions over the pairs `ok` admits (Kuhn's augmenting paths). */
function match(labels, mentions, ok) {
  const owner = new Array(mentions.length).fill(-1);
  const pairOf = new Array(labels.length).fill(-1);
  const edges = labels.map((l, i) => mentions.map((m, j) => j).filter((j) => overlaps(l, mentions[j]) && ok(l, mentions[j])));
  const tryLabel = (i, seen) => {
    for (const j of edges[i]) {
      if (seen.has(j)) continue;
      seen.add(j);
      if (owner[j] < 0 || tryLabel(owner[j], seen)) {
        owner[j] = i;
        pairOf[i] = j;
        return true;
      }
    }
    return false;
  };
  labels.forEach((_, i) => tryLabel(i, new Set()));
  return { owner, pairOf };
}
const overlaps = (l, m) => l.start < m.end && m.start < l.end;

/** The extractor's mentions of `text`, dates left out. */
function extract(text) {
  return new Promise((resolve, reject) => {
    const p = spawn(cli, ['extract', '--format', 'json', '-']);
    const out = [];
    p.stdout.on('data', (d) => out.push(d));
    p.on('error', reject);
    p.on('close', (code) => {
      if (code !== 0) return reject(new Error(`factcheck extract exited ${code}`));
      resolve(JSON.parse(Buffer.concat(out).toString('utf8')).quantities.filter((q) => q.kind !== 'date'));
    });
    p.stdin.end(text);
  });
}

/** Runs `fn` over `items`, two at a time, keeping their order. */
async function mapTwoAtATime(items, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const k = next++;
      results[k] = await fn(items[k]);
    }
  };
  await Promise.all([worker(), worker()]);
  return results;
}

const utf8 = (s) => Buffer.byteLength(s, 'utf8');
const pct = (a, b) => (b === 0 ? '    —' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
const show = (m) => `${m.text} = ${m.range ? m.range.join('..') : m.value} ${m.unit} (${m.kind})`;
const showLabel = (l) => `${l.span} = ${'low' in l ? `${l.low}..${l.high}` : l.value} ${l.unit} (${l.kind})`;

async function scoreRound(file) {
  const round = JSON.parse(readFileSync(file, 'utf8'));
  const tally = {};
  for (const k of [...KINDS, 'all']) tally[k] = { labels: 0, mentions: 0, found: 0, pv: 0, rv: 0, ps: 0, rs: 0 };
  const notes = [];
  let emptyCases = 0, emptyCasesClean = 0;
  const found = await mapTwoAtATime(round.cases, (c) => extract(c.text));
  round.cases.forEach((kase, ci) => {
    const mentions = found[ci];
    const labels = kase.quantities.map((q) => {
      const at = kase.text.indexOf(q.span);
      if (at < 0) throw new Error(`${basename(file)} ${kase.id}: span "${q.span}" is not in its text`);
      const start = utf8(kase.text.slice(0, at));
      return { ...q, start, end: start + utf8(q.span) };
    });
    const byValue = match(labels, mentions, sameValue);
    const strict = match(labels, mentions, (l, m) => sameValue(l, m) && sameUnit(l, m));
    const anyOverlap = match(labels, mentions, () => true);
    const add = (kind, key) => { if (tally[kind]) ++tally[kind][key]; ++tally.all[key]; };
    labels.forEach((l, i) => {
      add(l.kind, 'labels');
      if (anyOverlap.pairOf[i] >= 0) add(l.kind, 'found');
      if (byValue.pairOf[i] >= 0) add(l.kind, 'rv');
      if (strict.pairOf[i] >= 0) add(l.kind, 'rs');
    });
    mentions.forEach((m, j) => {
      if (!tally[m.kind]) tally[m.kind] = { labels: 0, mentions: 0, found: 0, pv: 0, rv: 0, ps: 0, rs: 0 };
      add(m.kind, 'mentions');
      if (byValue.owner[j] >= 0) add(m.kind, 'pv');
      if (strict.owner[j] >= 0) add(m.kind, 'ps');
    });
    if (labels.length === 0) {
      ++emptyCases;
      if (mentions.length === 0) ++emptyCasesClean;
    }
    if (!verbose) return;
    const lines = [];
    labels.forEach((l, i) => {
      if (strict.pairOf[i] >= 0) return;
      const j = anyOverlap.pairOf[i];
      const got = j >= 0 ? show(mentions[j]) : 'nothing';
      lines.push(`    ${byValue.pairOf[i] >= 0 ? 'unit' : 'miss'}  ${showLabel(l)}  <- ${got}`);
    });
    mentions.forEach((m, j) => {
      if (byValue.owner[j] < 0 && anyOverlap.owner[j] < 0) lines.push(`    extra ${show(m)}`);
    });
    if (lines.length) notes.push(`  ${kase.id} [${kase.desk}] ${kase.text.replace(/\s+/g, ' ')}\n${lines.join('\n')}`);
  });

  console.log(`${basename(file)}: ${round.cases.length} cases, ${tally.all.labels} labelled quantities, ` +
    `${tally.all.mentions} found by the extractor (dates left out)`);
  console.log('  kind       labels mentions| value: precision  recall | value+unit: precision  recall');
  for (const k of [...KINDS, ...Object.keys(tally).filter((k) => !KINDS.includes(k) && k !== 'all'), 'all']) {
    const t = tally[k];
    if (t.labels === 0 && t.mentions === 0) continue;
    console.log(`  ${k.padEnd(9)} ${String(t.labels).padStart(6)} ${String(t.mentions).padStart(6)} |` +
      `          ${pct(t.pv, t.mentions)}  ${pct(t.rv, t.labels)} |` +
      `               ${pct(t.ps, t.mentions)}  ${pct(t.rs, t.labels)}`);
  }
  const a = tally.all;
  console.log(`  labels overlapped by a mention: ${a.found} of ${a.labels}; cases with no quantity: ` +
    `${emptyCasesClean} of ${emptyCases} left with nothing found`);
  if (verbose && notes.length) console.log(`  (miss: no value match; unit: value right, unit or kind wrong; extra: overlaps no label)\n${notes.join('\n')}`);
  if (!floor) return true;
  const [P, R, S] = floor;
  const ok = a.pv / a.mentions >= P && a.rv / a.labels >= R && a.ps / a.mentions >= S && a.rs / a.labels >= S;
  if (!ok) console.log(`  below the floor: value precision ${P * 100}%, recall ${R * 100}%, value+unit ${S * 100}%`);
  return ok;
}

let failed = false;
for (const file of files) if (!(await scoreRound(file))) failed = true;
process.exit(failed ? 1 : 0);
