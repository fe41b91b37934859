// The second half of the implementation behind factcheck.js and factcheck-single.js (the first is
// factcheck-api.js): the checker whose engine runs in a worker, and makeEntry(), which builds an entry's
// public functions over either checker. Nothing here is imported by users directly.
import {
  Checker,
  FactcheckError,
  applyLimits,
  badArgument,
  coreFromUrl,
  describe,
  disposedError,
  factsArgument,
  importNode,
  instantiateCore,
  isNode,
  limitsArgument,
  messageOf,
  modeArgument,
  nameArgument,
  refuseOversized,
  sourceArguments,
  textArgument,
  unwrap,
} from './factcheck-api.js';

/** @typedef {import('./factcheck.js').Report} Report */
/** @typedef {import('./factcheck.js').FactbaseInfo} FactbaseInfo */
/** @typedef {import('./factcheck.js').CheckerOptions} CheckerOptions */
/** @typedef {import('./factcheck.js').LoadOptions} LoadOptions */
/** @typedef {import('./factcheck.js').SourceOptions} SourceOptions */
/** @typedef {import('./factcheck.js').SourceInfo} SourceInfo */
/** @typedef {import('./factcheck.js').Limits} Limits */
/** @typedef {import('./factcheck.js').AsyncChecker} AsyncChecker */
/** @typedef {import('./factcheck-api.js').CoreSource} CoreSource */
/** @typedef {import('./factcheck-api.js').CoreFactory} CoreFactory */

/**
 * The calling thread's end of a worker (see connect()).
 * @typedef {object} Port
 * @property {(message: {id: number, reply: string}) => void} onReply set by the checker
 * @property {(message: string) => void} onFailure set by the checker
 * @property {(message: {id: number, op: string, args: unknown[]}) => void} post
 * @property {() => Promise<void>} terminate
 * @property {() => void} busy
 * @property {() => void} idle
 */

/**
 * A checker whose engine runs in a Web Worker (browsers) or a worker_threads Worker (Node): every method
 * returns a Promise, and a long text never blocks the calling thread.
 * @implements {AsyncChecker}
 */
class WorkerChecker {
  /** @type {Port} */
  #port;
  /** @type {Map<number, {resolve: (value: any) => void, reject: (error: unknown) => void}>} */
  #pending = new Map();
  #nextId = 0;
  /** @type {FactcheckError | null} the error every call gets once the worker has died or been disposed */
  #broken = null;

