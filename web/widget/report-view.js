// The part of <fact-check> that shows a report: the checked text with a mark around each claim, the filter
// buttons with their counts, the list of claims, and the card of the claim that is open, with the mouse and
// keyboard ways between them. It is a class of its own, apart from the element (fact-check.js), because
// none of it needs the engine: the element checks, then hands the report here to be shown. What is shown
// is built by layout.js; this keeps the state of the showing (the marks and rows, the filter, the open
// card, whether it is pinned) and answers the reader's events.
// No import or export: see wording.js.
/* global FC_VERDICTS, fcCountName, fcSlicer, fcMarkText, fcRow, fcCardContents, fcPlaceCard */
/* exported FcReportView */

/**
 * What a claim's card needs of the sources: their texts, and a way to show one at a claim's sentence. While
 * that view is open over the card, the card stays open (focus and clicks go to the view).
 * @typedef {object} FcCardSources
 * @property {(name: string) => string | null} text the text of a source the element holds
 * @property {(claim: any, from: HTMLElement) => void} show opens the claim's source at its sentence
 * @property {HTMLElement} view the view it opens
 */

class FcReportView {
  /** @type {(HTMLElement | null)[]} marks by claim index (null when a claim overlaps an earlier one) */
  #marks = [];
  /** @type {HTMLElement[]} list rows by claim index */
  #rows = [];
  /** @type {Verdict | null} */
  #filter = null;
  /** @type {number} the claim whose card is open, or -1 */
  #open = -1;
  #pinned = false;
  /** @type {Record<string, string> | undefined} the report's names of the verdicts ("Not in the sources") */
  #names;
  /** @type {string | undefined} what the report was checked against: 'facts', 'sources' or 'both' */
  #basis;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  #hoverTimer;
  /** @type {() => any} the element's last report, whose claims the card shows */
  #report;
  /** @type {FcCardSources} the sources a card quotes, and the view its quote opens */
  #sources;

  // ---- parts ----
  /** @type {HTMLElement} */ #summary;
  /** @type {Record<string, HTMLButtonElement>} */ #filters;
  /** @type {HTMLElement} */ #stage;
  /** @type {HTMLElement} */ #result;
  /** @type {HTMLElement} */ #empty;
  /** @type {HTMLElement} */ #card;
  /** @type {HTMLElement} */ #list;
  /** @type {HTMLElement} */ #listEmpty;
  /** @type {HTMLElement} */ #listCount;

  /**
   * @param {FcParts} parts the element's layout, of which this uses the summary, the stage and the list
   * @param {() => any} report the element's last report, or null (read when a card opens)
   * @param {ShadowRoot} root for the focus leaving the card
   * @param {FcCardSources} sources
   */
  constructor(parts, report, root, sources) {
    this.#report = report;
    this.#sources = sources;
    this.#summary = parts.summary;
    this.#filters = parts.filters;
    this.#stage = parts.stage;
    this.#result = parts.result;
    this.#empty = parts.empty;
    this.#card = parts.card;
    this.#list = parts.list;
    this.#listEmpty = parts.listEmpty;
    this.#listCount = parts.listCount;
    this.#wireList();
    this.#wireResult();
    this.#wireCard(root);
  }

