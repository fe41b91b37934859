// The implementation behind the public entries factcheck.js (split build) and factcheck-single.js
// (single-file build), with factcheck-entry.js: this file holds the boundary (errors, arguments, loading
// the core) and the checker on the calling thread; factcheck-entry.js the checker in a worker and
// makeEntry(), to which each entry hands its wasm core and its worker script, so the two share every line
// of behaviour. Nothing here is imported by users directly.
//
// The boundary, once: the wasm facade takes and returns strings, never throws, and reports failures as
// {"ok": false, "code", "message", "errors"?}. unwrap() is the one place such a reply becomes a thrown
// FactcheckError, for the main-thread checker and the worker checker alike (the worker only relays the
// facade's strings). Offsets need no work here: the facade already counts them in UTF-16 code units.

/** @typedef {import('./factcheck.js').Report} Report */
/** @typedef {import('./factcheck.js').FactbaseInfo} FactbaseInfo */
/** @typedef {import('./factcheck.js').CheckerOptions} CheckerOptions */
/** @typedef {import('./factcheck.js').LoadOptions} LoadOptions */
/** @typedef {import('./factcheck.js').SourceOptions} SourceOptions */
/** @typedef {import('./factcheck.js').SourceInfo} SourceInfo */
/** @typedef {import('./factcheck.js').Problem} Problem */
/** @typedef {import('./factcheck.js').Limits} Limits */
/** @typedef {import('./factcheck.js').Checker} SyncChecker */
/** @typedef {import('./factcheck.js').AsyncChecker} AsyncChecker */

/**
 * An Emscripten module factory, such as the default export of `factcheck-core.mjs`.
 * @typedef {(overrides?: object) => Promise<any>} CoreFactory
 */

/**
 * A wasm core as an entry knows it: its factory and, for the split build, where its .wasm file is.
 * @typedef {{factory: CoreFactory, wasmUrl?: URL}} CoreSource
 */

/** Node.js (main thread or worker_threads), where fetch cannot read the .wasm file from a path. */
export const isNode = typeof globalThis.process?.versions?.node === 'string' && typeof window === 'undefined';

// Node built-ins are imported through a computed specifier with the bundlers' opt-out comments, so that a
// browser bundle neither tries to bundle them nor fails on the `node:` scheme.
/** @type {(name: string) => Promise<any>} */
export const importNode = (name) => import(/* webpackIgnore: true */ /* @vite-ignore */ `node:${name}`);

/**
 * An error from the checker: `code` is stable (`factbase.unknown_entity`, `api.disposed`, ...), and for a
 * fact base `errors` lists every problem with its JSON pointer.
 */
export class FactcheckError extends Error {
  /**
   * @param {string} code stable id, e.g. `factbase.json_syntax`
   * @param {string} message readable text; prefixed with `[code]` when it does not start with it
   * @param {Problem[]} [errors] every problem found
   */
  constructor(code, message, errors = []) {
    super(message.startsWith(`[${code}]`) ? message : `[${code}] ${message}`);
    this.name = 'FactcheckError';
    /** @type {string} */
    this.code = code;
    /** @type {Problem[]} */
    this.errors = errors;
  }
}

/**
 * Parses a facade reply and throws the FactcheckError it describes, if any.
 * @param {string} reply JSON text from the facade
 * @returns {any}
 */
export function unwrap(reply) {
  const value = JSON.parse(reply);
  if (value !== null && typeof value === 'object' && value.ok === false)
    throw new FactcheckError(String(value.code), String(value.message), value.errors ?? []);
  return value;
}

/**
 * The facade's failure reply, for failures on the JavaScript side of a worker.
 * @param {string} code
 * @param {string} message
 */
export function failureReply(code, message) {
  return JSON.stringify({ ok: false, code, message });
}

// Arguments are checked here, in JavaScript, because Embind throws its own untyped error for a
// non-string where the facade expects a std::string.
/** @param {unknown} text */
export function textArgument(text) {
  if (typeof text !== 'string')
    throw badArgument(`check() takes a string, not ${describe(text)}`);
  return wellFormed(text);
}

