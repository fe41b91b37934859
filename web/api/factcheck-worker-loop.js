// The worker side of `createChecker({worker: true})`, shared by factcheck-worker.js (split build) and
// factcheck-worker-single.js (single-file build). It holds one session and relays the facade's JSON replies
// unparsed: the calling thread turns them into values or errors, exactly as it does without a worker.
import { coreFromUrl, failureReply, guarded, instantiateCore, isNode } from './factcheck-api.js';

const operations = new Set(['check', 'loadFacts', 'factbase', 'setLimits', 'addSource', 'removeSource', 'sources', 'use']);

/**
 * Answers the calling thread's messages, {id, op, args}, with {id, reply}: `init` (args: [core URL or
 * null]) loads the core and opens the session; `check`, `loadFacts`, `factbase` and `setLimits` call it.
 * @param {import('./factcheck-api.js').CoreSource} defaultCore the core this worker script ships with
 */
export async function serve(defaultCore) {
  /** @type {import('./factcheck-api.js').Session | null} */
  let session = null;
  let queue = Promise.resolve();  // one message at a time, in order, even across the async init

  /**
   * @param {{id: number, op: string, args: any[]}} message
   * @returns {Promise<{id: number, reply: string}>}
   */
  async function answer({ id, op, args }) {
    let reply;
    try {
      if (op === 'init') {
        const core = args[0] === null ? defaultCore : await coreFromUrl(args[0]);
        const module = await instantiateCore(core);
        session = new module.Session();
        reply = JSON.stringify({ ok: true, version: module.version() });
      } else if (!operations.has(op)) {
        reply = failureReply('api.internal', `unknown operation "${op}"`);
      } else if (session === null) {
        reply = failureReply('api.internal', 'the worker has no session yet');
      } else {
        const live = /** @type {any} */ (session);
        reply = guarded(() => live[op](...args));
      }
    } catch (e) {
      const error = /** @type {any} */ (e);
      reply = failureReply(error?.code ?? 'engine.internal', error?.message ?? String(e));
    }
    return { id, reply };
  }

  if (isNode) {
    const threads = 'node:worker_threads';  // computed, for bundlers (see factcheck-api.js's importNode)
    const { parentPort: port } = await import(/* webpackIgnore: true */ /* @vite-ignore */ threads);
    port?.on('message', (m) => {
      queue = queue.then(() => answer(m)).then((r) => port.postMessage(r));
    });
  } else {
    self.addEventListener('message', (e) => {
      queue = queue.then(() => answer(e.data)).then((r) => self.postMessage(r));
    });
  }
}
