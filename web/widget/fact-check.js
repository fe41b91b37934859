// <fact-check>: a custom element that checks the claims of a text against a fact base and shows each one
// in place, with its verdict and evidence. Vanilla JS, an open shadow root, no framework.
//
// The widget is seven files, joined in this order by scripts/package-web.mjs: wording.js (the words for a
// report's values), export-formats.js (the report as Markdown and ClaimReview), dom.js (helpers for making
// elements), sources-view.js (the Sources area: adding, listing and showing the texts a draft is checked
// against), layout.js (what the element shows, built from data), report-view.js (showing a report: the
// marks, the list, the card) and this one, the element itself: its attributes and public API, the engine it
// drives, the queue of checks and the status. They are written to run both as one ES module
// (dist/widget.js) and as one classic script (inlined into dist/factcheck.html, which must work from
// file://, where module scripts do not load): no file has an import or export. scripts/package-web.mjs puts
// FC_STYLES (fact-check.css as a string) before them, and after them an entry that calls defineFactCheck()
// with a way to open a checker: the JS API (entry-module.js) or the bare classic wasm core
// (entry-classic.js).
//
// Security: the checked text is only ever put into the page as text nodes (and the attributes of the
// elements the widget makes), never parsed as HTML; a source's URL becomes a link only if it is http(s).
// So is a source's text; an HTML file given as a source is read in an inert document (sources-view.js).
/* global fcCounts, fcMarkdown, fcClaimReview, fcElement, fcStyles, fcLayout, FcReportView, FcSourcesView,
   fcSourceSpan */
/* exported defineFactCheck */

/**
 * What the element needs of a checker: the JS API's Checker or AsyncChecker (web/api/factcheck.d.ts), or
 * anything with the same methods. Results may be plain values or Promises.
 * @typedef {object} WidgetChecker
 * @property {(text: string) => any} check the report (UTF-16 offsets)
 * @property {(facts: string, options: {mode?: any}) => any} loadFacts throws an Error with a `code`
 * @property {() => any} factbase
 * @property {(text: string, options: {name: string, date?: string}) => any} addSource a SourceInfo; throws
 *   an Error with a `code` (learn.*) and keeps nothing of a refused source
 * @property {(name: string) => any} removeSource the sources left
 * @property {(what: string) => any} use 'facts', 'sources' or 'both'
 * @property {() => any} dispose
 */

const FC_DEBOUNCE_MS = 300;

/** @type {(() => Promise<WidgetChecker>) | null} opens a checker on the bundled facts; set by defineFactCheck() */
let fcOpenChecker = null;
/** How many elements have been made: the ids inside each one's shadow root carry its number. */
let fcInstances = 0;

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

/** <fact-check>: its attributes and public API are described in widget.d.ts. */
class FactCheckElement extends HTMLElement {
  static get observedAttributes() {
    return ['text', 'facts', 'facts-mode', 'against'];
  }

  // ---- state ----
  /** @type {Promise<WidgetChecker> | null} the checker being opened (bundled facts plus `facts`) */
  #loading = null;
  /** @type {WidgetChecker | null} */
  #checker = null;
  #generation = 0;
  /** @type {{json: string, mode: string, name: string} | null} a fact base given to loadFacts() */
  #ownFacts = null;
  /**
   * The sources given to addSource(), in order, with what the engine said of each. The element keeps their
   * texts so that a new checker (another fact base) learns them again: a source outlives a fact-base change.
   * @type {{text: string, name: string, date: string, info: any}[]}
   */
  #sources = [];
  /** @type {'facts' | 'sources' | 'both' | null} what check() uses; null: the engine's default */
  #against = null;
  /** @type {{text: string, waiters: {resolve: (r: any) => void, reject: (e: any) => void}[]} | null} */
  #queued = null;
  #running = false;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  #debounce;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  #toastTimer;
  #checkedText = '';
  #connected = false;
  #id = ++fcInstances;

