// The public JavaScript API (dist/factcheck.js and dist/factcheck-single.js): one test body, run against
// the split build and the single-file build, on the main thread and in a worker. Run by scripts/test.sh
// after scripts/build.sh; skips with a message when dist/ lacks a build.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  builds, cliReport, cliSkip, corpus, dist, longText, projectVersion, quillfen, root, withUtf16Offsets,
} from './api-helpers.mjs';

const sentence = 'Microsoft has invested nearly $14 billion in OpenAI.';
const ferrySentence = 'Quillfen Ferries ordered new ferries for €48 million.';

// Text the engine must index in UTF-16: astral emoji (two units each), accents, curly quotes, NBSP,
// an em dash, and a NUL byte; claims stand after every one of them.
const unicodeText =
  '🚀🚀 Café news — “Microsoft has invested nearly $14\u00a0billion in OpenAI,” señor Pérez said. ' +
  'Naïvely, 👩‍👩‍👧 Microsoft put $750\u00a0million into OpenAI’s $6.6 billion round.\u0000 ' +
  'Stargate is a joint venture between OpenAI, SoftBank and Oracle. ' +
  '𝔐 Microsoft has poured $15 billion into OpenAI.';

// The CLI's reports of the corpus, computed once for both builds (one CLI run per case text).
let cliCorpusCache;
function cliCorpus() {
  cliCorpusCache ??= corpus().map(({ file, texts }) => ({
    file,
    cases: texts.map((text) => ({ text, expected: withUtf16Offsets(cliReport(text), text) })),
  }));
  return cliCorpusCache;
}

// Runs `work` (a promise) while a 10 ms interval ticks; returns its value, the ticks seen and the
// longest time the event loop went without a tick.
async function whileTicking(work) {
  let ticks = 0;
  const started = performance.now();
  let last = started, longestGap = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last);
    last = now;
    ticks++;
  }, 10);
  try {
    const value = await work();
    const ms = performance.now() - started;
    return { value, ticks, ms, longestGap: Math.max(longestGap, performance.now() - last) };
  } finally {
    clearInterval(timer);
  }
}

function summary(supported, contradicted, outdated, unverified) {
  return { supported, contradicted, outdated, unverified };
}

async function rejectsWith(promise, code) {
  await assert.rejects(promise, (e) => {
    assert.equal(e.code, code, e.message);
    return true;
  });
}

function throwsWith(fn, code) {
  assert.throws(fn, (e) => {
    assert.equal(e.code, code, e.message);
    return true;
  });
}

const unknownEntity = {
  ...quillfen,
  facts: [{ ...quillfen.facts[0], subject: 'quillfen-feries' }],
};
const unknownEntityProblem = {
  code: 'factbase.unknown_entity', pointer: '/facts/0/subject', message: 'no entity "quillfen-feries"',
};
const twoProblems = {
  ...quillfen,
  facts: [{ ...quillfen.facts[0], subject: 'quillfen-feries', source: 'harbour-gazette' }],
};

test('dist/ holds the current web/api sources (scripts/build.sh copies them)', { skip: builds[0].skip }, () => {
  for (const file of readdirSync(join(root, 'web/api'))) {
    assert.equal(readFileSync(join(dist, file), 'utf8'), readFileSync(join(root, 'web/api', file), 'utf8'),
      `dist/${file} differs from web/api/${file}: run bash scripts/build.sh`);
  }
});