  /** @param {Port} port */
  constructor(port) {
    this.#port = port;
    /** The engine's version, set once the worker is ready. @type {string} */
    this.version = '';
    /** True: this checker runs in a worker. @type {true} */
    this.worker = /** @type {const} */ (true);
    /** The size limits in force, set once the worker is ready. @type {Limits} */
    this.limits = { maxTextBytes: 0, maxFactsBytes: 0, maxSourcesBytes: 0 };
    port.onReply = ({ id, reply }) => {
      const call = this.#pending.get(id);
      if (!call) return;
      this.#pending.delete(id);
      if (this.#pending.size === 0) port.idle();
      try {
        call.resolve(unwrap(reply));
      } catch (e) {
        call.reject(e);
      }
    };
    port.onFailure = (message) => {
      this.#fail(new FactcheckError('api.worker_failed', `the worker stopped: ${message}`));
    };
  }

  /**
   * Rejects every pending and later call with `error`, and stops the worker.
   * @param {FactcheckError} error
   */
  #fail(error) {
    if (this.#broken) return Promise.resolve();
    this.#broken = error;
    for (const call of this.#pending.values()) call.reject(error);
    this.#pending.clear();
    return this.#port.terminate();
  }

  /**
   * Sends one operation to the worker: `init`, or a method of the session.
   * @param {string} op
   * @param {unknown[]} args
   * @returns {Promise<any>}
   */
  call(op, args) {
    if (this.#broken) return Promise.reject(this.#broken);
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      if (this.#pending.size === 1) this.#port.busy();
      this.#port.post({ id, op, args });
    });
  }

  /**
   * @param {string} text
   * @returns {Promise<Report>}
   */
  async check(text) {
    if (this.#broken) throw this.#broken;
    const input = textArgument(text);
    refuseOversized(input, this.limits.maxTextBytes, 'engine.text_too_large');
    return this.call('check', [input]);
  }

  /**
   * @param {string | object} facts
   * @param {LoadOptions} [options]
   * @returns {Promise<FactbaseInfo>}
   */
  async loadFacts(facts, options) {
    if (this.#broken) throw this.#broken;
    const json = factsArgument(facts);
    refuseOversized(json, this.limits.maxFactsBytes, 'factbase.too_large');
    return (await this.call('loadFacts', [json, modeArgument(options)])).factbase;
  }

    /** @returns {Promise<FactbaseInfo>} */
  async factbase() {
    return this.call('factbase', []);
  }

  /**
   * @param {string} text
   * @param {SourceOptions} options
   * @returns {Promise<SourceInfo>}
   */
  async addSource(text, options) {
    if (this.#broken) throw this.#broken;
    return (await this.call('addSource', sourceArguments(text, options))).source;
  }

  /**
   * @param {string} name
   * @returns {Promise<SourceInfo[]>}
   */
  async removeSource(name) {
    if (this.#broken) throw this.#broken;
    return (await this.call('removeSource', [nameArgument(name)])).sources;
  }

  /** @returns {Promise<SourceInfo[]>} */
  async sources() {
    return (await this.call('sources', [])).sources;
  }

  /**
   * @param {'facts' | 'sources' | 'both'} what
   * @returns {Promise<'facts' | 'sources' | 'both'>}
   */
  async use(what) {
    return (await this.call('use', [String(what)])).use;
  }


  /**
   * Stops the worker. Idempotent; calls still running and every later call reject with `api.disposed`.
   * @returns {Promise<void>}
   */
  async dispose() {
    if (this.#broken) {
      this.#broken = disposedError();  // a dead worker's checker is disposed all the same
      return;
    }
    await this.#fail(disposedError());
  }
}

// One interface over a browser Worker and a Node worker_threads Worker: post, terminate, and busy()/idle()
// so that, in Node, an idle worker does not keep the process alive.
/**
 * @param {any} worker a browser Worker or a Node worker_threads Worker
 * @returns {Port}
 */
function connect(worker) {
  /** @type {Port} */
  const port = {
    onReply: () => {},
    onFailure: () => {},
    post: (message) => worker.postMessage(message),
    terminate: () => Promise.resolve(worker.terminate()).then(() => {}),
    busy: () => worker.ref?.(),
    idle: () => worker.unref?.(),
  };
  if (typeof worker.on === 'function') {
    worker.on('message', (/** @type {any} */ m) => port.onReply(m));
    worker.on('error', (/** @type {unknown} */ e) => port.onFailure(messageOf(e)));
    worker.on('messageerror', (/** @type {unknown} */ e) => port.onFailure(messageOf(e)));
    worker.on('exit', (/** @type {number} */ code) => port.onFailure(`exit code ${code}`));
  } else {
    worker.addEventListener('message', (/** @type {MessageEvent} */ e) => port.onReply(e.data));
    worker.addEventListener('error', (/** @type {ErrorEvent} */ e) => {
      e.preventDefault?.();
      port.onFailure(e.message || 'the worker script failed to load or threw');
    });
    worker.addEventListener('messageerror', () => port.onFailure('a message could not be read'));
  }
  return port;
}

// A Node worker inherits the process's flags, but those naming the main script (`--input-type`, `-e`)
// stop it from starting: `node --input-type=module -e ...` would otherwise fail with worker: true.
/** @param {string[]} argv */
function workerExecArgv(argv) {
  const out = [];
  for (let i = 0; i < argv.length; i++) {
    if (/^(--input-type|--eval|-e|--print|-p)$/.test(argv[i])) i++;  // and its value
    else if (!/^--(input-type|eval|print)=/.test(argv[i])) out.push(argv[i]);
  }
  return out;
}

/**
 * Builds the public functions of one entry.
 * @param {{core: CoreSource, startWorker: (NodeWorker?: any, nodeOptions?: object) => any}} entry the
 *   entry's default core, and a function starting its worker script (given Node's Worker class and its
 *   options in Node, nothing in a browser)
 */
export function makeEntry({ core, startWorker }) {
  /** @type {Map<CoreFactory | string, Promise<any>>} core factory or URL -> its module, loaded once */
  const modules = new Map();

  /**
   * @param {CheckerOptions['core']} source
   * @returns {Promise<any>}
   */
  function loadModule(source) {
    const key = source === undefined ? core.factory : typeof source === 'function' ? source : String(source);
    if (!modules.has(key)) {
      const loading = (async () => {
        if (source === undefined) return instantiateCore(core);
        if (typeof source === 'function') return instantiateCore({ factory: source });
        return instantiateCore(await coreFromUrl(source));
      })();
      loading.catch(() => modules.delete(key));  // a failed load may be retried
      modules.set(key, loading);
    }
    return /** @type {Promise<any>} */ (modules.get(key));
  }

  /**
   * @param {CheckerOptions['core']} source
   * @returns {Promise<WorkerChecker>}
   */
  async function createInWorker(source, limits) {
    if (typeof source === 'function')
      throw badArgument('with worker: true, core must be the URL of the core module, not a function');
    let worker;
    if (isNode) {
      const { Worker: NodeWorker } = await importNode('worker_threads');
      worker = startWorker(NodeWorker, { execArgv: workerExecArgv(globalThis.process.execArgv) });
    } else if (typeof Worker === 'function') {
      worker = startWorker();
    } else {
      throw new FactcheckError('api.no_worker', 'this environment has no Worker: leave worker: true out');
    }
    const checker = new WorkerChecker(connect(worker));
    try {
      const ready = await checker.call('init', [source === undefined ? null : String(source)]);
      checker.version = ready.version;
      checker.limits = (await checker.call('setLimits', [limits])).limits;
    } catch (e) {
      await checker.dispose();
      throw e;
    }
    return checker;
  }

  /**
   * @param {CheckerOptions} [options]
   * @returns {Promise<Checker | WorkerChecker>}
   */
  async function createChecker(options = {}) {
    if (options === null || typeof options !== 'object')
      throw badArgument(`createChecker() options are an object, not ${describe(options)}`);
    const { facts, mode, worker = false, core: source } = options;
    const limits = limitsArgument(options.limits);
    let checker;
    if (worker) {
      checker = await createInWorker(source, limits);
    } else {
      const module = await loadModule(source);
      let session;
      try {
        session = new module.Session();
      } catch (e) {
        throw new FactcheckError('engine.internal', `the engine failed to start: ${messageOf(e)}`);
      }
      let applied;
      try {
        applied = applyLimits(session, limits);
      } catch (e) {
        session.delete();
        throw e;
      }
      checker = new Checker(session, module.version(), applied);
    }
    if (facts !== undefined) {
      try {
        await checker.loadFacts(facts, { mode });
      } catch (e) {
        await checker.dispose();
        throw e;
      }
    }
    return checker;
  }

  /** @returns {Promise<string>} */
  async function version() {
    return (await loadModule(undefined)).version();
  }

  return { createChecker, version };
}
