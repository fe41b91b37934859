// <fact-check>: a custom element that checks the claims of a text against a fact base and shows each one
// in place, with its verdict and evidence. Vanilla JS, an open shadow root, no framework.
//
// This file is written to run both as part of an ES module (dist/widget.js) and as a classic script
// (inlined into dist/factcheck.html, which must work from file://, where module scripts do not load): it
// has no import or export. scripts/package-web.mjs puts FC_STYLES (fact-check.css as a string) before it,
// and after it an entry that calls defineFactCheck() with a way to open a checker: the JS API
// (entry-module.js) or the bare classic wasm core (entry-classic.js).
//
// Security: the checked text is only ever put into the page as text nodes (and the attributes of the
// elements the widget makes), never parsed as HTML; a source's URL becomes a link only if it is http(s).
/* global FC_STYLES */
/* exported defineFactCheck */

/**
 * What the element needs of a checker: the JS API's Checker or AsyncChecker (web/api/factcheck.d.ts), or
 * anything with the same methods. Results may be plain values or Promises.
 * @typedef {object} WidgetChecker
 * @property {(text: string) => any} check the report (UTF-16 offsets)
 * @property {(facts: string, options: {mode?: any}) => any} loadFacts throws an Error with a `code`
 * @property {() => any} factbase
 * @property {() => any} dispose
 */

/** @typedef {'supported' | 'contradicted' | 'outdated' | 'unverified'} Verdict */

/** @type {Verdict[]} */
const FC_VERDICTS = ['supported', 'contradicted', 'outdated', 'unverified'];

/** The verdict as a card or a ClaimReview names it. */
const FC_VERDICT_NAMES = {
  supported: 'Supported',
  contradicted: 'Contradicted',
  outdated: 'Outdated',
  unverified: 'Not in the fact base',
};

/** The verdict after a count: "3 supported", "2 not in the fact base". */
const FC_COUNT_NAMES = {
  supported: 'supported',
  contradicted: 'contradicted',
  outdated: 'outdated',
  unverified: 'not in the fact base',
};

/**
 * A sign per verdict: the text of each verdict's icon (which the stylesheet draws over it, the same on
 * every system whatever its fonts), and the sign in the Markdown export.
 */
const FC_SIGNS = { supported: '✔', contradicted: '✘', outdated: '⌛', unverified: '?' };

const FC_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

// Made once: a NumberFormat is slow to create, and a long text has hundreds of claims.
const FC_WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const FC_ONE_DECIMAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

const FC_DEBOUNCE_MS = 300;

// ---------------------------------------------------------------------------------------------------
// Wording: plain functions of a report, shared by the element and its exports.

/**
 * "2025-01-23" -> "23 January 2025", "2024-10" -> "October 2024"; "FY2025" and years stay as they are.
 * @param {unknown} iso
 */
