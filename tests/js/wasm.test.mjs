// The three wasm builds load where they are meant to and give exactly the CLI's report, offsets aside:
// the facade counts them in UTF-16 units. Run by scripts/test.sh after scripts/build.sh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = `${root}dist/`;

// Each build's factory, loaded the way its users load it.
const builds = {
  'ES module + .wasm': async () => {
    const { default: create } = await import(`${dist}factcheck-core.mjs`);
    return create({ wasmBinary: readFileSync(`${dist}factcheck-core.wasm`) });
  },
  'single-file ES module': async () => (await import(`${dist}factcheck-core-single.mjs`)).default(),
  'single-file classic script': async () => {
    // A classic script defines a global factory, as it would in a page opened from disk.
    const context = vm.createContext({ console, WebAssembly, TextDecoder, TextEncoder, URL, setTimeout, clearTimeout });
    vm.runInContext(readFileSync(`${dist}factcheck-core-classic.js`, 'utf8'), context);
    return context.createFactcheckCore();
  },
};

// UTF-8 byte offsets (the CLI's) to UTF-16 indices (JavaScript's).
function toUtf16(text, report) {
  const bytes = Buffer.from(text, 'utf8');
  const index = (byte) => bytes.subarray(0, byte).toString('utf8').length;
  return { ...report, claims: report.claims.map((c) => ({ ...c, start: index(c.start), end: index(c.end) })) };
}

const text = '🚀 Microsoft has invested roughly $1.4\u00a0billion in OpenAI — and OpenAI CEO Sam Altman ' +
  'says Stargate is “a joint venture between OpenAI, SoftBank and Oracle”. Café owners shrugged.';
const cli = JSON.parse(
  execFileSync(`${root}build/native/factcheck`, ['check', '--format', 'json', '-'], { input: text }).toString('utf8'));
const version = readFileSync(`${root}CMakeLists.txt`, 'utf8').match(/project\(factcheck VERSION ([0-9.]+)/)[1];

for (const [name, load] of Object.entries(builds)) {
  test(`${name}: the same report as the CLI, with JavaScript offsets`, async () => {
    const core = await load();
    assert.equal(core.version(), version);
    const session = new core.Session();
    const report = JSON.parse(session.check(text));
    assert.deepEqual(report, toUtf16(text, cli));
    for (const c of report.claims) assert.equal(text.slice(c.start, c.end), c.text);
    assert.equal(report.summary.contradicted, 1);
    assert.equal(report.summary.supported, 2);
    session.delete();
  });
}

test('a bad fact base comes back as a value, and the session keeps its facts', async () => {
  const core = await builds['single-file ES module']();
  const session = new core.Session();
  const result = JSON.parse(session.loadFacts('{"name": "x", "version": "1", "facts": [{"id": 3}]}', 'replace'));
  assert.equal(result.ok, false);
  assert.equal(result.code, 'factbase.wrong_type');
  assert.ok(result.errors.some((e) => e.pointer === '/facts/0/id'));
  assert.equal(JSON.parse(session.factbase()).name, 'Microsoft, OpenAI and Stargate');
  assert.equal(JSON.parse(session.check(text)).summary.contradicted, 1);
  session.delete();
});
