// core/facts/factbase.schema.json accepts the fact bases we ship and rejects broken ones at the right
// place. Run by scripts/test.sh (node --test tests/js/); needs `npm ci` (scripts/setup.sh runs it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readJson = (path) => JSON.parse(readFileSync(`${root}${path}`, 'utf8'));

const warnings = [];
const logger = { log() {}, warn: (...args) => warnings.push(args.join(' ')), error: (...args) => warnings.push(args.join(' ')) };
// Ajv's defaults are strict about unknown keywords and types; strictRequired (a lint that wants every
// `required` name declared beside it) would reject the standard oneOf-of-required idiom used here.
const ajv = new Ajv2020({ allErrors: true, logger });
const validate = ajv.compile(readJson('core/facts/factbase.schema.json'));

/** @returns {import('ajv').ErrorObject[]} the schema's errors for `data`, none when it is valid. */
function errorsFor(data) {
  return validate(data) ? [] : validate.errors;
}

/** Asserts that `data` fails with `keyword` at `instancePath` (and, if given, with these params). */
function assertFails(data, instancePath, keyword, params = {}) {
  const errors = errorsFor(data);
  const hit = errors.some((e) => e.instancePath === instancePath && e.keyword === keyword &&
    Object.entries(params).every(([k, v]) => e.params[k] === v));
  assert.ok(hit, `expected "${keyword}" at "${instancePath}", got:\n` +
    errors.map((e) => `  ${e.keyword} ${e.instancePath} ${JSON.stringify(e.params)}`).join('\n'));
}

/** A small valid fact base; each case below breaks one thing in a fresh copy. */
function base() {
  return {
    name: 'Tiny', version: '1.0.0',
    sources: [{ id: 'gazette-2025-01-02', publisher: 'Gazette', date: '2025-01-02' }],
    entities: [{ id: 'acme', name: 'Acme', aliases: ['Acme Trams'] }, { id: 'ann-lee', name: 'Ann Lee', type: 'person' }],
    predicates: [
      { id: 'cost', value: 'money', cues: ['cost'] },
      { id: 'consortium', value: 'members', cues: ['consortium'] },
      { id: 'partner', value: 'rank', cues: ['partner'] },
    ],
    facts: [{ id: 'acme-cost', subject: 'acme', predicate: 'cost', value: { amount: 5e6, unit: 'EUR' }, source: 'gazette-2025-01-02' }],
  };
}

test('the schema compiles without strict-mode warnings', () => {
  assert.equal(typeof validate, 'function');
  assert.deepEqual(warnings, []);
});

test('the schema accepts the bundled fact base', () => {
  assert.deepEqual(errorsFor(readJson('core/facts/bundled.json')), []);
});

