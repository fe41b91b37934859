// Hostile input across the wasm boundary (tests/unit/test_hostile.cpp has the engine's side): every case
// ends with a result or a FactcheckError with a stable code, and the checker stays usable after it. Run
// against the split and the single-file build, on the main thread and in a worker. Nothing here asserts
// a time; a hang fails through each test's timeout.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builds, root } from './api-helpers.mjs';

const sentence = 'Microsoft has invested nearly $14 billion in OpenAI.';
const tramFacts = readFileSync(join(root, 'docs/examples/tram-story.json'), 'utf8');
const minute = 60_000;

/** Asserts that `work` throws or rejects with a FactcheckError of `code`; returns the error. */
async function failsWith(work, code) {
  let error;
  try {
    await work();
  } catch (e) {
    error = e;
  }
  assert.ok(error, `expected ${code}, but it succeeded`);
  assert.equal(error.name, 'FactcheckError', error.stack);
  assert.equal(error.code, code, error.message);
  return error;
}

/** The checker still works: the bundled claim is supported. */
async function stillChecks(checker) {
  const report = await checker.check(sentence);
  assert.deepEqual(report.claims.map((c) => c.verdict), ['supported']);
}

for (const build of builds) {
  for (const worker of [false, true]) {
    describe(`hostile input: ${build.name}${worker ? ', in a worker' : ''}`, { skip: build.skip }, () => {
      const open = async (options = {}) => (await import(build.url)).createChecker({ worker, ...options });

      test('the default limits, and a limit set per checker', { timeout: minute }, async () => {
        const checker = await open();
        try {
          assert.deepEqual(checker.limits, { maxTextBytes: 4194304, maxFactsBytes: 33554432, maxSourcesBytes: 16777216 });
          // 10 MB of text is refused before it crosses into the wasm heap, and the next check succeeds.
          const error = await failsWith(() => checker.check('x'.repeat(10 << 20)), 'engine.text_too_large');
          assert.equal(error.message, '[engine.text_too_large] the text is 10485760 bytes; the limit is 4194304 bytes (maxTextBytes)');
          await stillChecks(checker);
        } finally {
          await checker.dispose();
        }
        const small = await open({ limits: { maxTextBytes: 1000 } });
        try {
          assert.deepEqual(small.limits, { maxTextBytes: 1000, maxFactsBytes: 33554432, maxSourcesBytes: 16777216 });
          // Counted in UTF-8 bytes: 600 "é" are 1200 bytes.
          const error = await failsWith(() => small.check('é'.repeat(600)), 'engine.text_too_large');
          assert.match(error.message, /the text is 1200 bytes; the limit is 1000 bytes/);
          assert.equal((await small.check('🚀'.repeat(250))).claims.length, 0);  // exactly 1000 bytes
          await stillChecks(small);
        } finally {
          await small.dispose();
        }
      });

      test('bad limits are an api.bad_argument', { timeout: minute }, async () => {
        await failsWith(() => open({ limits: 5 }), 'api.bad_argument');
        await failsWith(() => open({ limits: { maxTextBytes: 0 } }), 'api.bad_argument');
        await failsWith(() => open({ limits: { maxTextBytes: 2.5 } }), 'api.bad_argument');
        await failsWith(() => open({ limits: { maxWords: 10 } }), 'api.bad_argument');
      });

      test('a fact base over the limit, or nested 10,000 deep, then a good check', { timeout: minute }, async () => {
        const checker = await open({ limits: { maxFactsBytes: 1000 } });
        try {
          const large = await failsWith(() => checker.loadFacts(tramFacts), 'factbase.too_large');
          assert.match(large.message, /^\[factbase\.too_large\] \/: the fact base is \d+ bytes; the limit is 1000 bytes$/);
          assert.deepEqual(large.errors.map((e) => [e.code, e.pointer]), [['factbase.too_large', '']]);
          assert.equal((await checker.factbase()).name, 'Microsoft, OpenAI and Stargate');
          await stillChecks(checker);
        } finally {
          await checker.dispose();
        }
        const unlimited = await open();
        try {
          const nest = '{"name": "deep", "facts": ' + '['.repeat(10000) + ']'.repeat(10000) + '}';
          const deep = await failsWith(() => unlimited.loadFacts(nest, { mode: 'merge' }), 'factbase.too_deep');
          assert.deepEqual(deep.errors.map((e) => [e.code, e.pointer]), [['factbase.too_deep', 'line 1, column 90']]);
          assert.equal((await unlimited.factbase()).layers.length, 1);
          await stillChecks(unlimited);
        } finally {
          await unlimited.dispose();
        }
      });

      test('lone surrogates, NUL, huge numbers and 1e999 give a report', { timeout: minute }, async () => {
        const checker = await open();
        try {
          const text = '\uD800 \u0000 \uDFFF ' + sentence + ' \u0000';
          const report = await checker.check(text);
          assert.equal(report.claims.length, 1);
          assert.equal(text.slice(report.claims[0].start, report.claims[0].end), '$14 billion');
          const digits = '7'.repeat(100000);
          for (const hostile of [`Microsoft has invested $${digits} billion in OpenAI.`, 'Microsoft has invested $1e999 in OpenAI.',
            `It counted ${digits} people, 1e999 of them. ${sentence}`]) {
            for (const claim of (await checker.check(hostile)).claims)
              for (const value of [claim.claimed.value, claim.claimed.low, claim.claimed.high])
                assert.ok(value === null || Number.isFinite(value), `${claim.text}: ${value}`);
          }
        } finally {
          await checker.dispose();
        }
      });

      // Once, in the split build on the main thread: filling 2 GB of wasm memory takes 20 to 40 seconds.
      test('out of memory is engine.out_of_memory, and the next check succeeds',
        { skip: worker || build !== builds[0], timeout: 5 * minute }, async () => {
          // 100 MB of "0," parses into 50 million JSON values: more than the 2 GB a wasm heap can reach.
          const checker = await open({ limits: { maxFactsBytes: 2147483647 } });
          try {
            const huge = '[' + '0,'.repeat(50 << 20) + '0]';
            const error = await failsWith(() => checker.loadFacts(huge), 'engine.out_of_memory');
            assert.match(error.message, /ran out of memory/);
            assert.equal((await checker.factbase()).name, 'Microsoft, OpenAI and Stargate');
            await stillChecks(checker);
          } finally {
            await checker.dispose();
          }
        });

      test('pathological repetition ends with a plain result', { timeout: 2 * minute }, async () => {
        const checker = await open();
        try {
          assert.equal((await checker.check('$'.repeat(1 << 20))).claims.length, 0);
          const billions = await checker.check('It cost $5 ' + 'billion '.repeat(100000));
          assert.deepEqual(billions.claims.map((c) => c.text), ['$5 billion']);
          await stillChecks(checker);
        } finally {
          await checker.dispose();
        }
      });
    });
  }
}
