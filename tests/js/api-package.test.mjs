// The package: `npm pack` of the repository, installed into a fresh project, gives
// `import { createChecker } from 'factcheck'` (and 'factcheck/single'). Skips without npm or a build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builds, root } from './api-helpers.mjs';

function npmVersion() {
  try {
    return execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

const skip = !npmVersion() ? 'npm is not installed' : builds.find((b) => b.skip)?.skip ?? false;

test('npm pack + npm install give import { createChecker } from "factcheck"', { skip, timeout: 120000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'factcheck-package-'));
  const npm = (args, cwd) => execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'],
    { cwd, encoding: 'utf8', env: { ...process.env, npm_config_cache: join(dir, 'npm-cache') } });
  try {
    const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', dir], root));
    const files = packed.files.map((f) => f.path);
    const needed = ['factcheck.js', 'factcheck-single.js', 'factcheck-worker.js', 'factcheck-core.mjs',
      'factcheck-core.wasm', 'factcheck-core-single.mjs', 'factcheck.d.ts'];
    for (const f of ['package.json', ...needed.map((name) => `dist/${name}`)])
      assert.ok(files.includes(f), `the package lacks ${f}`);
    assert.deepEqual(files.filter((f) => !f.startsWith('dist/') && f !== 'package.json' && f !== 'README.md'), []);

    const project = join(dir, 'project');
    mkdirSync(project);
    const manifest = { name: 'uses-factcheck', private: true, type: 'module' };
    writeFileSync(join(project, 'package.json'), JSON.stringify(manifest));
    npm(['install', '--offline', join(dir, packed.filename)], project);
    writeFileSync(join(project, 'main.js'), `
      import { createChecker, FactcheckError, version } from 'factcheck';
      import * as single from 'factcheck/single';
      const text = 'Microsoft has invested nearly $14 billion in OpenAI.';
      const a = await createChecker();
      const b = await single.createChecker({ worker: true });
      console.log(JSON.stringify({
        split: a.check(text).summary, single: (await b.check(text)).summary,
        version: await version(), error: new FactcheckError('x.y', 'z') instanceof Error,
      }));
      a.dispose();
      await b.dispose();
    `);
    const out = JSON.parse(execFileSync(process.execPath, ['main.js'], { cwd: project, encoding: 'utf8' }));
    const summary = { supported: 1, contradicted: 0, outdated: 0, unverified: 0 };
    assert.deepEqual(out.split, summary);
    assert.deepEqual(out.single, summary);
    assert.match(out.version, /^\d+\.\d+\.\d+$/);
    assert.equal(out.error, true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