test('the schema accepts a base learned from sources (factcheck learn)', { skip: existsSync(`${root}build/native/factcheck`) ? false : 'build/native/factcheck is absent' }, () => {
  const round = readJson('tests/sources/s16-1.json');
  const dir = mkdtempSync(join(tmpdir(), 'factcheck-schema-'));
  try {
    const files = round.cases.slice(0, 10).flatMap((k, i) => k.sources.filter((s) => s.text).map((s, j) => {
      const file = join(dir, `${i}-${j}.txt`);
      writeFileSync(file, s.text);
      return `${file}@${s.date}`;
    }));
    files.push(join(dir, 'undated.txt'));
    writeFileSync(files.at(-1), 'Acme Widgets Ltd employs 2,300 people and sold 4.1 million widgets, $3.5\u20134.0 billion of them.');
    const learned = JSON.parse(execFileSync(`${root}build/native/factcheck`, ['learn', ...files]).toString());
    assert.ok(learned.facts.length > 50);
    assert.deepEqual(errorsFor(learned), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the schema accepts the invented tram example', () => {
  assert.deepEqual(errorsFor(readJson('docs/examples/tram-story.json')), []);
});

test('the schema accepts the small base the cases start from', () => {
  assert.deepEqual(errorsFor(base()), []);
});

test('the schema rejects docs/examples/broken.json at each planted mistake', () => {
  const broken = readJson('docs/examples/broken.json');
  assertFails(broken, '', 'additionalProperties', { additionalProperty: 'descripton' });
  assertFails(broken, '/sources/0', 'required', { missingProperty: 'publisher' });
  assertFails(broken, '/sources/0/date', 'pattern');
  assertFails(broken, '/sources/1/url', 'pattern');
  assertFails(broken, '/entities/0/aliases/1', 'pattern');
  assertFails(broken, '/entities/1/type', 'enum');
  assertFails(broken, '/predicates/1/cues', 'minItems');
  assertFails(broken, '/facts/0/value/unit', 'anyOf');
  assertFails(broken, '/facts/0/value/comparator', 'enum');
  assertFails(broken, '/facts/1/value/step', 'exclusiveMinimum');
  assertFails(broken, '/facts/2/value/members', 'minItems');
  assertFails(broken, '/facts/3/value', 'not');
  assertFails(broken, '/facts/3/value/rank', 'minimum');
  assertFails(broken, '/facts/4/values/1', 'anyOf');
});

test('a currency symbol is not a unit', () => {
  for (const unit of ['US$', '$', '€', 'EURO']) {
    const fb = base();
    fb.facts[0].value.unit = unit;
    assertFails(fb, '/facts/0/value/unit', 'anyOf');
  }
});

test('a month past 12 or a day past 31 is not a date', () => {
  for (const date of ['2025-13-01', '2025-1-5', '2025-01-32', '25', 'FY25']) {
    const fb = base();
    fb.sources[0].date = date;
    assertFails(fb, '/sources/0/date', 'pattern');
  }
});

test('a part of a year is a date: a quarter, a half, a season', () => {
  for (const date of ['2025-Q3', '2026-H2', '2029-spring', '2024-winter']) {
    const fb = base();
    fb.sources[0].date = date;
    assert.deepEqual(errorsFor(fb), [], date);
  }
  for (const date of ['2025-Q5', '2025-H3', '2025-Spring', '2025-monsoon']) {
    const fb = base();
    fb.sources[0].date = date;
    assertFails(fb, '/sources/0/date', 'pattern');
  }
});

test('a misspelled key is rejected wherever it is', () => {
  const top = base();
  top.entites = [];
  assertFails(top, '', 'additionalProperties', { additionalProperty: 'entites' });
  const inValue = base();
  inValue.facts[0].value.ammount = 1;
  assertFails(inValue, '/facts/0/value', 'additionalProperties', { additionalProperty: 'ammount' });
});

test('a fact has value or values, not both and not neither', () => {
  const both = base();
  both.facts[0].values = [{ amount: 1, unit: 'EUR', as_of: '2024' }];
  assertFails(both, '/facts/0', 'oneOf');
  const neither = base();
  delete neither.facts[0].value;
  assertFails(neither, '/facts/0', 'oneOf');
});

test('every value of a series is dated', () => {
  const fb = base();
  delete fb.facts[0].value;
  fb.facts[0].values = [{ amount: 1, unit: 'EUR', as_of: '2024-03' }, { amount: 2, unit: 'EUR' }];
  assertFails(fb, '/facts/0/values/1', 'anyOf');
});

test('as_of does not go with valid_from or valid_until', () => {
  const inValue = base();
  Object.assign(inValue.facts[0].value, { as_of: '2025', valid_until: '2026' });
  assertFails(inValue, '/facts/0/value', 'not');
  const atFact = base();
  atFact.facts[0].as_of = '2025';
  atFact.facts[0].value.valid_from = '2024';
  assertFails(atFact, '/facts/0/value', 'not');
  const withSeries = base();
  delete withSeries.facts[0].value;
  withSeries.facts[0].values = [{ amount: 1, unit: 'EUR', as_of: '2024' }];
  withSeries.facts[0].as_of = '2025';
  assertFails(withSeries, '/facts/0', 'dependentRequired', { missingProperty: 'value' });
});

test('a value has exactly one kind and its unit', () => {
  const twoKinds = base();
  twoKinds.facts[0].value.date = '2025';
  assertFails(twoKinds, '/facts/0/value', 'oneOf');
  const noUnit = base();
  delete noUnit.facts[0].value.unit;
  assertFails(noUnit, '/facts/0/value', 'dependentRequired', { missingProperty: 'unit' });
  const stepOnDate = base();
  stepOnDate.facts[0].value = { date: '2029', step: 1 };
  assertFails(stepOnDate, '/facts/0/value', 'dependentRequired', { missingProperty: 'amount' });
});

test('members, ranks, steps, cues, aliases and entity types are checked', () => {
  const members = base();
  members.facts.push({ id: 'm', subject: 'acme', predicate: 'consortium', value: { members: [] }, source: 'gazette-2025-01-02' });
  assertFails(members, '/facts/1/value/members', 'minItems');
  const rank = base();
  rank.facts.push({ id: 'r', subject: 'acme', predicate: 'partner', value: { rank: 1.5 }, source: 'gazette-2025-01-02' });
  assertFails(rank, '/facts/1/value/rank', 'type');
  const step = base();
  step.facts[0].value.step = -1;
  assertFails(step, '/facts/0/value/step', 'exclusiveMinimum');
  const cues = base();
  cues.predicates[0].cues = [];
  assertFails(cues, '/predicates/0/cues', 'minItems');
  const alias = base();
  alias.entities[0].aliases.push('  ');
  assertFails(alias, '/entities/0/aliases/1', 'pattern');
  const type = base();
  type.entities[0].type = 'company';
  assertFails(type, '/entities/0/type', 'enum');
  const comparator = base();
  comparator.facts[0].value.comparator = 'roughly';
  assertFails(comparator, '/facts/0/value/comparator', 'enum');
});

test('sources need a publisher, a date and a web url', () => {
  const publisher = base();
  delete publisher.sources[0].publisher;
  assertFails(publisher, '/sources/0', 'required', { missingProperty: 'publisher' });
  const url = base();
  url.sources[0].url = 'ftp://example.org/x';
  assertFails(url, '/sources/0/url', 'pattern');
});

// The schema cannot see these; they keep the example files in step with each other.
test('the tram example: references resolve and the expected claims are in the text, in order', () => {
  const fb = readJson('docs/examples/tram-story.json');
  const ids = (list) => new Set(list.map((x) => x.id));
  const [sources, entities, predicates] = [ids(fb.sources), ids(fb.entities), ids(fb.predicates)];
  for (const f of fb.facts) {
    assert.ok(entities.has(f.subject), f.id);
    if (f.object) assert.ok(entities.has(f.object), f.id);
    assert.ok(predicates.has(f.predicate), f.id);
    assert.ok(sources.has(f.source), f.id);
    for (const v of f.values ?? [f.value]) {
      if (v.source) assert.ok(sources.has(v.source), f.id);
      for (const m of [...(v.members ?? []), ...(v.optional_members ?? []), ...(v.entity ? [v.entity] : [])])
        assert.ok(entities.has(m), `${f.id}: ${m}`);
    }
  }
  assert.equal(ids(fb.facts).size, fb.facts.length);

  const text = readFileSync(`${root}docs/examples/tram-story.txt`, 'utf8');
  const expected = readJson('docs/examples/tram-story.expected.json');
  let from = 0;
  for (const { text: span, verdict } of expected) {
    const at = text.indexOf(span, from);
    assert.ok(at >= 0, `"${span}" is not in tram-story.txt after offset ${from}`);
    from = at + span.length;
    assert.ok(['supported', 'contradicted', 'outdated', 'unverified'].includes(verdict), verdict);
  }
  const verdicts = new Set(expected.map((c) => c.verdict));
  assert.deepEqual([...verdicts].sort(), ['contradicted', 'outdated', 'supported', 'unverified']);
});
