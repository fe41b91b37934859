// The end of dist/widget.js (an ES module): <fact-check> over the JavaScript API, dist/factcheck.js.
//
// The engine is the split build's (factcheck-core.mjs) with its wasm carried in a script,
// factcheck-core-inline.mjs, made by scripts/package-web.mjs: loading it fetches nothing, so the widget
// works on a page whose policy allows no connections at all, such as
// default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'.
/* global defineFactCheck */
import { createChecker } from './factcheck.js';

const inlineCore = new URL('./factcheck-core-inline.mjs', import.meta.url);

/**
 * A checker over the bundled fact base, with the engine in a Web Worker so that checking a long text never
 * holds up typing; where no worker can start, on the page's own thread.
 */
async function openModuleChecker() {
  if (typeof Worker === 'function') {
    try {
      return await createChecker({ worker: true, core: inlineCore });
    } catch {
      // e.g. a policy that allows no workers: the page's thread will do
    }
  }
  const { default: factory } = await import(inlineCore.href);
  return createChecker({ core: factory });
}

defineFactCheck(openModuleChecker);
