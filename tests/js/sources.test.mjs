// Checking against sources through the JavaScript API (issue 16): addSource, removeSource, sources and
// use, on the split and the single-file build, on the main thread and in a worker; and parity with the
// native CLI's `check --source` on the blind pairs.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builds, cliPath, cliSkip, root } from './api-helpers.mjs';
import { execFileSync } from 'node:child_process';

const minute = 60_000;
const release =
  'Harrow Foods plc employs 5,200 people in 41 shops. \u201cWe are growing,\u201d said chief executive Mara Quint. ' +
  'Revenue rose 6% to \u00a3812\u00a0million.';

async function failsWith(work, code) {
  let error;
  try {
    await work();
  } catch (e) {
    error = e;
  }
  assert.ok(error, `expected ${code}, but it succeeded`);
  assert.equal(error.code, code, error.message);
}

/** The first `count` blind pairs whose sources are written in the round itself. */
function pairs(count) {
  const round = JSON.parse(readFileSync(join(root, 'tests/sources/s16-1.json'), 'utf8'));
  return round.cases.filter((k) => k.sources.every((s) => typeof s.text === 'string')).slice(0, count);
}

for (const build of builds) {
  for (const worker of [false, true]) {
    describe(`sources: ${build.name}${worker ? ', in a worker' : ''}`, { skip: build.skip }, () => {
      const open = async (options = {}) => (await import(build.url)).createChecker({ worker, ...options });

      test('add, list, check against, use both, remove', { timeout: minute }, async () => {
        const checker = await open();
        try {
          const added = await checker.addSource(release, { name: 'harrow.txt', date: '2025-03-01' });
          assert.deepEqual(added, { name: 'harrow.txt', date: '2025-03-01', bytes: Buffer.byteLength(release), facts: added.facts });
          assert.ok(added.facts >= 3);
          const report = await checker.check('Harrow Foods employs 5,900 people. Harrow Foods CEO Mara Quint spoke.');
          const verdicts = report.claims.map((c) => c.verdict);
          assert.deepEqual(verdicts, ['contradicted', 'supported']);
          assert.equal(report.claims[0].source.document, 'harrow.txt');
          assert.match(report.claims[0].explanation, /^The sources say 5,200 people \(harrow\.txt, 2025-03-01\)/);
          assert.equal(report.claims[0].source.quote, 'Harrow Foods plc employs 5,200 people in 41 shops.');
          assert.equal(await checker.use('both'), 'both');
          assert.equal(report.factbase.basis, 'sources');
          const both = await checker.check('Microsoft has invested nearly $14 billion in OpenAI. Harrow Foods has 41 shops. ' +
            'Fenwick Water has 300 staff.');
          assert.deepEqual(both.claims.map((c) => c.verdict), ['supported', 'supported', 'unverified']);
          assert.equal(both.factbase.basis, 'both');
          assert.equal(both.verdict_names.unverified, 'Not in the fact base or the sources');
          assert.match(both.claims[1].explanation, /^Matches the sources/);
          assert.match(both.claims[2].explanation, /^Not in the fact base or the sources/);
          assert.deepEqual((await checker.sources()).map((s) => s.name), ['harrow.txt']);
          assert.deepEqual(await checker.removeSource('harrow.txt'), []);
          const after = await checker.check('Harrow Foods employs 5,900 people.');
          assert.deepEqual(after.claims.map((c) => c.verdict), ['unverified']);
        } finally {
          await checker.dispose();
        }
      });

      test('a refused source throws a coded error and loses nothing', { timeout: minute }, async () => {
        const checker = await open({ limits: { maxSourcesBytes: 300 } });
        try {
          await checker.addSource(release, { name: 'harrow.txt' });
          await failsWith(() => checker.addSource('x', { name: 'harrow.txt' }), 'learn.duplicate_name');
          await failsWith(() => checker.addSource('x', { name: 'b.txt', date: '2025-13-01' }), 'learn.bad_date');
          await failsWith(() => checker.addSource('y'.repeat(400), { name: 'big.txt' }), 'learn.too_large');
          await failsWith(() => checker.addSource(42, { name: 'n.txt' }), 'api.bad_argument');
          await failsWith(() => checker.addSource('x', null), 'api.bad_argument');
          await failsWith(() => checker.removeSource('nope.txt'), 'api.unknown_source');
          await failsWith(() => checker.use('everything'), 'api.bad_argument');
          assert.deepEqual((await checker.sources()).map((s) => s.name), ['harrow.txt']);
          assert.equal(checker.limits.maxSourcesBytes, 300);
        } finally {
          await checker.dispose();
        }
      });

      test('the same verdicts as the CLI with --source, on blind pairs', { timeout: 5 * minute, skip: cliSkip }, async () => {
        const dir = mkdtempSync(join(tmpdir(), 'factcheck-sources-'));
        const checker = await open();
        try {
          for (const kase of pairs(12)) {
            for (const s of await checker.sources()) await checker.removeSource(s.name);
            const args = [];
            for (const [i, s] of kase.sources.entries()) {
              const name = `${kase.id}-${i + 1}.txt`;
              writeFileSync(join(dir, name), s.text);
              args.push('--source', `${join(dir, name)}@${s.date}`);
              await checker.addSource(s.text, { name, date: s.date });
            }
            const cli = JSON.parse(execFileSync(cliPath, ['check', '--format', 'json', ...args, '-'], { input: kase.text }).toString());
            const js = await checker.check(kase.text);
            assert.deepEqual(js.claims.map((c) => [c.verdict, c.explanation]), cli.claims.map((c) => [c.verdict, c.explanation]), kase.id);
          }
        } finally {
          await checker.dispose();
          rmSync(dir, { recursive: true, force: true });
        }
      });
    });
  }
}
