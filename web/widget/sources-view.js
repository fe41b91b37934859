// The Sources area of <fact-check> (issue 16): trusted texts a draft is checked against. A reader pastes a
// source or drops files (.txt, .md, .html), sees each source with its date and how many facts were learned,
// removes them, and chooses what the text is checked against; a card whose evidence is a source quotes the
// source's sentence, and its quote opens the whole source at that sentence. The element (fact-check.js)
// owns the sources and the engine; this builds and wires what the reader sees, and calls back for the rest.
//
// Security: a source's text is only ever put into the page as text nodes. An HTML file is reduced to its
// visible text in an inert document (DOMParser: no script runs, nothing loads) and never enters the page.
// No import or export: see wording.js.
/* global fcElement */
/* exported fcHtmlText, fcSourceSpan, fcUniqueName, fcSourceQuote, fcSourcesPart, FcSourcesView */

/** The file endings the area reads: plain text and Markdown as they are, HTML reduced to its text. */
const FC_SOURCE_FILES = ['.txt', '.md', '.markdown', '.html', '.htm'];

/** Elements whose content is not visible text: skipped whole. */
const FC_HIDDEN_TAGS = new Set(['head', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed',
  'svg', 'math', 'canvas', 'select', 'datalist', 'audio', 'video']);
/** Elements that end a line, not a paragraph (a list item, a table row, a line break). */
const FC_LINE_TAGS = new Set(['li', 'tr', 'dt', 'dd', 'option', 'figcaption', 'caption']);
/** Elements that stand as paragraphs of their own: a blank line around each ends any sentence in them. */
const FC_BLOCK_TAGS = new Set(['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'p',
  'pre', 'section', 'summary', 'table', 'ul']);

/**
 * The visible text of an HTML document, for learning from: text outside script, style, noscript and
 * template (and other elements that show no text), with a blank line around each block, a line break
 * after each list item, row and <br>, and white space collapsed as a browser collapses it (except in
 * <pre>). The document is parsed inert, by DOMParser: its scripts do not run, its images and styles are
 * not loaded, and nothing of it is put into the page.
 * @param {string} html
 * @returns {string}
 */
function fcHtmlText(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // Breaks are marked as they come (U+0001 a line's end, U+0002 a paragraph's) and settled at the end: the
  // breaks and white space between two pieces of text become one break, the larger.
  let out = '';
  /**
   * @param {Node} node
   * @param {boolean} pre inside <pre>: white space kept
   */
  const walk = (node, pre) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        const data = /** @type {Text} */ (child).data.replace(/[\u0001\u0002]/g, '');
        out += pre ? data : data.replace(/[ \t\n\r\f]+/g, ' ');
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const element = /** @type {Element} */ (child);
      const tag = element.localName;
      if (FC_HIDDEN_TAGS.has(tag) || element.hasAttribute('hidden')) continue;
      if (tag === 'br') {
        out += '\n';
        continue;
      }
      const around = FC_BLOCK_TAGS.has(tag) ? '\u0002' : FC_LINE_TAGS.has(tag) ? '\u0001' : '';
      out += around;
      walk(element, pre || tag === 'pre');
      out += around || (tag === 'td' || tag === 'th' ? ' ' : '');
    }
  };
  walk(doc.body ?? doc.documentElement, false);
  return out
    .replace(/[ \t\n\r\f\u0001\u0002]*[\u0001\u0002][ \t\n\r\f\u0001\u0002]*/g, (run) => (run.includes('\u0002') ? '\n\n' : '\n'))
    .replace(/(\S) {2,}(?=\S)/g, '$1 ')
    .trim();
}

/**
 * The UTF-16 index (a JavaScript string index) of the UTF-8 byte offset `byte` into `text`. The engine
 * speaks UTF-8 byte offsets; a source's sentence is one (web/api/factcheck.d.ts, Source.sentence). A lone
 * surrogate counts 3 bytes: the API hands the engine U+FFFD in its place.
 * @param {string} text
 * @param {number} byte
 */
function fcUtf16Index(text, byte) {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    if (bytes >= byte) return i;
    const unit = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      bytes += 4;
      i++;
    } else {
      bytes += unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3;
    }
  }
  return text.length;
}