  /** Starts closing a pinned card on a press elsewhere in the page: while the element is in the page. */
  connect() {
    document.addEventListener('pointerdown', this.#onDocumentPointer, true);
  }

  /** Stops that when the element leaves the page, and a card that was about to open or close. */
  disconnect() {
    document.removeEventListener('pointerdown', this.#onDocumentPointer, true);
    clearTimeout(this.#hoverTimer);
  }

  /**
   * Says whether a check is under way, for assistive technology.
   * @param {boolean} busy
   */
  setBusy(busy) {
    if (busy) this.#result.setAttribute('aria-busy', 'true');
    else this.#result.removeAttribute('aria-busy');
  }

  /** Shows no report: no text, no claims (when the checker or its fact base did not load). */
  clear() {
    this.#closeCard(false);
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
  }

  // ---- rendering ----

  /**
   * Shows a new report: the checked text with its marks, the counts and the list. A long text has hundreds
   * of claims: the page is built in slices of a few tens of milliseconds, with the browser free to draw and
   * to handle input between them.
   * @param {any} report
   * @param {string} text
   */
  async render(report, text) {
    const claims = /** @type {any[]} */ (report.claims ?? []);
    this.#closeCard(false);
    const slice = fcSlicer();
    const blank = text.trim() === '';
    this.#result.hidden = blank;
    this.#empty.hidden = !blank;
    this.#marks = claims.map(() => null);
    this.#names = report.verdict_names;
    this.#basis = report.factbase?.basis;
    await fcMarkText(this.#result, text, claims, this.#marks, slice, this.#names);
    this.#renderCounts(report, claims);
    this.#summary.hidden = blank;
    if (slice.due()) await slice.pause();
    await this.#renderList(claims, slice);
  }

  /**
   * The count on each filter button.
   * @param {any} report
   * @param {any[]} claims
   */
  #renderCounts(report, claims) {
    for (const verdict of FC_VERDICTS) {
      const count = report.summary?.[verdict] ?? claims.filter((c) => c.verdict === verdict).length;
      const button = this.#filters[verdict];
      /** @type {HTMLElement} */ (button.querySelector('.count')).textContent = String(count);
      /** @type {HTMLElement} */ (button.querySelector('.count-name')).textContent = ` ${fcCountName(verdict, this.#names)}`;
      button.toggleAttribute('data-zero', count === 0);
    }
  }

  /**
   * The list of claims, a row each, as the filter shows them.
   * @param {any[]} claims
   * @param {ReturnType<typeof fcSlicer>} slice
   */
  async #renderList(claims, slice) {
    this.#rows = [];
    this.#list.replaceChildren();
    for (let i = 0; i < claims.length; i++) {
      const item = fcRow(claims[i], i, this.#names, this.#basis);
      this.#rows.push(/** @type {HTMLElement} */ (item.firstChild));
      this.#list.append(item);
      if (slice.due()) await slice.pause();
    }
    this.#applyFilter();
    this.#setCurrentRow(-1);
  }

  // ---- the filter ----

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
      : `No ${verdict ? fcCountName(verdict, this.#names) : ''} claims.`;
    this.#listCount.textContent = total === 0 ? '' : verdict ? `${shown} of ${total}` : String(total);
    this.#setCurrentRow(-1);
  }

  // ---- the card ----

  /**
   * @param {number} index
   * @param {{pin: boolean, focusCard?: boolean}} options
   */
  #openCard(index, { pin, focusCard = false }) {
    const claim = this.#report()?.claims?.[index];
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
    fcPlaceCard(this.#card, mark ?? this.#rows[index], this.#stage);
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

  /** @param {any} claim */
  #fillCard(claim) {
    this.#card.dataset.verdict = String(claim.verdict);
    this.#card.replaceChildren(...fcCardContents(claim, this.#sources.text, this.#names));
  }

  // ---- events ----

  /** The filter buttons and the list of claims. */
  #wireList() {
    this.#summary.addEventListener('click', (e) => {
      const button = /** @type {HTMLElement | null} */ (/** @type {HTMLElement} */ (e.target).closest('[data-filter]'));
      if (!button) return;
      const verdict = /** @type {Verdict} */ (button.dataset.filter);
      this.#setFilter(this.#filter === verdict ? null : verdict);
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
  }

  /** The marks in the checked text: a click or a key opens a claim's card, hovering shows it for a while. */
  #wireResult() {
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
  }

  /**
   * The card: hovering keeps it open, a click pins it, Escape closes it; focus leaving closes it too.
   * @param {ShadowRoot} root
   */
  #wireCard(root) {
    this.#card.addEventListener('mouseenter', () => clearTimeout(this.#hoverTimer));
    this.#card.addEventListener('mouseleave', () => {
      if (this.#pinned) return;
      this.#hoverTimer = setTimeout(() => { if (!this.#pinned) this.#closeCard(false); }, 220);
    });
    this.#card.addEventListener('click', (e) => {
      const target = /** @type {HTMLElement} */ (e.target);
      const quote = /** @type {HTMLElement | null} */ (target.closest('[data-source-quote]'));
      if (target.closest('.close')) this.#closeCard(true);
      else this.#pinned = true;
      const claim = this.#report()?.claims?.[this.#open];
      if (quote && claim) this.#sources.show(claim, quote);
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
      if (this.#card.contains(to) || this.#sources.view.contains(to) || this.#markOf(to)) return;
      this.#closeCard(false);
    });
  }

  /** @type {(e: Event) => void} closes a pinned card on a press outside it and outside the marks */
  #onDocumentPointer = (e) => {
    if (this.#open === -1) return;
    const path = e.composedPath();
    if (path.includes(this.#card) || path.includes(this.#sources.view)) return;
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
}
