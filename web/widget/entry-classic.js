// The end of the widget's classic script in dist/factcheck.html: <fact-check> over the bare wasm core of
// factcheck-core-classic.js (the global createFactcheckCore, wasm inlined), for a page opened from disk,
// where neither ES modules nor workers load. The checker is the JS API's, cut down to what the element
// uses: the session's JSON replies are parsed, and a failure reply is thrown as an Error with its `code`.
/* global defineFactCheck, createFactcheckCore */

/** @type {Promise<any> | null} */
let fcCore = null;

/**
 * @param {string} reply JSON text from the session
 * @returns {any}
 */
function fcUnwrap(reply) {
  const value = JSON.parse(reply);
  if (value !== null && typeof value === 'object' && value.ok === false) {
    const error = new Error(String(value.message).startsWith(`[${value.code}]`)
      ? String(value.message) : `[${value.code}] ${value.message}`);
    error.name = 'FactcheckError';
    /** @type {any} */ (error).code = String(value.code);
    /** @type {any} */ (error).errors = value.errors ?? [];
    throw error;
  }
  return value;
}

async function openClassicChecker() {
  fcCore ??= createFactcheckCore();
  fcCore.catch(() => { fcCore = null; });
  const core = await fcCore;
  let session = new core.Session();
  const live = () => {
    if (!session) throw Object.assign(new Error('[api.disposed] the checker has been disposed'), { code: 'api.disposed' });
    return session;
  };
  return {
    /** @param {string} text */
    check(text) {
      // A lone surrogate would reach the engine mangled; U+FFFD keeps the text's length, so offsets still fit.
      const input = typeof text.toWellFormed === 'function' ? text.toWellFormed() : text;
      return fcUnwrap(live().check(input));
    },
    /**
     * @param {string | object} facts
     * @param {{mode?: string}} [options]
     */
    loadFacts(facts, options) {
      const json = typeof facts === 'string' ? facts : JSON.stringify(facts);
      return fcUnwrap(live().loadFacts(json, String(options?.mode ?? 'replace'))).factbase;
    },
    factbase() {
      return fcUnwrap(live().factbase());
    },
    /**
     * @param {string} text
     * @param {{name: string, date?: string}} options
     */
    addSource(text, options) {
      const input = typeof text.toWellFormed === 'function' ? text.toWellFormed() : text;
      return fcUnwrap(live().addSource(input, JSON.stringify({ name: options.name, date: options.date ?? '' }))).source;
    },
    /** @param {string} name */
    removeSource(name) {
      return fcUnwrap(live().removeSource(String(name))).sources;
    },
    /** @param {string} what */
    use(what) {
      return fcUnwrap(live().use(String(what))).use;
    },
    dispose() {
      session?.delete();
      session = null;
    },
  };
}

defineFactCheck(openClassicChecker);
