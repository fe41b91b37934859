// What the <fact-check> element shows, built from data: its layout, the checked text with a mark around each
// claim, a claim's row in the list and its card. These make elements and hand them back; the element
// (fact-check.js) and its report view (report-view.js) keep them, listen to their events and decide when to
// show what. As everywhere in the widget, the checked text only ever becomes text nodes and attributes, and
// a source's URL becomes a link only if fcSource() found it to be http(s).
// No import or export: see wording.js.
/* global FC_VERDICTS, fcVerdictName, fcCountName, fcWhen, fcDeviation, fcSource, fcElement, fcBadge,
   fcTemplate, fcSourcesPart, fcSourceQuote */
/* exported fcLayout, fcMarkText, fcRow, fcCardContents, fcPlaceCard */

// ---------------------------------------------------------------------------------------------------
// The layout, made once per element.

/**
 * The parts of the element's shadow DOM that its code reaches for, as fcLayout() makes them.
 * @typedef {object} FcParts
 * @property {HTMLElement} base the whole, for the shadow root
 * @property {HTMLTextAreaElement} input the text to check
 * @property {HTMLButtonElement} checkButton
 * @property {HTMLElement} status the status region
 * @property {HTMLElement} problems a fact base's problems, when it did not load
 * @property {HTMLElement} factbase the fact base's name and size, over the text box
 * @property {HTMLInputElement} filePicker
 * @property {HTMLButtonElement} openButton "Load a fact base…"
 * @property {HTMLButtonElement} resetButton "Use the bundled facts"
 * @property {HTMLElement} summary the filter buttons
 * @property {Record<string, HTMLButtonElement>} filters the filter button of each verdict
 * @property {HTMLElement} stage the checked text and the card over it
 * @property {HTMLElement} result the checked text, with its marks
 * @property {HTMLElement} empty what the stage shows before there is a text
 * @property {HTMLElement} card a claim's details
 * @property {HTMLElement} list the claims, a row each
 * @property {HTMLElement} listEmpty what the list shows when no claim is in it
 * @property {HTMLElement} listCount how many claims the list shows
 * @property {HTMLButtonElement[]} exportButtons
 * @property {HTMLElement} toast what copying said
 * @property {HTMLElement} meta where the text was checked, and how long it took
 * @property {FcSourcesParts} sources the Sources area and the view of one source (sources-view.js)
 */

/**
 * The text box, with its label, the fact base's name over it and the Check button under it, beside the
 * button that opens the Sources area, which opens under them.
 * @param {number} id the element's number, for the label's `for`
 * @param {FcSourcesParts} sources the Sources area (hidden until its toggle opens it) and its toggle
 */
function fcTextPart(id, sources) {
  const sourcesToggle = sources.toggle;
  const inputId = `fc-input-${id}`;
  const input = /** @type {HTMLTextAreaElement} */ (fcElement('textarea', {
    id: inputId,
    'aria-label': 'Text to check',
    part: 'textbox',
    placeholder: 'Paste a news story, or start typing. Figures, dates and who-is-who claims are checked as you type.',
    rows: 7,
    spellcheck: 'true',
  }));
  const checkButton = /** @type {HTMLButtonElement} */ (fcElement('button', { type: 'button', class: 'primary' }, 'Check'));
  const factbase = fcElement('span', { class: 'factbase-name' });
  const part = fcElement('div', { class: 'input', part: 'input' },
    fcElement('div', { class: 'input-head' },
      fcElement('label', { class: 'label', for: inputId }, 'Text to check'),
      fcElement('span', { class: 'factbase' }, factbase)),
    input,
    fcElement('div', { class: 'input-foot' },
      fcElement('span', { class: 'hint' }, 'Checks as you type, or press ',
        fcElement('kbd', {}, 'Ctrl'), ' + ', fcElement('kbd', {}, 'Enter')),
      fcElement('span', { class: 'actions' }, sourcesToggle, checkButton)),
    sources.part);
  return { part, input, checkButton, factbase };
}