/** @param {unknown} facts */
export function factsArgument(facts) {
  if (typeof facts === 'string') return facts;
  if (facts !== null && typeof facts === 'object') {
    try {
      return JSON.stringify(facts);
    } catch (e) {
      throw badArgument(`the fact base cannot be written as JSON: ${messageOf(e)}`);
    }
  }
  throw badArgument(`a fact base is a JSON string or an object, not ${describe(facts)}`);
}

/** @param {unknown} options */
export function modeArgument(options) {
  if (options !== undefined && (options === null || typeof options !== 'object'))
    throw badArgument(`loadFacts() options are an object, not ${describe(options)}`);
  // Any mode goes through as a string: the facade answers api.bad_mode to all but replace and merge.
  return String(/** @type {LoadOptions | undefined} */ (options)?.mode ?? 'replace');
}

/**
 * A source's text and options, checked here for the same reason as textArgument.
 * @param {unknown} text
 * @param {unknown} options
 * @returns {[string, string]} the text and the options as JSON {name, date}
 */
export function sourceArguments(text, options) {
  if (typeof text !== 'string') throw badArgument(`addSource() takes a string, not ${describe(text)}`);
  if (options === null || typeof options !== 'object')
    throw badArgument(`addSource() options are an object {name, date?}, not ${describe(options)}`);
  const { name, date } = /** @type {SourceOptions} */ (options);
  if (typeof name !== 'string' || (date !== undefined && date !== null && typeof date !== 'string'))
    throw badArgument('addSource() options are {name: string, date?: string}');
  return [wellFormed(text), JSON.stringify({ name, date: date ?? '' })];
}

/** @param {unknown} name */
export function nameArgument(name) {
  if (typeof name !== 'string') throw badArgument(`removeSource() takes a name, not ${describe(name)}`);
  return name;
}

/** @param {string} message */
export function badArgument(message) {
  return new FactcheckError('api.bad_argument', message);
}

/** @param {unknown} value */
export function describe(value) {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

// A lone surrogate would reach the engine mangled (Emscripten's UTF-8 encoder pairs it with the next
// unit). U+FFFD in its place keeps the text's length, so every offset still indexes the caller's string.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** @param {string} text */
function wellFormed(text) {
  /** @type {any} */
  const s = text;  // isWellFormed and toWellFormed are ES2024
  if (typeof s.isWellFormed === 'function') return s.isWellFormed() ? text : String(s.toWellFormed());
  return text.replace(loneSurrogate, '\uFFFD');
}

/**
 * The UTF-8 length of a well-formed string, counted without encoding it.
 * @param {string} text
 */
function utf8Length(text) {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      bytes += 2;  // a surrogate pair: 4 bytes for 2 units
      i++;
    } else if (unit >= 0x800) {
      bytes += 2;
    } else if (unit >= 0x80) {
      bytes += 1;
    }
  }
  return bytes;
}

/**
 * Throws `code` when `text` is longer in UTF-8 than `limit` bytes. A text over the limit never crosses into
 * the wasm heap, where copying it alone could exhaust the memory; the facade refuses in the same words what
 * does cross.
 * @param {string} text
 * @param {number} limit
 * @param {'engine.text_too_large' | 'factbase.too_large'} code
 */
export function refuseOversized(text, limit, code) {
  if (text.length * 3 <= limit) return;  // UTF-8 takes at most 3 bytes per UTF-16 unit
  const bytes = utf8Length(text);
  if (bytes <= limit) return;
  if (code === 'engine.text_too_large')
    throw new FactcheckError(code, `the text is ${bytes} bytes; the limit is ${limit} bytes (maxTextBytes)`);
  const message = `the fact base is ${bytes} bytes; the limit is ${limit} bytes`;
  throw new FactcheckError(code, `[${code}] /: ${message}`, [{ code, message, pointer: '' }]);
}