/**
 * A claim's source sentence as [start, end) UTF-16 indices into the source's text, or null when the claim
 * has none or it does not fit the text.
 * @param {string} text the source's text, as it was given
 * @param {unknown} sentence Source.sentence: [start, end] in UTF-8 bytes
 * @returns {[number, number] | null}
 */
function fcSourceSpan(text, sentence) {
  if (!Array.isArray(sentence) || sentence.length !== 2) return null;
  const [from, to] = sentence.map(Number);
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to <= from) return null;
  const start = fcUtf16Index(text, from);
  const end = fcUtf16Index(text, to);
  return end > start ? [start, end] : null;
}

/**
 * `name`, or the first of "name (2).ext", "name (3).ext", … that is not taken: two files called notes.txt
 * become notes.txt and notes (2).txt.
 * @param {string} name
 * @param {Iterable<string>} taken
 */
function fcUniqueName(name, taken) {
  const names = new Set(taken);
  if (!names.has(name)) return name;
  const dot = name.lastIndexOf('.');
  const [stem, ending] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${n})${ending}`;
    if (!names.has(candidate)) return candidate;
  }
}

/**
 * Where the fact's figure stands in `quote`, as [start, end), or null: the fact's value in words as it
 * is, else its first number (with a currency sign before it and a scale word after it).
 * @param {string} quote
 * @param {any} claim
 * @returns {[number, number] | null}
 */
function fcFigureIn(quote, claim) {
  const display = String(claim?.expected?.display ?? '').replace(/^(nearly|about|around|roughly|almost|over|more than|at least|less than|at most|up to) /i, '');
  if (!display) return null;
  const escape = (/** @type {string} */ s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const whole = new RegExp(escape(display).replace(/\s+/g, '\\s+'), 'i').exec(quote);
  if (whole) return [whole.index, whole.index + whole[0].length];
  const number = /\d[\d,.]*\d|\d/.exec(display)?.[0];
  if (!number) return null;
  const digits = [...new Set([number, number.replace(/,/g, '')])].map(escape).join('|');
  const figure = new RegExp(`[£$€¥]?(?<![\\d.,])(?:${digits})(?![\\d])` +
    '(?:\\s?(?:%|per\\s?cent|percent|trillion|billion|million|thousand|bn|mn|m|k)\\b)?', 'i').exec(quote);
  return figure ? [figure.index, figure.index + figure[0].length] : null;
}

/**
 * A card's quote of the source sentence its claim's evidence comes from, the fact's figure in bold, as a
 * button that opens the source at that sentence (data-source-quote). Null when the claim's evidence is
 * not a learned source. The sentence is taken from the source's text by the claim's offsets; the engine's
 * (shortened) quote stands in for one too long for a card or a source the element no longer holds.
 * @param {any} claim
 * @param {(name: string) => string | null} sourceText
 */
function fcSourceQuote(claim, sourceText) {
  const source = claim?.source;
  if (!source?.document) return null;
  const name = String(source.document);
  const text = sourceText(name);
  const span = text === null ? null : fcSourceSpan(text, source.sentence);
  let quote = span && text !== null ? text.slice(span[0], span[1]).replace(/\s+/g, ' ').trim() : '';
  if (!quote || quote.length > 320) quote = String(source.quote ?? '');
  if (!quote) return null;
  const figure = fcFigureIn(quote, claim);
  const words = figure
    ? [quote.slice(0, figure[0]), fcElement('strong', { class: 'figure' }, quote.slice(...figure)), quote.slice(figure[1])]
    : [quote];
  return fcElement('button', {
    type: 'button', class: 'source-quote', 'data-field': 'source-quote', 'data-source-quote': '',
    disabled: text === null,
  },
  fcElement('q', {}, ...words),
  fcElement('span', { class: 'source-open' }, text === null ? `${name} was removed` : `Show in ${name}`));
}

// ---------------------------------------------------------------------------------------------------
// The layout of the area, and of the view of one source.

/**
 * The parts of the Sources area, as fcSourcesPart() makes them.
 * @typedef {object} FcSourcesParts
 * @property {HTMLElement} part the whole area, hidden until its toggle opens it
 * @property {HTMLButtonElement} toggle "Sources": shows and hides the area (it stands beside the Check button,
 *   so that the area takes no room until it is wanted)
 * @property {HTMLElement} count what the area's heading says of the sources
 * @property {HTMLInputElement[]} against the radio buttons of 'facts', 'sources' and 'both'
 * @property {HTMLTextAreaElement} paste a source's text
 * @property {HTMLInputElement} name its name
 * @property {HTMLInputElement} date its date, for a pasted source and for files
 * @property {HTMLButtonElement} addButton "Add source"
 * @property {HTMLElement} drop where files are dropped
 * @property {HTMLButtonElement} chooseButton "choose files…"
 * @property {HTMLInputElement} files the file input it opens
 * @property {HTMLElement} list the sources, an item each
 * @property {HTMLElement} listEmpty what the list says with no sources
 * @property {HTMLButtonElement} clearButton "Clear all"
 * @property {HTMLElement} status what adding and removing said (a live region)
 * @property {HTMLDialogElement} viewer the view of one source's text
 * @property {HTMLElement} viewerTitle
 * @property {HTMLElement} viewerText
 */

/** The form that adds a pasted source, and the drop zone for files. @param {number} id */
function fcSourceForm(id) {
  const field = (/** @type {string} */ key, /** @type {string} */ label, /** @type {any} */ attributes) => {
    const input = /** @type {HTMLInputElement} */ (fcElement('input', { id: `fc-source-${key}-${id}`, type: 'text', ...attributes }));
    return { input, label: fcElement('label', { class: 'field' }, fcElement('span', {}, label), input) };
  };
  const paste = /** @type {HTMLTextAreaElement} */ (fcElement('textarea', {
    id: `fc-source-text-${id}`, class: 'source-text-box', rows: 4, spellcheck: 'false',
    placeholder: 'Paste a source: a press release, a report, an interview\u2019s transcript, your notes.',
  }));
  const name = field('name', 'Name', { placeholder: 'e.g. release.txt', autocomplete: 'off' });
  const date = field('date', 'Date (optional)', {
    placeholder: 'YYYY-MM-DD', inputmode: 'numeric', autocomplete: 'off', 'aria-describedby': `fc-source-date-hint-${id}`,
  });
  const addButton = /** @type {HTMLButtonElement} */ (fcElement('button', { type: 'button', class: 'primary small' }, 'Add source'));
  const files = /** @type {HTMLInputElement} */ (fcElement('input', {
    type: 'file', multiple: true, hidden: true, tabindex: '-1', accept: [...FC_SOURCE_FILES, 'text/plain', 'text/markdown', 'text/html'].join(','),
  }));
  const chooseButton = /** @type {HTMLButtonElement} */ (fcElement('button', { type: 'button', class: 'link' }, 'choose files\u2026'));
  const drop = fcElement('div', { class: 'drop', part: 'source-drop' },
    'Drop .txt, .md or .html files here, or ', chooseButton, files);
  const part = fcElement('div', { class: 'source-add' },
    fcElement('label', { class: 'label', for: paste.id }, 'Paste a source'),
    paste,
    fcElement('div', { class: 'source-fields' }, name.label, date.label, addButton),
    fcElement('p', { class: 'hint', id: `fc-source-date-hint-${id}` },
      'The date is the source\u2019s, in ISO form: a later source makes an earlier figure outdated. It goes with files too.'),
    drop);
  return { part, paste, name: name.input, date: date.input, addButton, drop, chooseButton, files };
}

/**
 * The Sources area: what to check against, the form, the list of sources and a status line; and the view
 * of one source's text (a modal dialog in the widget).
 * @param {number} id the element's number, for ids
 * @returns {FcSourcesParts}
 */
function fcSourcesPart(id) {
  const count = fcElement('span', { class: 'sources-count' });
  const against = ['sources', 'facts', 'both'].map((value) => /** @type {HTMLInputElement} */ (fcElement('input', {
    type: 'radio', name: `fc-against-${id}`, value,
  })));
  const words = { sources: 'Your sources', facts: 'The fact base', both: 'Both' };
  const choice = fcElement('fieldset', { class: 'against' },
    fcElement('legend', {}, 'Check the text against'),
    ...against.map((radio) => fcElement('label', { class: 'choice' }, radio,
      /** @type {Record<string, string>} */ (words)[radio.value])));
  const form = fcSourceForm(id);
  const list = fcElement('ul', { class: 'source-list', 'aria-label': 'Sources' });
  const listEmpty = fcElement('p', { class: 'list-empty' }, 'No sources yet.');
  const clearButton = /** @type {HTMLButtonElement} */ (fcElement('button', { type: 'button', class: 'link', hidden: true }, 'Clear all'));
  const status = fcElement('p', { class: 'sources-status', role: 'status', 'aria-live': 'polite' });
  const part = fcElement('section', {
    class: 'sources', part: 'sources', id: `fc-sources-${id}`, 'aria-labelledby': `fc-sources-title-${id}`, hidden: true,
  },
  fcElement('h3', { class: 'sources-head' },
    fcElement('span', { class: 'sources-title', id: `fc-sources-title-${id}` }, 'Sources'), count),
  choice,
  fcElement('div', { class: 'sources-grid' },
    form.part,
    fcElement('div', { class: 'source-held' },
      fcElement('h4', { class: 'section-title' }, 'Added', clearButton), list, listEmpty)),
  status);
  const toggle = /** @type {HTMLButtonElement} */ (fcElement('button', {
    type: 'button', class: 'ghost toggle', part: 'sources-button', 'aria-expanded': 'false', 'aria-controls': part.id,
  }, 'Sources', fcElement('span', { class: 'toggle-count' })));

  const viewerTitle = fcElement('h3', { class: 'viewer-title', id: `fc-viewer-title-${id}` });
  const viewerText = fcElement('div', { class: 'viewer-text', tabindex: '0', role: 'document', 'aria-label': 'Source text' });
  const viewer = /** @type {HTMLDialogElement} */ (fcElement('dialog', {
    class: 'viewer', part: 'source-view', 'aria-labelledby': viewerTitle.id,
  },
  fcElement('div', { class: 'card-head' }, viewerTitle,
    fcElement('button', { type: 'button', class: 'close', 'aria-label': 'Close the source' }, '×')),
  viewerText));
  // The form's own `part` (its box) is not one the view needs: the area's is.
  return {
    ...form, part, toggle, count, against, list, listEmpty, clearButton, status, viewer, viewerTitle, viewerText,
  };
}

// ---------------------------------------------------------------------------------------------------
// The area's behaviour.

/**
 * What the area asks of the element: the sources API of <fact-check> (widget.d.ts).
 * @typedef {object} FcSourcesHost
 * @property {(text: string, options: {name: string, date?: string}) => Promise<any>} addSource
 * @property {(name: string) => Promise<any>} removeSource
 * @property {() => Promise<void>} clearSources
 * @property {() => any[]} sources
 * @property {(name: string) => string | null} sourceText
 * @property {(what: string) => void} setAgainst
 */

class FcSourcesView {
  /** @type {FcSourcesParts} */ #parts;
  /** @type {FcSourcesHost} */ #host;
  /** @type {HTMLElement | null} where focus goes back to when the view of a source closes */
  #returnTo = null;

  /**
   * @param {FcSourcesParts} parts
   * @param {FcSourcesHost} host
   */
  constructor(parts, host) {
    this.#parts = parts;
    this.#host = host;
    this.#wire();
  }

  /** The view of a source: the report view keeps a claim's card open while it is open over it. */
  get viewer() {
    return this.#parts.viewer;
  }

  /**
   * Shows the sources held and what the text is checked against.
   * @param {any[]} sources
   * @param {string} against
   */
  show(sources, against) {
    const p = this.#parts;
    /** @type {HTMLElement} */ (p.toggle.lastChild).textContent = sources.length ? ` \u00b7 ${sources.length}` : '';
    p.toggle.title = sources.length ? `Checking against ${against === 'facts' ? 'the fact base' : against === 'both'
      ? 'the fact base and your sources' : 'your sources'}` : 'Check the text against your own documents';
    p.count.textContent = sources.length === 0 ? 'none: check the text against your own documents'
      : `${sources.length} ${sources.length === 1 ? 'source' : 'sources'}, ${this.#factsWord(sources)} \u00b7 checking against ${
        against === 'both' ? 'the fact base and the sources' : against === 'sources' ? 'the sources' : 'the fact base'}`;
    for (const radio of p.against) radio.checked = radio.value === against;
    p.list.replaceChildren(...sources.map((s) => fcElement('li', { 'data-source': s.name },
      fcElement('button', { type: 'button', class: 'link source-name', 'data-show': s.name, title: 'Show its text' }, s.name),
      fcElement('span', { class: 'source-about' },
        [s.date, `${s.facts} ${s.facts === 1 ? 'fact' : 'facts'} learned`].filter(Boolean).join(' \u00b7 ')),
      fcElement('button', { type: 'button', class: 'ghost small', 'data-remove': s.name, 'aria-label': `Remove ${s.name}` }, 'Remove'))));
    p.listEmpty.hidden = sources.length > 0;
    p.clearButton.hidden = sources.length === 0;
  }

  /** @param {any[]} sources */
  #factsWord(sources) {
    const facts = sources.reduce((n, s) => n + (Number(s.facts) || 0), 0);
    return `${facts} ${facts === 1 ? 'fact' : 'facts'}`;
  }

  /**
   * Opens the view of a source's text, scrolled to `span` with it highlighted (the figure in it in bold).
   * @param {string} name
   * @param {[number, number] | null} span UTF-16 indices into the text
   * @param {HTMLElement | null} from where focus returns when the view closes
   */
  open(name, span, from) {
    const p = this.#parts;
    const text = this.#host.sourceText(name);
    if (text === null) return false;
    const info = this.#host.sources().find((s) => s.name === name);
    p.viewerTitle.textContent = info?.date ? `${name}, ${info.date}` : name;
    if (span) {
      const hit = fcElement('mark', { class: 'source-hit' }, text.slice(span[0], span[1]));
      p.viewerText.replaceChildren(text.slice(0, span[0]), hit, text.slice(span[1]));
    } else {
      p.viewerText.replaceChildren(text);
    }
    this.#returnTo = from;
    if (!p.viewer.open) p.viewer.showModal();
    p.viewerText.scrollTop = 0;
    const hit = /** @type {HTMLElement | null} */ (p.viewerText.querySelector('.source-hit'));
    if (hit) {
      // The sentence in the middle of the view (the text box is the offset parent: position: relative).
      p.viewerText.scrollTop = Math.max(0, hit.offsetTop - (p.viewerText.clientHeight - hit.offsetHeight) / 2);
    }
    p.viewerText.focus({ preventScroll: true });
    return true;
  }

  /**
   * Says what adding or removing did, or why it failed: an error in words with its stable code.
   * @param {string} message
   * @param {'done' | 'error' | 'busy'} state
   * @param {unknown} [error]
   */
  say(message, state, error) {
    this.#parts.status.dataset.state = state;
    this.#parts.status.replaceChildren(...this.#words(message, error));
  }

  /**
   * What one outcome says: the message, and for a failure the error's words and its code.
   * @param {string} message
   * @param {unknown} [error]
   * @returns {(Node | string)[]}
   */
  #words(message, error) {
    if (!error) return [message];
    const code = String(/** @type {any} */ (error)?.code ?? '');
    const words = (error instanceof Error ? error.message : String(error)).replace(/^\[[\w.]+\]\s*/, '').replace(/\.$/, '');
    return [`${message}: ${words}. `, code ? fcElement('code', {}, code) : ''];
  }

  // ---- events ----

  #wire() {
    const p = this.#parts;
    p.toggle.addEventListener('click', () => {
      const open = p.part.hidden;
      p.part.hidden = !open;
      p.toggle.setAttribute('aria-expanded', String(open));
    });
    p.addButton.addEventListener('click', () => this.#addPasted());
    p.paste.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        this.#addPasted();
      }
    });
    p.chooseButton.addEventListener('click', () => p.files.click());
    p.files.addEventListener('change', () => {
      const files = [...(p.files.files ?? [])];
      p.files.value = '';
      this.#addFiles(files);
    });
    p.drop.addEventListener('dragover', (e) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      p.drop.toggleAttribute('data-over', true);
    });
    p.drop.addEventListener('dragleave', () => p.drop.removeAttribute('data-over'));
    p.drop.addEventListener('drop', (e) => {
      e.preventDefault();
      p.drop.removeAttribute('data-over');
      this.#addFiles([...(e.dataTransfer?.files ?? [])]);
    });
    for (const radio of p.against) radio.addEventListener('change', () => {
      if (radio.checked) this.#host.setAgainst(radio.value);
    });
    p.list.addEventListener('click', (e) => {
      const target = /** @type {HTMLElement} */ (e.target);
      const remove = /** @type {HTMLElement | null} */ (target.closest('[data-remove]'));
      const show = /** @type {HTMLElement | null} */ (target.closest('[data-show]'));
      if (remove) this.#remove(String(remove.dataset.remove));
      else if (show) this.open(String(show.dataset.show), null, show);
    });
    p.clearButton.addEventListener('click', async () => {
      const count = this.#host.sources().length;
      this.say('Clearing the sources\u2026', 'busy');
      try {
        await this.#host.clearSources();
        this.say(`Removed ${count === 1 ? 'the source' : `all ${count} sources`}.`, 'done');
        p.paste.focus();
      } catch (e) {
        this.say('The sources were not cleared', 'error', e);
      }
    });
    p.viewer.addEventListener('click', (e) => {
      const target = /** @type {HTMLElement} */ (e.target);
      // The close button, or a click on the backdrop (outside the dialog's box, which reports the dialog).
      if (target.closest('.close') || target === p.viewer) p.viewer.close();
    });
    p.viewer.addEventListener('close', () => {
      const to = this.#returnTo;
      this.#returnTo = null;
      if (to?.isConnected) to.focus();
    });
  }

  /** Adds the pasted source; a refused one stays in the box, with the reason under it. */
  async #addPasted() {
    const p = this.#parts;
    const text = p.paste.value;
    if (text.trim() === '') {
      this.say('Paste the source\u2019s text first, then add it.', 'error');
      p.paste.focus();
      return;
    }
    const taken = this.#host.sources().map((s) => s.name);
    const name = p.name.value.trim() || fcUniqueName('Pasted source', taken);
    const date = p.date.value.trim();
    this.say(`Adding ${name}\u2026`, 'busy');
    try {
      const info = await this.#host.addSource(text, date ? { name, date } : { name });
      p.paste.value = p.name.value = p.date.value = '';
      this.say(`Added ${info.name}: ${info.facts} ${info.facts === 1 ? 'fact' : 'facts'} learned.`, 'done');
    } catch (e) {
      this.say(`${name} was not added`, 'error', e);
    }
  }

  /**
   * Adds files as sources, one after another, each under its file name (made unique); HTML is reduced to
   * its visible text first.
   * @param {File[]} files
   */
  async #addFiles(files) {
    if (files.length === 0) return;
    const date = this.#parts.date.value.trim();
    /** @type {string[]} */
    const added = [];
    /** @type {(Node | string)[]} */
    const refused = [];
    let failed = false;
    for (const file of files) {
      const name = fcUniqueName(file.name, this.#host.sources().map((s) => s.name));
      const ending = file.name.toLowerCase().match(/\.[a-z]+$/)?.[0] ?? '';
      this.say(`Adding ${name}\u2026`, 'busy');
      try {
        if (!FC_SOURCE_FILES.includes(ending)) {
          throw Object.assign(new Error(`a source is a text file (${FC_SOURCE_FILES.join(', ')})`),
            { code: 'widget.unsupported_file' });
        }
        const raw = await file.text();
        const text = ending === '.html' || ending === '.htm' ? fcHtmlText(raw) : raw;
        const info = await this.#host.addSource(text, date ? { name, date } : { name });
        added.push(`${info.name} (${info.facts} ${info.facts === 1 ? 'fact' : 'facts'})`);
      } catch (e) {
        failed = true;
        refused.push(' ', ...this.#words(`${name} was not added`, e));
      }
    }
    this.#parts.status.dataset.state = failed ? 'error' : 'done';
    this.#parts.status.replaceChildren(added.length ? `Added ${added.join(', ')}.` : '', ...refused);
  }

  /** @param {string} name */
  async #remove(name) {
    this.say(`Removing ${name}\u2026`, 'busy');
    try {
      await this.#host.removeSource(name);
      this.say(`Removed ${name}.`, 'done');
      const next = /** @type {HTMLElement | null} */ (this.#parts.list.querySelector('[data-remove]'));
      (next ?? this.#parts.paste).focus();
    } catch (e) {
      this.say(`${name} was not removed`, 'error', e);
    }
  }
}