/** The footer: the export buttons, what copying said, and the fact-base controls. */
function fcFooterPart() {
  const exportButtons = [];
  const exports = fcElement('div', { class: 'export', role: 'group', 'aria-label': 'Copy the report' });
  for (const [format, name] of [['markdown', 'Markdown'], ['json', 'JSON'], ['claimreview', 'ClaimReview']]) {
    const button = /** @type {HTMLButtonElement} */ (fcElement('button', {
      type: 'button', class: 'ghost', 'data-export': format, disabled: true,
    }, `Copy ${name}`));
    exportButtons.push(button);
    exports.append(button);
  }
  const filePicker = /** @type {HTMLInputElement} */ (fcElement('input', {
    type: 'file', accept: '.json,application/json', hidden: true, tabindex: '-1',
  }));
  const openButton = /** @type {HTMLButtonElement} */ (fcElement('button', {
    type: 'button', class: 'link', title: 'Check against a fact base of your own: a JSON file (see docs/fact-base.md)',
  }, 'Load a fact base…'));
  const resetButton = /** @type {HTMLButtonElement} */ (fcElement('button', { type: 'button', class: 'link', hidden: true },
    'Use the bundled facts'));
  const toast = fcElement('span', { class: 'toast', role: 'status' });
  const meta = fcElement('span', { class: 'meta' }, 'Runs on this device: the text never leaves it.');
  const part = fcElement('div', { class: 'footer' }, exports, toast,
    fcElement('div', { class: 'facts-controls', part: 'facts-controls' }, meta, openButton, resetButton, filePicker));
  return { part, exportButtons, toast, meta, filePicker, openButton, resetButton };
}

/**
 * The element's shadow DOM, with no report in it yet: the text box, the Sources area, the status, the
 * filters, the stage (the checked text and the card over it), the list of claims and the footer; and the
 * view of a source, a dialog shown over everything when a card's quote is opened.
 * @param {number} id the element's number, for the ids its labels and marks refer to
 * @returns {FcParts}
 */
function fcLayout(id) {
  const sources = fcSourcesPart(id);
  const text = fcTextPart(id, sources);

  const status = fcElement('div', { class: 'status', part: 'status', role: 'status', 'aria-live': 'polite', 'data-state': 'busy' });
  const problems = fcElement('ul', { class: 'problems', hidden: true, 'aria-label': 'Problems in the fact base' });
  const notice = fcElement('div', { class: 'notice' }, status, problems);

  const summary = fcElement('div', { class: 'summary', part: 'summary', role: 'group', 'aria-label': 'Filter the claims by verdict', hidden: true });
  /** @type {Record<string, HTMLButtonElement>} */
  const filters = {};
  for (const verdict of FC_VERDICTS) {
    const button = /** @type {HTMLButtonElement} */ (fcElement('button', {
      type: 'button', class: 'filter', 'data-filter': verdict, 'data-verdict': verdict, 'aria-pressed': 'false',
    }, fcBadge(verdict), fcElement('span', {}, fcElement('span', { class: 'count' }, '0'), fcElement('span', { class: 'count-name' }, ` ${fcCountName(verdict)}`))));
    filters[verdict] = button;
    summary.append(button);
  }

  const result = fcElement('div', {
    class: 'result', part: 'result', role: 'region', 'aria-label': 'Checked text', hidden: true,
  });
  const empty = fcElement('div', { class: 'empty' }, 'The checked text appears here, each claim marked with its verdict.');
  const card = fcElement('div', {
    class: 'card', part: 'card', role: 'dialog', 'aria-label': 'Claim details', tabindex: '-1', hidden: true,
    id: `fc-card-${id}`,
  });
  const stage = fcElement('section', { class: 'stage', 'aria-label': 'Checked text and claim details' },
    fcElement('h3', { class: 'section-title' }, 'Checked text'),
    empty, result, card);

  const list = fcElement('ul', { class: 'list', part: 'list', role: 'list', 'aria-label': 'Claims' });
  const listEmpty = fcElement('p', { class: 'list-empty' }, 'No claims yet.');
  const listCount = fcElement('span', {});
  const side = fcElement('section', { class: 'side', 'aria-label': 'Claims' }, fcElement('div', { class: 'side-inner' },
    fcElement('h3', { class: 'section-title' }, 'Claims', listCount), list, listEmpty));

  const footer = fcFooterPart();
  const base = fcElement('div', { class: 'fc', part: 'base' },
    fcElement('div', { class: 'layout' }, text.part, notice, summary, stage, side, footer.part),
    sources.viewer);
  return {
    base, input: text.input, checkButton: text.checkButton, status, problems, factbase: text.factbase,
    filePicker: footer.filePicker, openButton: footer.openButton, resetButton: footer.resetButton, summary, filters,
    stage, result, empty, card, list, listEmpty, listCount, exportButtons: footer.exportButtons, toast: footer.toast,
    meta: footer.meta, sources,
  };
}

// ---------------------------------------------------------------------------------------------------
// The checked text, with its marks.

/**
 * Puts text into `result` paragraph by paragraph: put() appends to the current paragraph (opening one if
 * none is open), putText() appends the text between claims, where a blank line ends a paragraph.
 * @param {HTMLElement} result
 */