for (const build of builds) {
  describe(`API over the ${build.name} (${build.entry})`, { skip: build.skip }, () => {
    /** @type {import('../../web/api/factcheck.js')} */
    let api;
    let checker;
    before(async () => {
      api = await import(build.url);
      checker = await api.createChecker();
    });
    after(() => checker?.dispose());

    test('node -e imports the entry and checks a sentence', () => {
      const script = `import('./dist/${build.entry}').then(async m => { const c = await m.createChecker(); ` +
        `console.log(c.check('${sentence}').summary) })`;
      const out = execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' });
      for (const count of ['supported: 1', 'contradicted: 0', 'outdated: 0', 'unverified: 0'])
        assert.ok(out.includes(count), out);
    });

    test('version() and checker.version give the project version', async () => {
      assert.equal(await api.version(), projectVersion);
      assert.equal(checker.version, projectVersion);
      assert.equal(checker.worker, false);
    });

    test('check() returns the report as a plain object, with the bundled fact base', () => {
      const report = checker.check(sentence);
      assert.deepEqual(report.summary, summary(1, 0, 0, 0));
      const [claim] = report.claims;
      assert.equal(claim.fact, 'microsoft-openai-total-investment');
      assert.equal(sentence.slice(claim.start, claim.end), '$14 billion');
      assert.equal(report.factbase.name, 'Microsoft, OpenAI and Stargate');
      assert.equal(report.factbase.basis, 'facts');
      assert.deepEqual(checker.check('').claims, []);
    });

    test('the whole labelled corpus gives exactly the CLI reports, offsets in UTF-16', { skip: cliSkip }, () => {
      let cases = 0;
      for (const { file, cases: list } of cliCorpus()) {
        list.forEach(({ text, expected }, i) => {
          assert.deepEqual(checker.check(text), expected, `${file}, case ${i + 1}: ${text}`);
          cases++;
        });
      }
      const sample = readFileSync(join(root, 'web/sample-article.txt'), 'utf8');
      const expected = withUtf16Offsets(cliReport(sample), sample);
      assert.deepEqual(checker.check(sample), expected, 'web/sample-article.txt');
      assert.ok(cases > 300, `only ${cases} corpus cases`);
    });

    test('offsets index the JavaScript string past emoji, accents, curly quotes, NBSP and NUL', () => {
      const report = checker.check(unicodeText);
      assert.ok(report.claims.length >= 5, JSON.stringify(report.claims.map((c) => c.text)));
      for (const c of report.claims) assert.equal(unicodeText.slice(c.start, c.end), c.text);
      assert.ok(report.claims.some((c) => c.text === '$14\u00a0billion' && c.verdict === 'supported'));
      assert.ok(report.claims.some((c) => c.text === '$15 billion' && c.verdict === 'contradicted'));
      if (!cliSkip) assert.deepEqual(report, withUtf16Offsets(cliReport(unicodeText), unicodeText));
    });

    test('a lone surrogate is read as U+FFFD and leaves every later offset right', () => {
      const text = `\uD83D ${sentence} \uDE80 ${sentence}`;
      const report = checker.check(text);
      assert.equal(report.claims.length, 2);
      for (const c of report.claims) assert.equal(text.slice(c.start, c.end), c.text);
    });

    describe('errors', () => {
      test('malformed JSON throws factbase.json_syntax and keeps the previous facts', () => {
        const before = checker.factbase();
        assert.throws(() => checker.loadFacts('{"name": "x", '), (e) => {
          assert.ok(e instanceof api.FactcheckError);
          assert.ok(e instanceof Error);
          assert.equal(e.name, 'FactcheckError');
          assert.equal(e.code, 'factbase.json_syntax');
          assert.equal(e.errors.length, 1);
          assert.equal(e.errors[0].code, 'factbase.json_syntax');
          assert.match(e.message, /^\[factbase\.json_syntax\] /);
          return true;
        });
        assert.deepEqual(checker.factbase(), before);
        assert.equal(checker.check(sentence).summary.supported, 1);
      });

      test('an unknown entity throws its code, pointer and message, and the checker goes on', () => {
        const before = checker.factbase();
        assert.throws(() => checker.loadFacts(unknownEntity, { mode: 'merge' }), (e) => {
          assert.equal(e.code, 'factbase.unknown_entity');
          assert.deepEqual(e.errors, [unknownEntityProblem]);
          assert.equal(e.message, '[factbase.unknown_entity] /facts/0/subject: no entity "quillfen-feries"');
          return true;
        });
        assert.deepEqual(checker.factbase(), before);
        assert.equal(checker.check(sentence).summary.supported, 1);
      });

      test('every problem is listed; the code is the first one\'s', () => {
        assert.throws(() => checker.loadFacts(JSON.stringify(twoProblems)), (e) => {
          assert.equal(e.code, e.errors[0].code);
          assert.deepEqual(e.errors.map((p) => [p.code, p.pointer]).sort(), [
            ['factbase.unknown_entity', '/facts/0/subject'],
            ['factbase.unknown_source', '/facts/0/source'],
          ]);
          return true;
        });
      });

      test('createChecker() rejects a bad fact base with its code', async () => {
        await assert.rejects(api.createChecker({ facts: unknownEntity }), (e) => {
          assert.ok(e instanceof api.FactcheckError);
          assert.equal(e.code, 'factbase.unknown_entity');
          assert.equal(e.errors[0].pointer, '/facts/0/subject');
          return true;
        });
      });

      test('bad arguments throw api.bad_argument or api.bad_mode', async () => {
        throwsWith(() => checker.check(42), 'api.bad_argument');
        throwsWith(() => checker.check(), 'api.bad_argument');
        throwsWith(() => checker.loadFacts(null), 'api.bad_argument');
        throwsWith(() => checker.loadFacts(7), 'api.bad_argument');
        throwsWith(() => checker.loadFacts(quillfen, 'merge'), 'api.bad_argument');
        throwsWith(() => checker.loadFacts(quillfen, { mode: 'append' }), 'api.bad_mode');
        await rejectsWith(api.createChecker('worker'), 'api.bad_argument');
        await rejectsWith(api.createChecker({ core: 'not a url' }), 'api.bad_argument');
        const absent = new URL('./no-such-core.mjs', build.url);
        await rejectsWith(api.createChecker({ core: absent }), 'api.core_unavailable');
        assert.equal(checker.check(sentence).summary.supported, 1);
      });
    });

    describe('merge and replace', () => {
      test('merge: the bundled and the invented facts are both checked, as by the CLI', { skip: cliSkip }, async () => {
        const merged = await api.createChecker({ facts: quillfen, mode: 'merge' });
        try {
          const text = `${ferrySentence} ${sentence} Quillfen Ferries later ordered more for €52 million.`;
          const report = merged.check(text);
          assert.deepEqual(report.claims.map((c) => [c.text, c.verdict]), [
            ['€48 million', 'supported'], ['$14 billion', 'supported'], ['€52 million', 'contradicted'],
          ]);
          const dir = mkdtempSync(join(tmpdir(), 'factcheck-api-'));
          try {
            writeFileSync(join(dir, 'quillfen.json'), JSON.stringify(quillfen));
            const expected = cliReport(text, ['--add-facts', join(dir, 'quillfen.json')]);
            assert.deepEqual(report, withUtf16Offsets(expected, text));
          } finally {
            rmSync(dir, { recursive: true });
          }
          const info = merged.factbase();
          assert.equal(info.layers.length, 2);
          assert.equal(info.facts, info.layers[0].facts + 1);
        } finally {
          merged.dispose();
        }
      });

      test('replace drops the bundled facts; loadFacts() returns the new fact base', async () => {
        const own = await api.createChecker();
        try {
          const bundled = own.factbase();
          const info = own.loadFacts(JSON.stringify(quillfen));
          assert.deepEqual(info, own.factbase());
          assert.equal(info.name, quillfen.name);
          assert.equal(info.facts, 1);
          assert.equal(info.layers.length, 1);
          assert.equal(info.entities, 1);
          const report = own.check(`${ferrySentence} ${sentence}`);
          assert.deepEqual(report.claims.map((c) => [c.text, c.verdict, c.fact]), [
            ['€48 million', 'supported', 'quillfen-fleet-order'], ['$14 billion', 'unverified', null],
          ]);
          const merged = own.loadFacts(readBundled(), { mode: 'merge' });
          assert.equal(merged.facts, bundled.facts + 1);
        } finally {
          own.dispose();
        }
      });

      test('a fact base given as an object or as JSON text is the same', async () => {
        const a = await api.createChecker({ facts: quillfen });
        const b = await api.createChecker({ facts: JSON.stringify(quillfen, null, 2) });
        try {
          assert.deepEqual(a.factbase(), b.factbase());
        } finally {
          a.dispose();
          b.dispose();
        }
      });
    });

    test('dispose(): every method then throws api.disposed; disposing twice is fine', async () => {
      const own = await api.createChecker();
      own.check(sentence);
      assert.equal(own.dispose(), undefined);
      throwsWith(() => own.check(sentence), 'api.disposed');
      throwsWith(() => own.loadFacts(quillfen), 'api.disposed');
      throwsWith(() => own.factbase(), 'api.disposed');
      own.dispose();
      throwsWith(() => own.check(sentence), 'api.disposed');
    });

    test('core: another factory or module URL is used instead of the entry\'s own', async () => {
      const other = builds.find((b) => b !== build);
      if (other.skip) return;
      const { default: factory } = await import(other.coreUrl);
      // A split build's factory needs its .wasm handed over in Node, where fetch cannot read a file.
      const wasm = other.files.find((f) => f.endsWith('.wasm'));
      const wasmBinary = wasm ? readFileSync(join(dist, wasm)) : undefined;
      const wrapped = (overrides) => factory({ ...overrides, wasmBinary });
      for (const core of [wrapped, other.coreUrl, new URL(other.coreUrl)]) {
        const own = await api.createChecker({ core });
        try {
          assert.deepEqual(own.check(unicodeText), checker.check(unicodeText));
        } finally {
          own.dispose();
        }
      }
    });

    test('a core that fails to load, or a runtime that throws, still gives a coded error', async () => {
      const unloadable = async () => {
        throw new Error('no wasm here');
      };
      await rejectsWith(api.createChecker({ core: unloadable }), 'api.core_unavailable');
      // A core without size limits (older than this API): refused, since the limits' defaults are the core's.
      const limitless = async () => ({ version: () => '0.0.0', Session: class { delete() {} } });
      await rejectsWith(api.createChecker({ core: limitless }), 'api.core_unavailable');
      const deleted = [];
      const broken = async () => ({
        version: () => '0.0.0',
        Session: class {
          setLimits() { return JSON.stringify({ ok: true, limits: { maxTextBytes: 1 << 20, maxFactsBytes: 1 << 20 } }); }
          check() { throw new WebAssembly.RuntimeError('unreachable'); }
          loadFacts() { return JSON.stringify({ ok: false, code: 'engine.out_of_memory', message: 'out of memory' }); }
          factbase() { return '{}'; }
          delete() { deleted.push(this); }
        },
      });
      const own = await api.createChecker({ core: broken });
      throwsWith(() => own.check(sentence), 'engine.internal');
      const outOfMemory = { code: 'engine.out_of_memory', message: '[engine.out_of_memory] out of memory' };
      assert.throws(() => own.loadFacts('{}'), outOfMemory);
      own.dispose();
      own.dispose();
      assert.equal(deleted.length, 1);
    });

    describe('worker: true', () => {
      let worker;
      before(async () => {
        worker = await api.createChecker({ worker: true });
      });
      after(() => worker?.dispose());

      test('the same methods, returning Promises of the same results', async () => {
        assert.equal(worker.worker, true);
        assert.equal(worker.version, projectVersion);
        const pending = worker.check(unicodeText);
        assert.ok(pending instanceof Promise);
        assert.deepEqual(await pending, checker.check(unicodeText));
        assert.deepEqual(await worker.factbase(), checker.factbase());
      });

      test('a 1 MB text gives the main thread\'s report without blocking the event loop', async () => {
        const text = longText(1 << 20);
        const main = checker.check(text);
        assert.ok(main.claims.length > 5000, `${main.claims.length} claims`);
        const { value, ticks, ms, longestGap } = await whileTicking(() => worker.check(text));
        assert.deepEqual(value, main);
        // A blocked loop would tick at most once, at the end, after a gap as long as the whole check.
        const seen = `${ticks} ticks in ${Math.round(ms)} ms, longest gap ${Math.round(longestGap)} ms`;
        assert.ok(ticks >= 10 && longestGap < ms / 2, seen);
      });

      test('errors cross as FactcheckError with code and errors; the facts stay', async () => {
        await assert.rejects(worker.loadFacts(unknownEntity, { mode: 'merge' }), (e) => {
          assert.ok(e instanceof api.FactcheckError);
          assert.equal(e.code, 'factbase.unknown_entity');
          assert.deepEqual(e.errors, [unknownEntityProblem]);
          return true;
        });
        await rejectsWith(worker.loadFacts('{'), 'factbase.json_syntax');
        await rejectsWith(worker.check(42), 'api.bad_argument');
        await rejectsWith(worker.loadFacts(quillfen, { mode: 'append' }), 'api.bad_mode');
        assert.equal((await worker.check(sentence)).summary.supported, 1);
        await rejectsWith(api.createChecker({ worker: true, facts: '[' }), 'factbase.json_syntax');
        await rejectsWith(api.createChecker({ worker: true, core: () => {} }), 'api.bad_argument');
      });

      test('merge and replace, as on the main thread', async () => {
        const merged = await api.createChecker({ worker: true, facts: quillfen, mode: 'merge' });
        const replaced = await api.createChecker({ worker: true, facts: quillfen });
        try {
          const text = `${ferrySentence} ${sentence}`;
          assert.deepEqual((await merged.check(text)).summary, summary(2, 0, 0, 0));
          assert.deepEqual((await replaced.check(text)).summary, summary(1, 0, 0, 1));
          assert.equal((await replaced.loadFacts(readBundled())).facts, checker.factbase().facts);
        } finally {
          await merged.dispose();
          await replaced.dispose();
        }
      });

      test('dispose() rejects running and later calls with api.disposed; twice is fine', async () => {
        const own = await api.createChecker({ worker: true });
        const running = rejectsWith(own.check(longText(1 << 18)), 'api.disposed');
        await own.dispose();
        await running;
        await rejectsWith(own.check(sentence), 'api.disposed');
        await rejectsWith(own.loadFacts(quillfen), 'api.disposed');
        await rejectsWith(own.factbase(), 'api.disposed');
        await own.dispose();
      });

      test('core: a module URL is loaded in the worker', async () => {
        const other = builds.find((b) => b !== build);
        if (other.skip) return;
        const own = await api.createChecker({ worker: true, core: other.coreUrl });
        try {
          assert.deepEqual(await own.check(unicodeText), checker.check(unicodeText));
        } finally {
          await own.dispose();
        }
      });

      test('an idle worker checker never disposed does not keep Node running', async () => {
        const script = `const m = await import('./dist/${build.entry}'); ` +
          `const c = await m.createChecker({ worker: true }); ` +
          `console.log((await c.check('${sentence}')).summary.supported);`;
        const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script],
          { cwd: root, timeout: 20000 });
        assert.equal(stdout.trim(), '1');
      });
    });
  });
}

function readBundled() {
  return readFileSync(join(root, 'core/facts/bundled.json'), 'utf8');
}
