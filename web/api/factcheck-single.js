// factcheck/single: the public JavaScript API over the single-file build (factcheck-core-single.mjs, the
// wasm inlined), for the extension and for Node with no separate .wasm file. factcheck.js is the same API
// over the split build.
// Types: factcheck.d.ts. Both entries share their implementation, factcheck-api.js and factcheck-entry.js.
//
//   import { createChecker } from 'factcheck/single';
//   const checker = await createChecker();
//   const report = checker.check('Microsoft has invested nearly $14 billion in OpenAI.');
//   checker.dispose();
import createFactcheckCore from './factcheck-core-single.mjs';
import { makeEntry } from './factcheck-entry.js';

export { FactcheckError } from './factcheck-api.js';

const entry = makeEntry({
  core: { factory: createFactcheckCore },
  // Written out in full, `new Worker(new URL(..., import.meta.url))`, so that bundlers find the worker.
  startWorker: (NodeWorker, nodeOptions) =>
    NodeWorker
      ? new NodeWorker(new URL('./factcheck-worker-single.js', import.meta.url), nodeOptions)
      : new Worker(new URL('./factcheck-worker-single.js', import.meta.url), { type: 'module' }),
});

/**
 * Creates a checker over the bundled fact base, or over `options.facts`. With `worker: true` the engine
 * runs in a Web Worker (a worker_threads Worker in Node) and every method returns a Promise.
 * @type {import('./factcheck.js').createChecker}
 */
export const createChecker = /** @type {import('./factcheck.js').createChecker} */ (entry.createChecker);

/**
 * The engine's version, e.g. "0.1.0" (loads the wasm core once, if no checker has yet).
 * @type {import('./factcheck.js').version}
 */
export const version = entry.version;