  // ---- parts ----
  /** @type {HTMLTextAreaElement} */ #input;
  /** @type {HTMLButtonElement} */ #checkButton;
  /** @type {HTMLElement} */ #status;
  /** @type {HTMLElement} */ #problems;
  /** @type {HTMLElement} */ #factbase;
  /** @type {HTMLInputElement} */ #filePicker;
  /** @type {HTMLButtonElement} */ #openButton;
  /** @type {HTMLButtonElement} */ #resetButton;
  /** @type {HTMLButtonElement[]} */ #exportButtons = [];
  /** @type {HTMLElement} */ #toast;
  /** @type {HTMLElement} */ #meta;
  /** @type {FcReportView} the checked text, the filters, the list and the card */ #view;
  /** @type {FcSourcesView} the Sources area and the view of a source */ #sourcesView;

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
    const parts = fcLayout(this.#id);
    root.append(parts.base);
    this.#keepParts(parts);
    this.#sourcesView = new FcSourcesView(parts.sources, {
      addSource: (text, options) => this.addSource(text, options),
      removeSource: (name) => this.removeSource(name),
      clearSources: () => this.clearSources(),
      sources: () => this.sources(),
      sourceText: (name) => this.sourceText(name),
      setAgainst: (what) => { this.against = /** @type {any} */ (what); },
    });
    this.#sourcesView.show([], this.against);
    this.#view = new FcReportView(parts, () => this.report, root, {
      text: (name) => this.sourceText(name),
      show: (claim, from) => this.#showSource(claim, from),
      view: parts.sources.viewer,
    });
    this.#wireControls();
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

  /**
   * Adds a trusted text to check against (its figures and relations become facts), then checks the text
   * again. Until `against` says otherwise, a checker with sources checks against them alone. Rejects with
   * the engine's coded error (learn.duplicate_name, learn.too_large, learn.bad_date, …) and keeps nothing
   * of a refused source.
   * @param {string} text
   * @param {{name: string, date?: string}} options
   * @returns {Promise<any>} the SourceInfo: name, date, bytes, facts
   */
  async addSource(text, options) {
    if (typeof text !== 'string')
      throw new FcWidgetError('widget.bad_argument', 'addSource() takes the source\'s text, a string');
    const name = String(options?.name ?? '');
    const date = options?.date === undefined || options?.date === null ? '' : String(options.date);
    const checker = await this.#load();
    const info = await checker.addSource(text, date === '' ? { name } : { name, date });
    this.#sources.push({ text, name: String(info.name ?? name), date: String(info.date ?? date), info });
    this.#sourcesChanged();
    return info;
  }

  /**
   * Removes the source called `name` and checks the text again; rejects with `api.unknown_source` for a
   * name the element does not hold.
   * @param {string} name
   * @returns {Promise<any[]>} the sources left
   */
  async removeSource(name) {
    const at = this.#sources.findIndex((s) => s.name === String(name));
    if (at < 0) throw new FcWidgetError('api.unknown_source', `there is no source called '${String(name)}'`);
    const checker = await this.#load();
    await checker.removeSource(this.#sources[at].name);
    this.#sources.splice(at, 1);
    this.#sourcesChanged();
    return this.sources();
  }

  /** Removes every source and checks the text again. */
  async clearSources() {
    if (this.#sources.length === 0) return;
    const checker = await this.#load();
    for (const s of this.#sources) await checker.removeSource(s.name);
    this.#sources = [];
    this.#sourcesChanged();
  }

  /**
   * The sources, in the order they were added: name, date ("" for none), bytes, facts learned.
   * @returns {any[]}
   */
  sources() {
    return this.#sources.map((s) => ({ ...s.info }));
  }

  /**
   * The text of the source called `name`, as it was given (a card's quote points into it), or null.
   * @param {string} name
   * @returns {string | null}
   */
  sourceText(name) {
    return this.#sources.find((s) => s.name === String(name))?.text ?? null;
  }

  /** What check() uses: 'facts', 'sources' or 'both' (the `against` attribute, else the engine's choice:
   * the sources alone once there are any). */
  get against() {
    return this.#against ?? (this.#sources.length > 0 ? 'sources' : 'facts');
  }

  set against(what) {
    const value = String(what);
    if (value !== 'facts' && value !== 'sources' && value !== 'both')
      throw new FcWidgetError('widget.bad_argument', `against is 'facts', 'sources' or 'both', not '${value}'`);
    if (this.getAttribute('against') !== value) this.setAttribute('against', value);
  }

  // ---- lifecycle ----

  connectedCallback() {
    this.#connected = true;
    this.#view.connect();
    this.#load().catch(() => {});
    if (this.#input.value.trim() !== '' && !this.report) this.#enqueue(this.#input.value).catch(() => {});
    else if (this.#input.value.trim() === '') this.#load().then(() => this.#setIdleStatus(), () => {});
  }

  disconnectedCallback() {
    this.#connected = false;
    this.#view.disconnect();
    clearTimeout(this.#debounce);
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
    if (name === 'against') {
      this.#against = after === 'facts' || after === 'sources' || after === 'both' ? after : null;
      this.#sourcesView.show(this.sources(), this.against);
      this.#useAgainst().catch(() => {});
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
      checker = await /** @type {() => Promise<WidgetChecker>} */ (fcOpenChecker)();
      if (own) {
        this.#setStatus(`Loading the fact base ${own.name}…`, 'busy');
        await checker.loadFacts(own.json, { mode });
      } else if (url) {
        this.#setStatus(`Loading the fact base ${url}…`, 'busy');
        const json = await this.#fetchFacts(url);
        await checker.loadFacts(json, { mode });
      }
      // A new checker (another fact base) learns the sources again; one it refuses now is dropped, saying so.
      for (const source of [...this.#sources]) {
        try {
          source.info = await checker.addSource(source.text,
            source.date === '' ? { name: source.name } : { name: source.name, date: source.date });
        } catch (e) {
          this.#sources.splice(this.#sources.indexOf(source), 1);
          console.warn(`fact-check: the source ${source.name} was dropped:`, e);
        }
      }
      if (this.#sources.length > 0) this.#sourcesView.show(this.sources(), this.against);
      if (this.#against) await checker.use(this.#against);
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
    this.#view.setBusy(true);
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
      if (!same) await this.#view.render(report, text);
      this.#renderStatus(report, text);
      this.dispatchEvent(new CustomEvent('factcheck-result', { bubbles: true, composed: true, detail: report }));
      return report;
    } finally {
      this.#view.setBusy(false);
    }
  }

  // ---- sources ----

  /** The sources changed: tell the page, show them, check the text again. */
  #sourcesChanged() {
    this.#sourcesView.show(this.sources(), this.against);
    this.dispatchEvent(new CustomEvent('factcheck-sources', { bubbles: true, composed: true, detail: this.sources() }));
    this.#recheck();
  }

  /**
   * Opens the source a claim's evidence comes from, at its sentence (the engine's UTF-8 byte offsets made
   * string indices into the text the element holds).
   * @param {any} claim
   * @param {HTMLElement} from the quote that opened it, where focus returns
   */
  #showSource(claim, from) {
    const name = String(claim?.source?.document ?? '');
    const text = this.sourceText(name);
    if (text === null) return;
    this.#sourcesView.open(name, fcSourceSpan(text, claim.source.sentence), from);
  }

  /** Applies `against` to the checker, if one is open, and checks the text again. */
  async #useAgainst() {
    const checker = this.#checker;
    if (checker && this.#against) await checker.use(this.#against);
    this.#recheck();
  }

  /** Checks the text in the box again (the facts changed under it), or shows the idle status. */
  #recheck() {
    this.#checkedText = '\u0000';  // not a text anyone checked: the marks are drawn again
    if (!this.#connected) return;
    if (this.#input.value.trim() !== '') this.check().catch(() => {});
    else this.#load().then(() => this.#setIdleStatus(), () => {});
  }

  // ---- the controls ----

  /**
   * Keeps the parts of the layout that the element itself reaches for (the report view keeps the rest).
   * @param {FcParts} parts
   */
  #keepParts(parts) {
    this.#input = parts.input;
    this.#checkButton = parts.checkButton;
    this.#status = parts.status;
    this.#problems = parts.problems;
    this.#factbase = parts.factbase;
    this.#filePicker = parts.filePicker;
    this.#openButton = parts.openButton;
    this.#resetButton = parts.resetButton;
    this.#exportButtons = parts.exportButtons;
    this.#toast = parts.toast;
    this.#meta = parts.meta;
  }

  /** The text box, the Check button, the fact-base controls and the export buttons. */
  #wireControls() {
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

    for (const button of this.#exportButtons) {
      button.addEventListener('click', () => this.#copy(/** @type {any} */ (button.dataset.export)));
    }
  }

  // ---- after a check ----

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
    else this.#setStatus(`Checked: ${fcCounts(report.summary, report.verdict_names)}.`, 'done');
  }

  /** Shows no report, and offers none to copy. */
  #clearResults() {
    this.#view.clear();
    this.report = null;
    for (const button of this.#exportButtons) button.disabled = true;
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

/**
 * Defines <fact-check> (once; later calls return the element already defined).
 * @param {() => Promise<WidgetChecker>} openChecker creates a checker over the bundled fact base
 * @returns {CustomElementConstructor}
 */
function defineFactCheck(openChecker) {
  const existing = customElements.get('fact-check');
  if (existing) return existing;
  fcOpenChecker = openChecker;
  customElements.define('fact-check', FactCheckElement);
  return FactCheckElement;
}