/**
 * The limits option as the facade's JSON, checked for its shape here; the facade checks the values.
 * @param {unknown} limits
 */
export function limitsArgument(limits) {
  if (limits === undefined) return '{}';
  if (limits === null || typeof limits !== 'object' || Array.isArray(limits))
    throw badArgument(`limits are an object {maxTextBytes, maxFactsBytes, maxSourcesBytes}, not ${describe(limits)}`);
  return JSON.stringify(limits);
}

/**
 * Sets a session's limits and returns those in force: the engine's defaults where `limits` leaves one out,
 * so that the defaults are written in one place, the engine (README, "Limits").
 * @param {Session} session
 * @param {string} limits JSON from limitsArgument()
 * @returns {Limits}
 */
export function applyLimits(session, limits) {
  if (typeof session.setLimits !== 'function')
    throw new FactcheckError('api.core_unavailable', 'this wasm core has no size limits: use the core built with this API');
  return unwrap(guarded(() => session.setLimits(limits))).limits;
}

/** @param {unknown} e */
export function messageOf(e) {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Runs a session call. The facade never throws, but the wasm runtime itself can (an abort, a memory limit
 * reached outside C++): that becomes the same failure reply, so every error still carries a code.
 * @param {() => string} call
 * @returns {string}
 */
export function guarded(call) {
  try {
    return call();
  } catch (e) {
    return failureReply('engine.internal', `the engine failed: ${messageOf(e)}`);
  }
}

export function disposedError() {
  return new FactcheckError('api.disposed', 'the checker has been disposed');
}

/**
 * Instantiates a wasm core. In Node the split build's .wasm file is read here and handed over as
 * `wasmBinary`; in a browser `locateFile` points Emscripten at it, which matters in a module worker, where
 * Emscripten 3.1.6 does not recognise its environment and would look for the file relative to the page.
 * @param {CoreSource} core
 * @returns {Promise<any>} the Embind module
 */
export async function instantiateCore({ factory, wasmUrl }) {
  /** @type {{wasmBinary?: Uint8Array, locateFile?: (path: string) => string}} */
  const overrides = {};
  if (wasmUrl && isNode) {
    const { readFile } = await importNode('fs/promises');
    overrides.wasmBinary = await readFile(wasmUrl);
  } else if (wasmUrl) {
    overrides.locateFile = (path) => (path.endsWith('.wasm') ? String(wasmUrl) : path);
  }
  try {
    return await factory(overrides);
  } catch (e) {
    throw new FactcheckError('api.core_unavailable', `the wasm core failed to load: ${messageOf(e)}`);
  }
}

/**
 * A core given by the URL of an ES module whose default export is the factory. A split build's .wasm is
 * expected beside it with the same name (`x.mjs` -> `x.wasm`); in Node it is used when it exists.
 * @param {string | URL} url
 * @returns {Promise<CoreSource>}
 */
export async function coreFromUrl(url) {
  let href;
  try {
    href = new URL(String(url)).href;
  } catch {
    throw new FactcheckError('api.bad_argument', `core must be a function or an absolute URL, not "${url}"`);
  }
  /** @type {unknown} */
  let factory;
  try {
    ({ default: factory } = await import(/* webpackIgnore: true */ /* @vite-ignore */ href));
  } catch (e) {
    throw new FactcheckError('api.core_unavailable', `${href} cannot be imported: ${messageOf(e)}`);
  }
  if (typeof factory !== 'function')
    throw new FactcheckError('api.core_unavailable', `${href} has no default export that creates the core`);
  const name = new URL(href).pathname.split('/').pop() ?? '';
  const wasmUrl = new URL(`./${name.replace(/\.[cm]?js$/, '')}.wasm`, href);
  if (isNode) {
    const { access } = await importNode('fs/promises');
    const exists = await access(wasmUrl).then(() => true, () => false);
    return { factory: /** @type {CoreFactory} */ (factory), wasmUrl: exists ? wasmUrl : undefined };
  }
  // Only a split build asks for its .wasm; a single-file one has it inlined.
  return { factory: /** @type {CoreFactory} */ (factory), wasmUrl };
}

/**
 * The Embind session of the facade (wasm/facade.hpp): strings in, JSON text out, never throwing.
 * @typedef {object} Session
 * @property {(text: string) => string} check
 * @property {(json: string, mode: string) => string} loadFacts
 * @property {() => string} factbase
 * @property {(limits: string) => string} [setLimits] absent from cores built before limits
 * @property {(text: string, options: string) => string} addSource
 * @property {(name: string) => string} removeSource
 * @property {() => string} sources
 * @property {(what: string) => string} use
 * @property {() => void} delete
 */

/**
 * A checker on the calling thread: every method runs synchronously.
 * @implements {SyncChecker}
 */
export class Checker {
  /** @type {Session | null} */
  #session;
  #disposed = false;

  /**
   * @param {Session} session
   * @param {string} version
   * @param {Limits} limits
   */
  constructor(session, version, limits) {
    this.#session = session;
    /** The engine's version, e.g. "0.1.0". @type {string} */
    this.version = version;
    /** The size limits in force. @type {Limits} */
    this.limits = limits;
    /** False: this checker runs on the calling thread. @type {false} */
    this.worker = /** @type {const} */ (false);
  }

  /** @returns {Session} */
  #live() {
    if (this.#disposed || !this.#session) throw disposedError();
    return this.#session;
  }

  /**
   * Checks a text.
   * @param {string} text
   * @returns {Report}
   */
  check(text) {
    const session = this.#live();
    const input = textArgument(text);
    refuseOversized(input, this.limits.maxTextBytes, 'engine.text_too_large');
    return unwrap(guarded(() => session.check(input)));
  }

  /**
   * Loads a fact base instead of the current one (`replace`, the default) or on top of it (`merge`).
   * On failure it throws and the checker keeps its previous facts.
   * @param {string | object} facts JSON text or the parsed object
   * @param {LoadOptions} [options]
   * @returns {FactbaseInfo}
   */
  loadFacts(facts, options) {
    const session = this.#live();
    const json = factsArgument(facts), mode = modeArgument(options);
    refuseOversized(json, this.limits.maxFactsBytes, 'factbase.too_large');
    return unwrap(guarded(() => session.loadFacts(json, mode))).factbase;
  }

    /** @returns {FactbaseInfo} */
  factbase() {
    const session = this.#live();
    return unwrap(guarded(() => session.factbase()));
  }

  /**
   * Adds a trusted text to check against (its figures, names and roles become facts). Once there are
   * sources, check() uses them alone until use() says otherwise. A refused source (learn.duplicate_name,
   * learn.bad_date, learn.too_large) throws and changes nothing.
   * @param {string} text
   * @param {SourceOptions} options
   * @returns {SourceInfo}
   */
  addSource(text, options) {
    const session = this.#live();
    const [input, json] = sourceArguments(text, options);
    return unwrap(guarded(() => session.addSource(input, json))).source;
  }

  /**
   * @param {string} name
   * @returns {SourceInfo[]} the sources left
   */
  removeSource(name) {
    const session = this.#live();
    const key = nameArgument(name);
    return unwrap(guarded(() => session.removeSource(key))).sources;
  }

  /** @returns {SourceInfo[]} */
  sources() {
    const session = this.#live();
    return unwrap(guarded(() => session.sources())).sources;
  }

  /**
   * What check() uses: the fact base alone, the sources alone, or both.
   * @param {'facts' | 'sources' | 'both'} what
   * @returns {'facts' | 'sources' | 'both'}
   */
  use(what) {
    const session = this.#live();
    return unwrap(guarded(() => session.use(String(what)))).use;
  }


  /** Frees the engine's memory. Idempotent; afterwards every method throws `api.disposed`. */
  dispose() {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#session?.delete();
    this.#session = null;
  }
}
