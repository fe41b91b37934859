// Helpers for building the widget's DOM, none of them tied to one element: elements made with
// createElement and filled with text nodes, never from markup (so nothing of the checked text is ever
// parsed as HTML); copies of often-made elements; time slices for long work; and the one stylesheet.
// No import or export: see wording.js. scripts/package-web.mjs defines FC_STYLES, fact-check.css as a string.
/* global FC_STYLES, FC_SIGNS */
/* exported fcElement, fcBadge, fcTemplate, fcSlicer, fcStyles */

/**
 * @param {string} tag
 * @param {Record<string, string | number | boolean | null | undefined>} [attributes] false/null/undefined are left out
 * @param {...(Node | string | null | undefined | false)} children strings become text nodes
 * @returns {HTMLElement}
 */
function fcElement(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

/** @type {Map<string, HTMLElement>} elements made once, then cloned */
const fcMade = new Map();

/**
 * A verdict's icon: a round badge whose text is the verdict's sign, hidden from assistive technology
 * (the verdict is said in words wherever a badge is).
 * @param {string} verdict
 */
function fcBadge(verdict, className = 'badge') {
  return fcTemplate(`${className}:${verdict}`, () => fcElement('span', {
    class: className, 'data-verdict': verdict, 'aria-hidden': 'true',
  }, FC_SIGNS[/** @type {Verdict} */ (verdict)] ?? '?'));
}

/**
 * A copy of the element `make` builds, made once per key: cloning is much faster than building when a long
 * text has hundreds of claims.
 * @param {string} key
 * @param {() => HTMLElement} make
 */
function fcTemplate(key, make) {
  let made = fcMade.get(key);
  if (!made) fcMade.set(key, made = make());
  return /** @type {HTMLElement} */ (made.cloneNode(true));
}

/**
 * Time slices for long work on the page's thread: `due()` says when the current slice has run its course,
 * `pause()` lets the browser draw and handle input before the next one begins.
 */
function fcSlicer(budgetMs = 10) {
  let since = performance.now();
  return {
    due: () => performance.now() - since > budgetMs,
    // A task of its own (not scheduler.yield(), whose continuation would go before the page's timers).
    async pause() {
      await new Promise((resolve) => setTimeout(resolve, 0));
      since = performance.now();
    },
  };
}

/** @type {CSSStyleSheet | null} */
let fcSheet = null;
/** One stylesheet for every instance, adopted by each shadow root. */
function fcStyles() {
  if (!fcSheet) {
    fcSheet = new CSSStyleSheet();
    fcSheet.replaceSync(FC_STYLES);
  }
  return fcSheet;
}