function fcFormatDate(iso) {
  const s = String(iso ?? '');
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(s);
  if (!m) return s;
  const month = FC_MONTHS[Number(m[2]) - 1];
  if (!month) return s;
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

/**
 * When a fact's value held: "as of 23 January 2025", "in October 2024", "from … until …", or ''.
 * @param {any} value a FactValue
 */
function fcWhen(value) {
  if (!value) return '';
  if (value.as_of) return `as of ${fcFormatDate(value.as_of)}`;
  if (value.valid_from && value.valid_until)
    return `from ${fcFormatDate(value.valid_from)} until ${fcFormatDate(value.valid_until)}`;
  if (value.valid_from) return `since ${fcFormatDate(value.valid_from)}`;
  if (value.valid_until) return `until ${fcFormatDate(value.valid_until)}`;
  if (value.when) return `in ${fcFormatDate(value.when)}`;
  return '';
}

/**
 * A relative deviation in words, e.g. 0.133 -> "13% higher", -0.9 -> "90% lower", 13 -> "14 times the
 * fact's value". `direction` is 1, -1 or 0 for styling. Null when there is nothing to compare.
 * @param {unknown} deviation
 * @returns {{text: string, direction: number} | null}
 */
function fcDeviation(deviation) {
  if (typeof deviation !== 'number' || !Number.isFinite(deviation)) return null;
  if (Math.abs(deviation) < 0.0005) return { text: 'None: the figures agree', direction: 0 };
  const percent = Math.abs(deviation) * 100;
  const number = (percent < 1 ? FC_ONE_DECIMAL : FC_WHOLE).format(percent);
  if (deviation >= 1) {
    const times = FC_ONE_DECIMAL.format(1 + deviation);
    return { text: `${times} times the fact's value (${number}% higher)`, direction: 1 };
  }
  return { text: `${number}% ${deviation > 0 ? 'higher' : 'lower'}`, direction: deviation > 0 ? 1 : -1 };
}

/**
 * The parts of a source worth showing: publisher, date, title, and its URL if it is http(s).
 * @param {any} source
 */
function fcSource(source) {
  if (!source) return null;
  let url = '';
  if (typeof source.url === 'string') {
    try {
      const parsed = new URL(source.url);
      if (parsed.protocol === 'https:' || parsed.protocol === 'http:') url = parsed.href;
    } catch {
      url = '';
    }
  }
  return {
    publisher: String(source.publisher ?? ''),
    date: source.date ? fcFormatDate(source.date) : '',
    isoDate: String(source.date ?? ''),
    title: source.title ? String(source.title) : '',
    url,
  };
}

/**
 * "3 supported, 1 contradicted, 0 outdated, 2 not in the fact base".
 * @param {Record<string, number> | undefined} summary
 */
function fcCounts(summary) {
  return FC_VERDICTS.map((v) => `${summary?.[v] ?? 0} ${FC_COUNT_NAMES[v]}`).join(', ');
}

/**
 * The sentence around [start, end) of `text`: from the end of the previous sentence (or line) to the end
 * of this one. Good enough for citing a claim in context; abbreviations may cut a sentence short.
 * @param {string} text
 * @param {number} start
 * @param {number} end
 */
function fcSentence(text, start, end) {
  // A sentence ends at . ! or ? (with any closing quotes or brackets) before a space, or at a line break.
  const boundary = /[.!?]["'\u201d\u2019)\]]*(?=\s)|\n/g;
  let first = Math.max(0, start - 2000), last = Math.min(text.length, end + 2000);
  boundary.lastIndex = first;
  for (let m; (m = boundary.exec(text)) !== null;) {
    const stop = m.index + m[0].length;
    if (stop <= start) first = stop;
    else if (m.index >= end) {
      last = stop;
      break;
    }
    if (m.index > last) break;
  }
  return text.slice(first, last).replace(/\s+/g, ' ').trim();
}

/** @param {unknown} s a Markdown table cell or inline text, escaped so that nothing in it is markup */
function fcMarkdownText(s) {
  return String(s ?? '').replace(/\s+/g, ' ').replace(/([\\`*_[\]<>|])/g, '\\$1');
}

/**
 * The report as Markdown: a heading with the counts, the fact base, a table and the reasons.
 * @param {any} report
 */
function fcMarkdown(report) {
  const lines = [];
  const claims = report?.claims ?? [];
  lines.push(`## Fact check: ${fcCounts(report?.summary)}`, '');
  const base = report?.factbase;
  if (base) {
    const checksum = String(base.checksum ?? '');
    lines.push(`Checked against the fact base *${fcMarkdownText(base.name)}* ${fcMarkdownText(base.version)} ` +
      `(${base.facts} facts, ${fcMarkdownText(checksum.slice(0, 19))}…).`, '');
  }
  if (claims.length === 0) {
    lines.push('No checkable claims were found.');
    return lines.join('\n') + '\n';
  }
  lines.push('| # | Verdict | Claim | Fact base | Deviation | Source |', '| ---: | --- | --- | --- | --- | --- |');
  claims.forEach((/** @type {any} */ c, /** @type {number} */ i) => {
    const when = fcWhen(c.expected);
    let fact = c.expected ? `${c.expected.display}${when ? ` (${when})` : ''}` : '—';
    if (c.earlier) fact += `; earlier ${c.earlier.display}${fcWhen(c.earlier) ? ` (${fcWhen(c.earlier)})` : ''}`;
    const deviation = fcDeviation(c.deviation);
    const src = fcSource(c.source);
    let source = '—';
    if (src) {
      source = fcMarkdownText([src.publisher, src.isoDate].filter(Boolean).join(', '));
      if (src.title) source += src.url ? `, [${fcMarkdownText(src.title)}](<${src.url}>)` : `, *${fcMarkdownText(src.title)}*`;
      else if (src.url) source += `, <${src.url}>`;
    }
    lines.push(`| ${i + 1} | ${FC_SIGNS[/** @type {Verdict} */ (c.verdict)] ?? ''} ${FC_VERDICT_NAMES[/** @type {Verdict} */ (c.verdict)] ?? c.verdict} | ` +
      `${fcMarkdownText(c.claimed?.display ?? c.text)} | ${fcMarkdownText(fact)} | ` +
      `${deviation ? fcMarkdownText(deviation.text) : '—'} | ${source} |`);
  });
  lines.push('', '**Why**', '');
  claims.forEach((/** @type {any} */ c, /** @type {number} */ i) => {
    lines.push(`${i + 1}. **${fcMarkdownText(c.text)}**: ${fcMarkdownText(c.explanation)}`);
  });
  return lines.join('\n') + '\n';
}

/**
 * The report as schema.org ClaimReview JSON-LD: one ClaimReview per claim, in an @graph. The claim's
 * sentence is the claim reviewed, the fact's source is cited, and the fact base is what it is based on.
 * @param {any} report
 * @param {string} text the checked text
 * @param {Date} [now]
 */
function fcClaimReview(report, text, now = new Date()) {
  const today = now.toISOString().slice(0, 10);
  const ratings = { supported: 5, outdated: 3, contradicted: 1 };
  const base = report?.factbase;
  const dataset = base ? {
    '@type': 'Dataset',
    name: base.name,
    version: base.version,
    identifier: base.checksum,
  } : undefined;
  const graph = (report?.claims ?? []).map((/** @type {any} */ c) => {
    const verdict = /** @type {Verdict} */ (c.verdict);
    /** @type {Record<string, any>} */
    const rating = {
      '@type': 'Rating',
      alternateName: FC_VERDICT_NAMES[verdict] ?? String(c.verdict),
      bestRating: 5,
      worstRating: 1,
    };
    if (verdict in ratings) rating.ratingValue = ratings[/** @type {'supported'} */ (verdict)];
    /** @type {Record<string, any>} */
    const review = {
      '@type': 'ClaimReview',
      claimReviewed: fcSentence(text, c.start, c.end) || c.text,
      datePublished: today,
      author: { '@type': 'Organization', name: 'factcheck' },
      itemReviewed: { '@type': 'Claim', name: c.text, text: fcSentence(text, c.start, c.end) || c.text },
      reviewRating: rating,
      reviewBody: c.explanation,
    };
    const src = fcSource(c.source);
    if (src) {
      /** @type {Record<string, any>} */
      const work = {
        '@type': 'CreativeWork',
        name: src.title || `${src.publisher}${src.isoDate ? `, ${src.isoDate}` : ''}`,
        publisher: { '@type': 'Organization', name: src.publisher },
      };
      if (src.isoDate) work.datePublished = src.isoDate;
      if (src.url) work.url = src.url;
      review.citation = work;
    }
    if (dataset) review.isBasedOn = dataset;
    return review;
  });
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }, null, 2) + '\n';
}

// ---------------------------------------------------------------------------------------------------
// DOM helpers: elements are made with createElement and filled with text nodes, never from markup.

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

/** An Error with a stable `code`, as the JS API throws. */
class FcWidgetError extends Error {
  /**
   * @param {string} code
   * @param {string} message
   */
  constructor(code, message) {
    super(`[${code}] ${message}`);
    this.name = 'FactcheckError';
    this.code = code;
    /** @type {{code: string, pointer?: string, message: string}[]} */
    this.errors = [];
  }
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

// ---------------------------------------------------------------------------------------------------

/**
 * Defines <fact-check> (once; later calls return the element already defined).
 * @param {() => Promise<WidgetChecker>} openChecker creates a checker over the bundled fact base
 * @returns {CustomElementConstructor}
 */
function defineFactCheck(openChecker) {
  const existing = customElements.get('fact-check');
  if (existing) return existing;

  let instances = 0;

  class FactCheckElement extends HTMLElement {
    static get observedAttributes() {
      return ['text', 'facts', 'facts-mode'];
    }

    // ---- state ----
    /** @type {Promise<WidgetChecker> | null} the checker being opened (bundled facts plus `facts`) */
    #loading = null;
    /** @type {WidgetChecker | null} */
    #checker = null;
    #generation = 0;
    /** @type {{json: string, mode: string, name: string} | null} a fact base given to loadFacts() */
    #ownFacts = null;
    /** @type {{text: string, waiters: {resolve: (r: any) => void, reject: (e: any) => void}[]} | null} */
    #queued = null;
    #running = false;
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    #debounce;
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    #hoverTimer;
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    #toastTimer;
    #checkedText = '';
    /** @type {(HTMLElement | null)[]} marks by claim index (null when a claim overlaps an earlier one) */
    #marks = [];
    /** @type {HTMLElement[]} list rows by claim index */
    #rows = [];
    /** @type {Verdict | null} */
    #filter = null;
    /** @type {number} the claim whose card is open, or -1 */
    #open = -1;
    #pinned = false;
    #connected = false;
    #id = ++instances;

    // ---- parts ----
    /** @type {HTMLTextAreaElement} */ #input;
    /** @type {HTMLButtonElement} */ #checkButton;
    /** @type {HTMLElement} */ #status;
    /** @type {HTMLElement} */ #problems;
    /** @type {HTMLElement} */ #factbase;
    /** @type {HTMLInputElement} */ #filePicker;
    /** @type {HTMLButtonElement} */ #openButton;
    /** @type {HTMLButtonElement} */ #resetButton;
    /** @type {HTMLElement} */ #summary;
    /** @type {Record<string, HTMLButtonElement>} */ #filters = {};
    /** @type {HTMLElement} */ #stage;
    /** @type {HTMLElement} */ #result;
    /** @type {HTMLElement} */ #empty;
    /** @type {HTMLElement} */ #card;
    /** @type {HTMLElement} */ #list;
    /** @type {HTMLElement} */ #listEmpty;
    /** @type {HTMLElement} */ #listCount;
    /** @type {HTMLButtonElement[]} */ #exportButtons = [];
    /** @type {HTMLElement} */ #toast;
    /** @type {HTMLElement} */ #meta;

    constructor() {
      super();
      /** The last report, or null. */
      this.report = null;
      /** How long the last check took, in milliseconds (performance.now() around checker.check). */
      this.lastCheckMs = /** @type {number | null} */ (null);
      /** The error that stops checking (a fact base that did not load), or null. */
      this.error = /** @type {Error | null} */ (null);

      const root = this.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [fcStyles()];
      root.append(this.#build());
      this.#wire(root);
      this.#setStatus('Loading the checker…', 'busy');
    }

    // ---- public API ----

    /** A Promise resolved (with the element) once the engine, and the `facts` fact base if any, have loaded
     * or failed to; a failure shows in the status region and in `error`. */
    get ready() {
      return this.#load().then(() => this, () => this);
    }

    /**
     * Checks `text` (or the text in the box, without an argument) right away and resolves with the report.
     * A check asked for while one is running waits; of several waiting, only the latest text is checked and
     * they all resolve with its report.
     * @param {string} [text]
     * @returns {Promise<any>}
     */
    check(text) {
      if (text !== undefined && text !== null) this.#input.value = String(text);
      clearTimeout(this.#debounce);
      return this.#enqueue(this.#input.value);
    }

    /** The text in the box now: what the reader typed or pasted, checked or not yet. */
    get value() {
      return this.#input.value;
    }

    /**
     * The last report as 'markdown', 'json' or 'claimreview' (schema.org ClaimReview JSON-LD).
     * @param {'markdown' | 'json' | 'claimreview'} format
     * @returns {string}
     */
    exportReport(format) {
      const report = this.report ?? { factbase: null, claims: [], summary: {} };
      switch (String(format).toLowerCase()) {
        case 'markdown': case 'md': return fcMarkdown(report);
        case 'json': return JSON.stringify(report, null, 2) + '\n';
        case 'claimreview': case 'jsonld': case 'json-ld': return fcClaimReview(report, this.#checkedText);
        default:
          throw new FcWidgetError('widget.bad_format',
            `exportReport() takes 'markdown', 'json' or 'claimreview', not '${String(format)}'`);
      }
    }

    /**
     * Uses the fact base `facts` (JSON text or an object, see docs/fact-base.md) instead of the bundled one
     * (mode 'replace', the default) or merged onto it ('merge'), then checks the text again. It holds until
     * the `facts` attribute changes, or until loadFacts(null) goes back to the attribute's or bundled facts.
     * Resolves with the fact base's summary; rejects with the error the status region shows.
     * @param {string | object | null} facts
     * @param {{mode?: 'replace' | 'merge', name?: string}} [options] `name` labels it in the widget
     * @returns {Promise<any>}
     */
    async loadFacts(facts, { mode = 'replace', name = 'you gave' } = {}) {
      this.#ownFacts = facts === null || facts === undefined ? null
        : { json: typeof facts === 'string' ? facts : JSON.stringify(facts), mode: String(mode), name: String(name) };
      this.#unload();
      this.report = null;
      this.#resetButton.hidden = this.#ownFacts === null;
      const checker = await this.#load();
      if (this.#input.value.trim() !== '') this.check().catch(() => {});
      else this.#setIdleStatus();
      return checker.factbase();
    }

    // ---- lifecycle ----

    connectedCallback() {
      this.#connected = true;
      document.addEventListener('pointerdown', this.#onDocumentPointer, true);
      this.#load().catch(() => {});
      if (this.#input.value.trim() !== '' && !this.report) this.#enqueue(this.#input.value).catch(() => {});
      else if (this.#input.value.trim() === '') this.#load().then(() => this.#setIdleStatus(), () => {});
    }

    disconnectedCallback() {
      this.#connected = false;
      document.removeEventListener('pointerdown', this.#onDocumentPointer, true);
      clearTimeout(this.#debounce);
      clearTimeout(this.#hoverTimer);
      // Moving the element in the page disconnects and reconnects it at once: keep the engine then.
      setTimeout(() => {
        if (!this.isConnected) this.#unload();
      }, 0);
    }

    /**
     * @param {string} name
     * @param {string | null} before
     * @param {string | null} after
     */
    attributeChangedCallback(name, before, after) {
      if (before === after) return;
      if (name === 'text') {
        this.#input.value = after ?? '';
        if (this.#connected) this.check().catch(() => {});
        return;
      }
      // facts or facts-mode: a different fact base, so a fresh checker.
      this.#ownFacts = null;
      this.#resetButton.hidden = true;
      this.#unload();
      this.report = null;
      if (this.#connected) {
        if (this.#input.value.trim() !== '') this.check().catch(() => {});
        else this.#load().then(() => this.#setIdleStatus(), () => {});
      }
    }

    // ---- the engine ----

    /** @returns {Promise<WidgetChecker>} */
    #load() {
      if (!this.#loading) {
        const generation = this.#generation;
        this.#loading = this.#openChecker(generation);
        this.#loading.catch(() => {});
      }
      return this.#loading;
    }

    #unload() {
      this.#generation++;
      const loading = this.#loading;
      this.#loading = null;
      this.#checker = null;
      loading?.then((checker) => checker.dispose(), () => {}).catch(() => {});
    }

    /** @param {number} generation */
    async #openChecker(generation) {
      const own = this.#ownFacts;
      const url = own ? null : this.getAttribute('facts');
      const mode = own ? own.mode : this.getAttribute('facts-mode') ?? 'replace';
      /** @type {WidgetChecker | null} */
      let checker = null;
      try {
        this.#setStatus('Loading the checker…', 'busy');
        checker = await openChecker();
        if (own) {
          this.#setStatus(`Loading the fact base ${own.name}…`, 'busy');
          await checker.loadFacts(own.json, { mode });
        } else if (url) {
          this.#setStatus(`Loading the fact base ${url}…`, 'busy');
          const json = await this.#fetchFacts(url);
          await checker.loadFacts(json, { mode });
        }
        const info = await checker.factbase();
        if (generation !== this.#generation) throw new FcWidgetError('widget.superseded', 'the fact base changed');
        this.#checker = checker;
        this.error = null;
        this.#problems.hidden = true;
        this.#showFactbase(info);
        return checker;
      } catch (e) {
        try {
          await checker?.dispose();
        } catch {
          // already unusable
        }
        const error = e instanceof Error ? e : new Error(String(e));
        if (generation === this.#generation) {
          this.error = error;
          this.#showLoadError(error, own ? own.name : url);
        }
        throw error;
      }
    }

    /**
     * Fetches a fact base's JSON text; the engine parses it, so a syntax error comes back with its place.
     * @param {string} url
     */
    async #fetchFacts(url) {
      let response;
      try {
        response = await fetch(new URL(url, document.baseURI), { credentials: 'same-origin', referrerPolicy: 'no-referrer' });
      } catch (e) {
        throw new FcWidgetError('widget.facts_unreachable',
          `the fact base ${url} could not be fetched (${e instanceof Error ? e.message : String(e)})`);
      }
      if (!response.ok)
        throw new FcWidgetError('widget.facts_http_status',
          `the fact base ${url} could not be loaded: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      return response.text();
    }

    /**
     * @param {string} text
     * @returns {Promise<any>}
     */
    #enqueue(text) {
      return new Promise((resolve, reject) => {
        if (this.#queued) {
          this.#queued.text = text;
          this.#queued.waiters.push({ resolve, reject });
        } else {
          this.#queued = { text, waiters: [{ resolve, reject }] };
        }
        this.#drain();
      });
    }

    async #drain() {
      if (this.#running) return;
      this.#running = true;
      try {
        while (this.#queued) {
          const job = this.#queued;
          this.#queued = null;
          try {
            const report = await this.#run(job.text);
            for (const w of job.waiters) w.resolve(report);
          } catch (e) {
            for (const w of job.waiters) w.reject(e);
          }
        }
      } finally {
        this.#running = false;
      }
    }

    /** @param {string} text */
    async #run(text) {
      this.#result.setAttribute('aria-busy', 'true');
      try {
        let checker;
        try {
          checker = await this.#load();
        } catch (e) {
          this.#clearResults();
          throw e;
        }
        const started = performance.now();
        let report;
        try {
          report = await checker.check(text);
        } catch (e) {
          const error = e instanceof Error ? e : new Error(String(e));
          this.#setStatus(`The check failed: ${error.message}`, 'error');
          throw error;
        }
        this.lastCheckMs = performance.now() - started;
        // The same text against the same facts gives the same report: the marks on screen stay.
        const same = this.report !== null && text === this.#checkedText &&
          this.report.factbase?.checksum === report.factbase?.checksum;
        this.report = report;
        this.#checkedText = text;
        if (same) this.#renderStatus(report, text);
        else await this.#render(report, text);
        this.dispatchEvent(new CustomEvent('factcheck-result', { bubbles: true, composed: true, detail: report }));
        return report;
      } finally {
        this.#result.removeAttribute('aria-busy');
      }
    }

    // ---- building the shadow DOM ----

    #build() {
      const inputId = `fc-input-${this.#id}`;
      this.#input = /** @type {HTMLTextAreaElement} */ (fcElement('textarea', {
        id: inputId,
        'aria-label': 'Text to check',
        part: 'textbox',
        placeholder: 'Paste a news story, or start typing. Figures, dates and who-is-who claims are checked as you type.',
        rows: 7,
        spellcheck: 'true',
      }));
      this.#checkButton = /** @type {HTMLButtonElement} */ (fcElement('button', { type: 'button', class: 'primary' }, 'Check'));
      this.#factbase = fcElement('span', { class: 'factbase-name' });
      this.#filePicker = /** @type {HTMLInputElement} */ (fcElement('input', {
        type: 'file', accept: '.json,application/json', hidden: true, tabindex: '-1',
      }));
      this.#openButton = /** @type {HTMLButtonElement} */ (fcElement('button', {
        type: 'button', class: 'link', title: 'Check against a fact base of your own: a JSON file (see docs/fact-base.md)',
      }, 'Load a fact base…'));
      this.#resetButton = /** @type {HTMLButtonElement} */ (fcElement('button', { type: 'button', class: 'link', hidden: true },
        'Use the bundled facts'));
      const input = fcElement('div', { class: 'input', part: 'input' },
        fcElement('div', { class: 'input-head' },
          fcElement('label', { class: 'label', for: inputId }, 'Text to check'),
          fcElement('span', { class: 'factbase' }, this.#factbase)),
        this.#input,
        fcElement('div', { class: 'input-foot' },
          fcElement('span', { class: 'hint' }, 'Checks as you type, or press ',
            fcElement('kbd', {}, 'Ctrl'), ' + ', fcElement('kbd', {}, 'Enter')),
          this.#checkButton));

      this.#status = fcElement('div', { class: 'status', part: 'status', role: 'status', 'aria-live': 'polite', 'data-state': 'busy' });
      this.#problems = fcElement('ul', { class: 'problems', hidden: true, 'aria-label': 'Problems in the fact base' });
      const notice = fcElement('div', { class: 'notice' }, this.#status, this.#problems);

      this.#summary = fcElement('div', { class: 'summary', part: 'summary', role: 'group', 'aria-label': 'Filter the claims by verdict', hidden: true });
      for (const verdict of FC_VERDICTS) {
        const button = /** @type {HTMLButtonElement} */ (fcElement('button', {
          type: 'button', class: 'filter', 'data-filter': verdict, 'data-verdict': verdict, 'aria-pressed': 'false',
        }, fcBadge(verdict), fcElement('span', {}, fcElement('span', { class: 'count' }, '0'), ` ${FC_COUNT_NAMES[verdict]}`)));
        this.#filters[verdict] = button;
        this.#summary.append(button);
      }

      this.#result = fcElement('div', {
        class: 'result', part: 'result', role: 'region', 'aria-label': 'Checked text', hidden: true,
      });
      this.#empty = fcElement('div', { class: 'empty' }, 'The checked text appears here, each claim marked with its verdict.');
      this.#card = fcElement('div', {
        class: 'card', part: 'card', role: 'dialog', 'aria-label': 'Claim details', tabindex: '-1', hidden: true,
        id: `fc-card-${this.#id}`,
      });
      this.#stage = fcElement('section', { class: 'stage', 'aria-label': 'Checked text and claim details' },
        fcElement('h3', { class: 'section-title' }, 'Checked text'),
        this.#empty, this.#result, this.#card);

      this.#list = fcElement('ul', { class: 'list', part: 'list', role: 'list', 'aria-label': 'Claims' });
      this.#listEmpty = fcElement('p', { class: 'list-empty' }, 'No claims yet.');
      this.#listCount = fcElement('span', {});
      const side = fcElement('section', { class: 'side', 'aria-label': 'Claims' }, fcElement('div', { class: 'side-inner' },
        fcElement('h3', { class: 'section-title' }, 'Claims', this.#listCount), this.#list, this.#listEmpty));

      const exports = fcElement('div', { class: 'export', role: 'group', 'aria-label': 'Copy the report' });
      for (const [format, name] of [['markdown', 'Markdown'], ['json', 'JSON'], ['claimreview', 'ClaimReview']]) {
        const button = /** @type {HTMLButtonElement} */ (fcElement('button', {
          type: 'button', class: 'ghost', 'data-export': format, disabled: true,
        }, `Copy ${name}`));
        this.#exportButtons.push(button);
        exports.append(button);
      }
      this.#toast = fcElement('span', { class: 'toast', role: 'status' });
      this.#meta = fcElement('span', { class: 'meta' }, 'Runs on this device: the text never leaves it.');
      const footer = fcElement('div', { class: 'footer' }, exports, this.#toast,
        fcElement('div', { class: 'facts-controls', part: 'facts-controls' }, this.#meta, this.#openButton, this.#resetButton, this.#filePicker));

      return fcElement('div', { class: 'fc', part: 'base' },
        fcElement('div', { class: 'layout' }, input, notice, this.#summary, this.#stage, side, footer));
    }

    /** @param {ShadowRoot} root */
    #wire(root) {
      this.#input.addEventListener('input', () => {
        clearTimeout(this.#debounce);
        this.#debounce = setTimeout(() => this.#enqueue(this.#input.value).catch(() => {}), FC_DEBOUNCE_MS);
      });
      this.#input.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          this.check().catch(() => {});
        }
      });
      this.#checkButton.addEventListener('click', () => this.check().catch(() => {}));
      this.#openButton.addEventListener('click', () => this.#filePicker.click());
      this.#filePicker.addEventListener('change', async () => {
        const file = this.#filePicker.files?.[0];
        this.#filePicker.value = '';
        if (!file) return;
        try {
          await this.loadFacts(await file.text(), { mode: 'replace', name: file.name });
        } catch {
          // shown in the status region
        }
      });
      this.#resetButton.addEventListener('click', () => this.loadFacts(null).catch(() => {}));

      this.#summary.addEventListener('click', (e) => {
        const button = /** @type {HTMLElement | null} */ (/** @type {HTMLElement} */ (e.target).closest('[data-filter]'));
        if (!button) return;
        const verdict = /** @type {Verdict} */ (button.dataset.filter);
        this.#setFilter(this.#filter === verdict ? null : verdict);
      });

      this.#result.addEventListener('click', (e) => {
        const mark = this.#markOf(e.target);
        if (mark) this.#openCard(Number(mark.dataset.claim), { pin: true });
      });
      this.#result.addEventListener('keydown', (e) => this.#onResultKey(e));
      this.#result.addEventListener('mouseover', (e) => {
        const mark = this.#markOf(e.target);
        if (!mark || this.#pinned) return;
        clearTimeout(this.#hoverTimer);
        const index = Number(mark.dataset.claim);
        this.#hoverTimer = setTimeout(() => this.#openCard(index, { pin: false }), this.#open === -1 ? 120 : 0);
      });
      this.#result.addEventListener('mouseout', (e) => {
        const mark = this.#markOf(e.target);
        if (!mark || this.#pinned) return;
        const to = /** @type {Node | null} */ (e.relatedTarget);
        if (to && (mark.contains(to) || this.#card.contains(to))) return;
        clearTimeout(this.#hoverTimer);
        this.#hoverTimer = setTimeout(() => { if (!this.#pinned) this.#closeCard(false); }, 220);
      });
      this.#result.addEventListener('focusin', (e) => {
        const mark = this.#markOf(e.target);
        if (mark && this.#open !== -1 && this.#pinned) this.#openCard(Number(mark.dataset.claim), { pin: true });
        if (mark) this.#setCurrentRow(Number(mark.dataset.claim));
      });

      this.#card.addEventListener('mouseenter', () => clearTimeout(this.#hoverTimer));
      this.#card.addEventListener('mouseleave', () => {
        if (this.#pinned) return;
        this.#hoverTimer = setTimeout(() => { if (!this.#pinned) this.#closeCard(false); }, 220);
      });
      this.#card.addEventListener('click', (e) => {
        if (/** @type {HTMLElement} */ (e.target).closest('.close')) this.#closeCard(true);
        else this.#pinned = true;
      });
      this.#card.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          this.#closeCard(true);
        } else if (this.#navigate(e)) {
          e.preventDefault();
        }
      });

      // Closing a pinned card when focus leaves both the card and the marks (Tab onwards, or a click elsewhere).
      root.addEventListener('focusout', (e) => {
        const to = /** @type {Node | null} */ (/** @type {FocusEvent} */ (e).relatedTarget);
        if (this.#open === -1 || !this.#pinned || !to) return;
        if (this.#card.contains(to) || this.#markOf(to)) return;
        this.#closeCard(false);
      });

      this.#list.addEventListener('click', (e) => {
        const row = /** @type {HTMLElement | null} */ (/** @type {HTMLElement} */ (e.target).closest('button.row'));
        if (!row) return;
        const index = Number(row.dataset.claim);
        this.#setCurrentRow(index);
        const mark = this.#marks[index];
        if (mark) mark.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
        this.#openCard(index, { pin: true, focusCard: true });
      });
      this.#list.addEventListener('keydown', (e) => this.#onListKey(e));

      for (const button of this.#exportButtons) {
        button.addEventListener('click', () => this.#copy(/** @type {any} */ (button.dataset.export)));
      }
    }

    /** @type {(e: Event) => void} closes a pinned card on a press outside it and outside the marks */
    #onDocumentPointer = (e) => {
      if (this.#open === -1) return;
      const path = e.composedPath();
      if (path.includes(this.#card)) return;
      if (path.some((n) => n instanceof HTMLElement && n.localName === 'mark' && this.#result.contains(n))) return;
      this.#closeCard(false);
    };

    /** @param {EventTarget | null} target */
    #markOf(target) {
      const node = /** @type {Element | null} */ (target instanceof Element ? target : /** @type {Node | null} */ (target)?.parentElement ?? null);
      const mark = /** @type {HTMLElement | null} */ (node?.closest('mark[data-claim]') ?? null);
      return mark && this.#result.contains(mark) ? mark : null;
    }

    // ---- keyboard ----

    /** @param {KeyboardEvent} e */
    #onResultKey(e) {
      const mark = this.#markOf(e.target);
      if (!mark) return;
      if (e.key === 'Enter' || e.key === ' ' || e.key === 'Spacebar') {
        e.preventDefault();
        this.#openCard(Number(mark.dataset.claim), { pin: true, focusCard: true });
      } else if (e.key === 'Escape') {
        if (this.#open !== -1) {
          e.preventDefault();
          this.#closeCard(true);
        }
      } else if (this.#navigate(e)) {
        e.preventDefault();
      }
    }

    /**
     * Arrow keys, j/k, Home and End move between the claims (those the filter shows); the open card follows.
     * @param {KeyboardEvent} e
     * @returns {boolean} whether the key was used
     */
    #navigate(e) {
      if (e.altKey || e.ctrlKey || e.metaKey) return false;
      const marks = this.#navigableMarks();
      if (marks.length === 0) return false;
      const current = this.#open !== -1 && !this.#markOf(e.target)
        ? this.#marks[this.#open] : this.#markOf(e.target);
      const at = current ? marks.indexOf(current) : -1;
      let next;
      switch (e.key) {
        case 'ArrowDown': case 'ArrowRight': case 'j': next = at < 0 ? 0 : Math.min(at + 1, marks.length - 1); break;
        case 'ArrowUp': case 'ArrowLeft': case 'k': next = at < 0 ? 0 : Math.max(at - 1, 0); break;
        case 'Home': next = 0; break;
        case 'End': next = marks.length - 1; break;
        default: return false;
      }
      const mark = marks[next];
      mark.focus();
      if (this.#open !== -1) this.#openCard(Number(mark.dataset.claim), { pin: true });
      return true;
    }

    #navigableMarks() {
      return /** @type {HTMLElement[]} */ (this.#marksInOrder().filter((m) => !this.#filter || m.dataset.verdict === this.#filter));
    }

    #marksInOrder() {
      return /** @type {HTMLElement[]} */ ([...this.#result.querySelectorAll('mark[data-claim]')]);
    }

    /** @param {KeyboardEvent} e */
    #onListKey(e) {
      const row = /** @type {HTMLElement | null} */ (/** @type {HTMLElement} */ (e.target).closest('button.row'));
      if (!row) return;
      const rows = this.#rows.filter((r) => !/** @type {HTMLElement} */ (r.parentElement).hidden);
      const at = rows.indexOf(row);
      let next = -1;
      if (e.key === 'ArrowDown' || e.key === 'j') next = Math.min(at + 1, rows.length - 1);
      else if (e.key === 'ArrowUp' || e.key === 'k') next = Math.max(at - 1, 0);
      else if (e.key === 'Home') next = 0;
      else if (e.key === 'End') next = rows.length - 1;
      else return;
      e.preventDefault();
      if (next >= 0) {
        this.#setCurrentRow(Number(rows[next].dataset.claim));
        rows[next].focus();
      }
    }

    /** Roving tabindex: one row of the list is in the tab order. @param {number} index */
    #setCurrentRow(index) {
      let any = false;
      for (const row of this.#rows) {
        const current = Number(row.dataset.claim) === index && !/** @type {HTMLElement} */ (row.parentElement).hidden;
        row.tabIndex = current ? 0 : -1;
        if (current) row.setAttribute('aria-current', 'true');
        else row.removeAttribute('aria-current');
        any ||= current;
      }
      if (!any) {
        const first = this.#rows.find((r) => !/** @type {HTMLElement} */ (r.parentElement).hidden);
        if (first) first.tabIndex = 0;
      }
    }

    // ---- rendering ----

    /**
     * @param {any} report
     * @param {string} text
     */
    async #render(report, text) {
      const claims = /** @type {any[]} */ (report.claims ?? []);
      this.#closeCard(false);
      // A long text has hundreds of claims: the page is built in slices of a few tens of milliseconds, with
      // the browser free to draw and to handle input between them.
      const slice = fcSlicer();

      // The text, as text nodes, with a <mark> around each claim. Offsets are UTF-16 indices into `text`.
      // Each paragraph is a block of its own, so that the browser lays out only those on screen
      // (content-visibility in the stylesheet).
      const order = claims.map((_, i) => i)
        .sort((a, b) => claims[a].start - claims[b].start || claims[b].end - claims[a].end);
      const result = this.#result;
      result.replaceChildren();
      /** @type {HTMLElement | null} */
      let paragraph = null;
      /** @param {Node | string} node */
      const put = (node) => {
        if (!paragraph) result.append(paragraph = fcElement('div', { class: 'para' }));
        paragraph.append(node);
      };
      /** @param {string} plain text between claims; a blank line ends a paragraph */
      const putText = (plain) => {
        const blank = /\n[^\S\n]*\n\s*/g;
        let from = 0;
        for (let m; (m = blank.exec(plain)) !== null;) {
          put(plain.slice(from, m.index + m[0].length));
          paragraph = null;
          from = m.index + m[0].length;
        }
        if (from < plain.length) put(plain.slice(from));
      };
      const blank = text.trim() === '';
      result.hidden = blank;
      this.#empty.hidden = !blank;
      this.#marks = claims.map(() => null);
      let at = 0;
      for (const i of order) {
        const claim = claims[i];
        const start = Math.max(Number(claim.start), at);
        const end = Math.min(Number(claim.end), text.length);
        if (!Number.isInteger(start) || !Number.isInteger(end) || end <= start) continue;
        if (start > at) putText(text.slice(at, start));
        const verdict = String(claim.verdict);
        // The icon goes with the claim's last word, so that a line never starts with it.
        const words = text.slice(start, end);
        const cut = Math.max(0, words.search(/\S+\s*$/));
        const mark = fcTemplate(`mark:${verdict}`, () => fcElement('mark', {
          'data-verdict': verdict, tabindex: '0', role: 'button', 'aria-haspopup': 'dialog', 'aria-expanded': 'false',
        }, fcElement('span', { class: 'tail' }, fcBadge(verdict, 'mark-icon'))));
        mark.dataset.claim = String(i);
        mark.setAttribute('aria-label', `${words}: ${FC_VERDICT_NAMES[/** @type {Verdict} */ (verdict)] ?? verdict}`);
        /** @type {HTMLElement} */ (mark.firstChild).prepend(words.slice(cut));
        if (cut > 0) mark.prepend(words.slice(0, cut));
        put(mark);
        this.#marks[i] = mark;
        at = end;
        if (slice.due()) await slice.pause();
      }
      if (at < text.length) putText(text.slice(at));

      // The summary and the list.
      for (const verdict of FC_VERDICTS) {
        const count = report.summary?.[verdict] ?? claims.filter((c) => c.verdict === verdict).length;
        const button = this.#filters[verdict];
        /** @type {HTMLElement} */ (button.querySelector('.count')).textContent = String(count);
        button.toggleAttribute('data-zero', count === 0);
      }
      this.#summary.hidden = blank;
      if (slice.due()) await slice.pause();
      this.#rows = [];
      this.#list.replaceChildren();
      for (let i = 0; i < claims.length; i++) {
        this.#list.append(this.#row(claims[i], i));
        if (slice.due()) await slice.pause();
      }
      this.#applyFilter();
      this.#setCurrentRow(-1);

      this.#renderStatus(report, text);
    }

    /**
     * What follows each check, whether or not the marks were redrawn.
     * @param {any} report
     * @param {string} text
     */
    #renderStatus(report, text) {
      const blank = text.trim() === '';
      for (const button of this.#exportButtons) button.disabled = false;
      this.#showFactbase(report.factbase);
      this.#meta.textContent = `Checked in ${Math.max(1, Math.round(this.lastCheckMs ?? 0))} ms on this device: the text never leaves it.`;
      if (blank) this.#setIdleStatus();
      else this.#setStatus(`Checked: ${fcCounts(report.summary)}.`, 'done');
    }

    /**
     * One claim of the list: its verdict, the claim and, in a line, what the fact base says.
     * @param {any} claim
     * @param {number} index
     */
    #row(claim, index) {
      const verdict = String(claim.verdict);
      let detail;
      if (verdict === 'unverified') detail = 'No fact in the fact base covers it';
      else if (claim.expected) {
        const deviation = fcDeviation(claim.deviation);
        detail = `Fact: ${claim.expected.display}`;
        if (verdict === 'outdated' && claim.earlier) detail = `Was ${claim.earlier.display}; now ${claim.expected.display}`;
        else if (deviation && deviation.direction !== 0) detail += ` · ${deviation.text}`;
      } else detail = claim.explanation ?? '';
      const item = fcTemplate(`row:${verdict}`, () => fcElement('li', { role: 'listitem', 'data-verdict': verdict },
        fcElement('button', { type: 'button', class: 'row', 'data-verdict': verdict, tabindex: '-1' },
          fcBadge(verdict),
          fcElement('span', { class: 'row-top' },
            fcElement('span', { class: 'row-claim' }),
            fcElement('span', { class: 'row-verdict' }, FC_VERDICT_NAMES[/** @type {Verdict} */ (verdict)] ?? verdict)),
          fcElement('span', { class: 'row-detail' }))));
      const button = /** @type {HTMLElement} */ (item.firstChild);
      item.dataset.claim = button.dataset.claim = String(index);
      /** @type {HTMLElement} */ (button.querySelector('.row-claim')).textContent = claim.claimed?.display ?? claim.text;
      /** @type {HTMLElement} */ (button.lastChild).textContent = detail;
      this.#rows.push(button);
      return item;
    }

    #clearResults() {
      this.#closeCard(false);
      this.report = null;
      this.#result.replaceChildren();
      this.#result.hidden = true;
      this.#empty.hidden = false;
      this.#summary.hidden = true;
      this.#list.replaceChildren();
      this.#rows = [];
      this.#marks = [];
      this.#listEmpty.hidden = false;
      this.#listEmpty.textContent = 'No claims: nothing was checked.';
      this.#listCount.textContent = '';
      for (const button of this.#exportButtons) button.disabled = true;
    }

    /** @param {Verdict | null} verdict */
    #setFilter(verdict) {
      this.#filter = verdict;
      this.#applyFilter();
      if (this.#open !== -1 && verdict && this.#marks[this.#open]?.dataset.verdict !== verdict) this.#closeCard(false);
    }

    #applyFilter() {
      const verdict = this.#filter;
      for (const [name, button] of Object.entries(this.#filters)) button.setAttribute('aria-pressed', String(name === verdict));
      this.#summary.toggleAttribute('data-filtering', verdict !== null);
      for (const mark of this.#marks) mark?.toggleAttribute('data-dimmed', verdict !== null && mark.dataset.verdict !== verdict);
      let shown = 0;
      for (const item of /** @type {HTMLElement[]} */ ([...this.#list.children])) {
        const hide = verdict !== null && item.dataset.verdict !== verdict;
        item.hidden = hide;
        if (!hide) shown++;
      }
      const total = this.#list.children.length;
      this.#listEmpty.hidden = shown > 0;
      this.#listEmpty.textContent = total === 0 ? 'No checkable claims in this text.'
        : `No ${FC_COUNT_NAMES[/** @type {Verdict} */ (verdict)] ?? ''} claims.`;
      this.#listCount.textContent = total === 0 ? '' : verdict ? `${shown} of ${total}` : String(total);
      this.#setCurrentRow(-1);
    }

    // ---- the card ----

    /**
     * @param {number} index
     * @param {{pin: boolean, focusCard?: boolean}} options
     */
    #openCard(index, { pin, focusCard = false }) {
      const claim = this.report?.claims?.[index];
      if (!claim) return;
      clearTimeout(this.#hoverTimer);
      if (this.#open !== index) {
        this.#fillCard(claim);
        for (const mark of this.#marks) mark?.setAttribute('aria-expanded', 'false');
      }
      const mark = this.#marks[index];
      mark?.setAttribute('aria-expanded', 'true');
      mark?.setAttribute('aria-controls', this.#card.id);
      this.#open = index;
      this.#pinned = this.#pinned || pin;
      this.#card.hidden = false;
      this.#place(mark ?? this.#rows[index]);
      this.#setCurrentRow(index);
      if (focusCard) {
        this.#card.focus({ preventScroll: true });
        const box = this.#card.getBoundingClientRect();
        if (box.bottom > window.innerHeight || box.top < 0) this.#card.scrollIntoView({ block: 'nearest' });
      }
    }

    /** @param {boolean} returnFocus */
    #closeCard(returnFocus) {
      clearTimeout(this.#hoverTimer);
      if (this.#open === -1) return;
      const mark = this.#marks[this.#open];
      this.#open = -1;
      this.#pinned = false;
      this.#card.hidden = true;
      for (const m of this.#marks) m?.setAttribute('aria-expanded', 'false');
      if (returnFocus && mark) mark.focus();
    }

    /**
     * Places the card under the claim (or above it when there is more room there), inside the stage.
     * @param {HTMLElement | undefined} anchor
     */
    #place(anchor) {
      if (!anchor) return;
      const stage = this.#stage.getBoundingClientRect();
      const rects = anchor.getClientRects();
      const box = rects.length ? rects[rects.length - 1] : anchor.getBoundingClientRect();
      const width = this.#card.offsetWidth;
      const height = this.#card.offsetHeight;
      let left = box.left - stage.left - 12;
      left = Math.max(0, Math.min(left, stage.width - width));
      let top = box.bottom - stage.top + 8;
      const below = window.innerHeight - box.bottom;
      const above = box.top;
      if (below < height + 16 && above > below && box.top - stage.top - height - 8 >= 0)
        top = (rects.length ? rects[0].top : box.top) - stage.top - height - 8;
      this.#card.style.setProperty('left', `${Math.round(left)}px`);
      this.#card.style.setProperty('top', `${Math.round(top)}px`);
    }

    /** @param {any} claim */
    #fillCard(claim) {
      const verdict = String(claim.verdict);
      this.#card.dataset.verdict = verdict;

      const claimed = fcElement('dd', { 'data-field': 'claimed' }, claim.claimed?.display ?? claim.text);

      const expected = fcElement('dd', { 'data-field': 'expected' });
      if (claim.expected) {
        expected.append(claim.expected.display ?? '');
        const when = fcWhen(claim.expected);
        if (when) expected.append(' ', fcElement('span', { class: 'when' }, when));
        if (claim.earlier) {
          const earlierWhen = fcWhen(claim.earlier);
          expected.append(' ', fcElement('span', { class: 'earlier' },
            `Earlier: ${claim.earlier.display}${earlierWhen ? `, ${earlierWhen}` : ''}`));
        }
      } else {
        expected.append(verdict === 'unverified' ? 'No fact covers this claim' : '—');
      }

      const deviation = fcDeviation(claim.deviation);
      const deviationField = fcElement('dd', { 'data-field': 'deviation' });
      if (deviation) {
        deviationField.append(fcElement('span', {
          class: deviation.direction > 0 ? 'dev-up' : deviation.direction < 0 ? 'dev-down' : '',
        }, deviation.text));
      } else {
        deviationField.append(verdict === 'unverified' ? 'Nothing to compare'
          : claim.kind === 'date' ? 'Not a figure: compared as dates'
          : claim.kind === 'relation' ? 'Not a figure: compared as names' : 'Not measured');
      }

      const source = fcElement('p', { class: 'source', 'data-field': 'source' });
      const src = fcSource(claim.source);
      if (src) {
        source.append('Source: ', fcElement('b', {}, src.publisher));
        if (src.date) source.append(`, ${src.date}`);
        if (src.title && src.url) {
          source.append(', ', fcElement('a', { href: src.url, target: '_blank', rel: 'noopener noreferrer' },
            src.title, fcElement('span', { class: 'out', 'aria-hidden': 'true' }, '↗')));
        } else if (src.title) {
          source.append(', ', fcElement('cite', {}, src.title));
        } else if (src.url) {
          source.append(', ', fcElement('a', { href: src.url, target: '_blank', rel: 'noopener noreferrer' },
            'link', fcElement('span', { class: 'out', 'aria-hidden': 'true' }, '↗')));
        }
      } else {
        source.append('Source: none, as the fact base has no fact on this.');
      }

      this.#card.replaceChildren(
        fcElement('div', { class: 'card-head' },
          fcElement('span', { class: 'verdict', 'data-verdict': verdict },
            fcBadge(verdict), FC_VERDICT_NAMES[/** @type {Verdict} */ (verdict)] ?? verdict),
          fcElement('button', { type: 'button', class: 'close', 'aria-label': 'Close' }, '×')),
        fcElement('p', { class: 'quote' }, `“${claim.text}”`),
        fcElement('dl', { class: 'fields' },
          fcElement('dt', {}, 'Claimed'), claimed,
          fcElement('dt', {}, 'Fact base'), expected,
          fcElement('dt', {}, 'Deviation'), deviationField),
        fcElement('p', { class: 'explanation', 'data-field': 'explanation' }, claim.explanation ?? ''),
        source);
    }

    // ---- status, fact base, export ----

    /**
     * @param {string} message
     * @param {'busy' | 'done' | 'error' | 'idle'} state
     */
    #setStatus(message, state) {
      this.#status.dataset.state = state;
      if (this.#status.textContent !== message) this.#status.textContent = message;
    }

    #setIdleStatus() {
      if (this.error) return;
      if (this.#input.value.trim() === '') this.#setStatus('Ready. Paste or type a text to check.', 'idle');
    }

    /**
     * @param {Error} error
     * @param {string | null} url
     */
    #showLoadError(error, url) {
      const code = /** @type {any} */ (error).code;
      const message = error.message.startsWith('[') || !code ? error.message : `[${code}] ${error.message}`;
      const problems = /** @type {any[]} */ (/** @type {any} */ (error).errors ?? []);
      const what = url ? `The fact base ${url} did not load` : 'The checker did not load';
      this.#setStatus(`${what}: ${message.replace(/\.$/, '')}. Nothing was checked.`, 'error');
      this.#problems.replaceChildren(...problems.slice(0, 50).map((p) => fcElement('li', {},
        fcElement('code', {}, `[${p.code}]`), ' ', p.pointer ? fcElement('code', {}, p.pointer) : '', p.pointer ? ': ' : '', String(p.message ?? ''))));
      this.#problems.hidden = problems.length < 2;
      this.#factbase.replaceChildren('No fact base loaded');
      this.#clearResults();
    }

    /** @param {any} info */
    #showFactbase(info) {
      if (!info) return;
      const layers = Array.isArray(info.layers) && info.layers.length > 1
        ? ` (${info.layers.length} files merged)` : '';
      const own = this.#ownFacts ? ` from ${this.#ownFacts.name}` : '';
      this.#factbase.replaceChildren('Fact base: ', fcElement('b', {}, String(info.name ?? '')),
        ` ${info.version ?? ''} · ${info.facts ?? '?'} facts${layers}${own}`);
      this.#factbase.title = `${info.name} ${info.version}, ${info.checksum}`;
    }

    /** @param {'markdown' | 'json' | 'claimreview'} format */
    async #copy(format) {
      const names = { markdown: 'Markdown', json: 'JSON', claimreview: 'ClaimReview JSON-LD' };
      clearTimeout(this.#toastTimer);
      try {
        await navigator.clipboard.writeText(this.exportReport(format));
        this.#toast.dataset.state = 'done';
        this.#toast.textContent = `Copied the report as ${names[format]}.`;
      } catch (e) {
        this.#toast.dataset.state = 'error';
        this.#toast.textContent = `Could not copy: ${e instanceof Error ? e.message : String(e)}`;
      }
      this.#toastTimer = setTimeout(() => { this.#toast.textContent = ''; }, 4000);
    }
  }

  customElements.define('fact-check', FactCheckElement);
  return FactCheckElement;
}