function fcParagraphs(result) {
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
  return { put, putText };
}

/**
 * A claim's mark: its words, named with its verdict for assistive technology, and the verdict's icon.
 * @param {string} words the claim's text
 * @param {string} verdict
 * @param {number} index the claim's index in the report
 * @param {Record<string, string> | undefined} names the report's `verdict_names`
 */
function fcMark(words, verdict, index, names) {
  // The icon goes with the claim's last word, so that a line never starts with it.
  const cut = Math.max(0, words.search(/\S+\s*$/));
  const mark = fcTemplate(`mark:${verdict}`, () => fcElement('mark', {
    'data-verdict': verdict, tabindex: '0', role: 'button', 'aria-haspopup': 'dialog', 'aria-expanded': 'false',
  }, fcElement('span', { class: 'tail' }, fcBadge(verdict, 'mark-icon'))));
  mark.dataset.claim = String(index);
  mark.setAttribute('aria-label', `${words}: ${fcVerdictName(verdict, names)}`);
  /** @type {HTMLElement} */ (mark.firstChild).prepend(words.slice(cut));
  if (cut > 0) mark.prepend(words.slice(0, cut));
  return mark;
}

/**
 * Puts `text` into `result` (emptied first) as text nodes, with a <mark> around each claim. Offsets are
 * UTF-16 indices into `text`. Each paragraph is a block of its own, so that the browser lays out only those
 * on screen (content-visibility in the stylesheet). A long text has hundreds of claims: between slices the
 * browser draws and handles input.
 * @param {HTMLElement} result
 * @param {string} text
 * @param {any[]} claims
 * @param {(HTMLElement | null)[]} marks where each claim's mark goes, by claim index, as soon as it is made
 *   (a mark can be pointed at while the rest are still to come)
 * @param {ReturnType<typeof fcSlicer>} slice
 * @param {Record<string, string> | undefined} names the report's `verdict_names`
 */
async function fcMarkText(result, text, claims, marks, slice, names) {
  const order = claims.map((_, i) => i)
    .sort((a, b) => claims[a].start - claims[b].start || claims[b].end - claims[a].end);
  result.replaceChildren();
  const paragraphs = fcParagraphs(result);
  let at = 0;
  for (const i of order) {
    const claim = claims[i];
    const start = Math.max(Number(claim.start), at);
    const end = Math.min(Number(claim.end), text.length);
    if (!Number.isInteger(start) || !Number.isInteger(end) || end <= start) continue;
    if (start > at) paragraphs.putText(text.slice(at, start));
    const mark = fcMark(text.slice(start, end), String(claim.verdict), i, names);
    paragraphs.put(mark);
    marks[i] = mark;
    at = end;
    if (slice.due()) await slice.pause();
  }
  if (at < text.length) paragraphs.putText(text.slice(at));
}

// ---------------------------------------------------------------------------------------------------
// A claim in the list, and its card.

/**
 * What a row says under a claim, in a line: what the fact base says, and how far off the claim is.
 * @param {any} claim
 * @param {string | undefined} basis the report's `factbase.basis`: 'facts', 'sources' or 'both'
 */
function fcRowDetail(claim, basis) {
  const verdict = String(claim.verdict);
  let detail;
  if (verdict === 'unverified') {
    detail = basis === 'sources' ? 'No source gives it'
      : basis === 'both' ? 'Neither the fact base nor a source covers it' : 'No fact in the fact base covers it';
  } else if (claim.expected) {
    const deviation = fcDeviation(claim);
    detail = `Fact: ${claim.expected.display}`;
    if (verdict === 'outdated' && claim.earlier) detail = `Was ${claim.earlier.display}; now ${claim.expected.display}`;
    else if (deviation && deviation.direction !== 0) detail += ` · ${deviation.text}`;
  } else detail = claim.explanation ?? '';
  return detail;
}

/**
 * One claim of the list: its verdict, the claim and, in a line, what the fact base says. The row's button
 * is the item's first child.
 * @param {any} claim
 * @param {number} index
 * @param {Record<string, string> | undefined} names the report's `verdict_names`
 * @param {string | undefined} basis the report's `factbase.basis`
 */
