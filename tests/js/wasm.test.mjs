// The wasm module gives exactly the CLI's report. Run by scripts/test.sh after scripts/build.sh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { default: createFactcheckCore } = await import(`${root}dist/factcheck-core.mjs`);
const core = await createFactcheckCore();

test('the module exports the project version', () => {
  const cmake = readFileSync(`${root}CMakeLists.txt`, 'utf8');
  const version = cmake.match(/project\(factcheck VERSION ([0-9.]+)/)[1];
  assert.equal(core.version(), version);
});

test('checkJson matches the native CLI on real-looking text', () => {
  const text = 'Microsoft has invested roughly $1.4\u00a0billion in OpenAI — and OpenAI CEO Sam Altman ' +
    'says Stargate is “a joint venture between OpenAI, SoftBank and Oracle”.';
  const cli = execFileSync(`${root}build/native/factcheck`, ['check', '--format', 'json', '-'], { input: text });
  const wasm = JSON.parse(core.checkJson(text));
  assert.deepEqual(wasm, JSON.parse(cli.toString('utf8')));
  assert.equal(wasm.summary.contradicted, 1);
  assert.equal(wasm.summary.supported, 2);
});