function fcRow(claim, index, names, basis) {
  const verdict = String(claim.verdict);
  const name = fcVerdictName(verdict, names);
  const item = fcTemplate(`row:${verdict}:${name}`, () => fcElement('li', { role: 'listitem', 'data-verdict': verdict },
    fcElement('button', { type: 'button', class: 'row', 'data-verdict': verdict, tabindex: '-1' },
      fcBadge(verdict),
      fcElement('span', { class: 'row-top' },
        fcElement('span', { class: 'row-claim' }),
        fcElement('span', { class: 'row-verdict' }, name)),
      fcElement('span', { class: 'row-detail' }))));
  const button = /** @type {HTMLElement} */ (item.firstChild);
  item.dataset.claim = button.dataset.claim = String(index);
  /** @type {HTMLElement} */ (button.querySelector('.row-claim')).textContent = claim.claimed?.display ?? claim.text;
  /** @type {HTMLElement} */ (button.lastChild).textContent = fcRowDetail(claim, basis);
  return item;
}

/**
 * The card's "Fact base" field: the fact's value and when it held, and the value before it if it changed.
 * @param {any} claim
 * @param {string} verdict
 */
function fcCardExpected(claim, verdict) {
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
  return expected;
}

/**
 * The card's "Deviation" field: how far the claim is from the fact, or why nothing was measured.
 * @param {any} claim
 * @param {string} verdict
 */
function fcCardDeviation(claim, verdict) {
  const deviation = fcDeviation(claim);
  const field = fcElement('dd', { 'data-field': 'deviation' });
  if (deviation) {
    field.append(fcElement('span', {
      class: deviation.direction > 0 ? 'dev-up' : deviation.direction < 0 ? 'dev-down' : '',
    }, deviation.text));
  } else {
    field.append(verdict === 'unverified' ? 'Nothing to compare'
      : claim.kind === 'date' ? 'Not a figure: compared as dates'
      : claim.kind === 'relation' ? 'Not a figure: compared as names' : 'Not measured');
  }
  return field;
}

/**
 * The card's source line: publisher, date and title, linked when the source has an http(s) URL.
 * @param {any} claim
 */
function fcCardSource(claim) {
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
  return source;
}

/**
 * What a claim's card holds: the verdict and a close button, the claim, what was claimed against what the
 * fact base (or a source) says and how far apart they are, the reason, and the source: for a source the
 * element was given, its sentence quoted, opening the source.
 * @param {any} claim
 * @param {(name: string) => string | null} sourceText the text of a source the element holds, or null
 * @param {Record<string, string> | undefined} names the report's `verdict_names`
 * @returns {HTMLElement[]}
 */
function fcCardContents(claim, sourceText, names) {
  const verdict = String(claim.verdict);
  return [
    fcElement('div', { class: 'card-head' },
      fcElement('span', { class: 'verdict', 'data-verdict': verdict },
        fcBadge(verdict), fcVerdictName(verdict, names)),
      fcElement('button', { type: 'button', class: 'close', 'aria-label': 'Close' }, '×')),
    fcElement('p', { class: 'quote' }, `“${claim.text}”`),
    fcElement('dl', { class: 'fields' },
      fcElement('dt', {}, 'Claimed'), fcElement('dd', { 'data-field': 'claimed' }, claim.claimed?.display ?? claim.text),
      fcElement('dt', {}, claim.source?.document ? 'Source says' : 'Fact base'), fcCardExpected(claim, verdict),
      fcElement('dt', {}, 'Deviation'), fcCardDeviation(claim, verdict)),
    fcElement('p', { class: 'explanation', 'data-field': 'explanation' }, claim.explanation ?? ''),
    // Why this fact: the engine's words for the signals that bound the figure to it.
    verdict !== 'unverified' && claim.binding?.why
      ? fcElement('p', { class: 'why', 'data-field': 'why' }, String(claim.binding.why)) : null,
    fcCardSource(claim),
    fcSourceQuote(claim, sourceText),
  ].filter(Boolean);
}

/**
 * Places the card under the claim (or above it when there is more room there), inside the stage.
 * @param {HTMLElement} card
 * @param {HTMLElement | undefined} anchor the claim's mark, or its row when it has none
 * @param {HTMLElement} stage
 */
function fcPlaceCard(card, anchor, stage) {
  if (!anchor) return;
  const area = stage.getBoundingClientRect();
  const rects = anchor.getClientRects();
  const box = rects.length ? rects[rects.length - 1] : anchor.getBoundingClientRect();
  const width = card.offsetWidth;
  const height = card.offsetHeight;
  let left = box.left - area.left - 12;
  left = Math.max(0, Math.min(left, area.width - width));
  let top = box.bottom - area.top + 8;
  const below = window.innerHeight - box.bottom;
  const above = box.top;
  if (below < height + 16 && above > below && box.top - area.top - height - 8 >= 0)
    top = (rects.length ? rects[0].top : box.top) - area.top - height - 8;
  card.style.setProperty('left', `${Math.round(left)}px`);
  card.style.setProperty('top', `${Math.round(top)}px`);
}
