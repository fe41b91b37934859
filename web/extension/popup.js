// The toolbar popup. It opens on the current tab's selected text, read through activeTab and scripting,
// and checks it; with no selection it opens on the reader's draft. The draft is saved on every edit
// (chrome.storage.local), so closing the popup loses nothing; a selection never overwrites it, and when the
// reader edits a selection, the draft it replaces is kept as the earlier draft, one click away.
// A fact base chosen in the options page (options.js) is used instead of the bundled one, or merged onto it.
// The reader's sources (storage.js) are learned before the first check; "Add this page as a source" reads
// the tab's visible text and keeps it as one more, and the reader chooses what to check against.
import './widget.js';
import { pageName, pageText, selectedText, unreadableReason } from './page-reading.js';
import {
  ExtensionError, assertRoom, formatBytes, keepSource, noteSourceFacts, readAgainst, readSources, readStoredFacts,
  storeAgainst, uniqueName, utf8Bytes,
} from './storage.js';

const params = new URLSearchParams(location.search);
const origin = /** @type {HTMLElement} */ (document.getElementById('origin'));
const originText = /** @type {HTMLElement} */ (document.getElementById('origin-text'));
const swapButton = /** @type {HTMLButtonElement} */ (document.getElementById('swap-draft'));
const sourcesNote = /** @type {HTMLElement} */ (document.getElementById('sources-note'));
const againstLabel = /** @type {HTMLElement} */ (document.getElementById('against-label'));
const againstPicker = /** @type {HTMLSelectElement} */ (document.getElementById('against'));
const addPageButton = /** @type {HTMLButtonElement} */ (document.getElementById('add-page'));
const addStatus = /** @type {HTMLElement} */ (document.getElementById('add-status'));

document.getElementById('open-options')?.addEventListener('click', () => chrome.runtime.openOptionsPage());

/**
 * The tab the popup is about: `tabId`, or the active tab of this window; null for none or for one of the
 * extension's own pages.
 * @param {number | null} tabId
 */
async function findTab(tabId) {
  const [tab] = tabId !== null
    ? [await chrome.tabs.get(tabId).catch(() => undefined)]
    : await chrome.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined || tab.url?.startsWith(chrome.runtime.getURL(''))) return null;
  return tab;
}

/**
 * The selection in a tab: that of the top frame, or else of the first frame that has one.
 * @param {number | null} tabId the tab, or null for the active tab of this window
 * @returns {Promise<{text: string, url: string, blocked: boolean} | null>}
 */
async function readSelection(tabId) {
  const tab = await findTab(tabId);
  if (!tab) return null;
  const inject = (allFrames) =>
    chrome.scripting.executeScript({ target: { tabId: /** @type {number} */ (tab.id), allFrames }, func: selectedText });
  let results;
  try {
    results = await inject(true);
  } catch {
    // Frames of other sites are out of activeTab's reach; the top frame may still be in it.
    results = await inject(false).catch(() => null);
  }
  if (!results) return { text: '', url: tab.url ?? '', blocked: true };
  const texts = [...results].sort((a, b) => a.frameId - b.frameId)
    .map((r) => (typeof r.result === 'string' ? r.result : ''));
  return { text: texts.find((t) => t.trim() !== '') ?? '', url: tab.url ?? '', blocked: false };
}

/** @param {string} url */
function placeName(url) {
  try {
    const { protocol, host } = new URL(url);
    return /^https?:$/.test(protocol) && host ? host : 'this page';
  } catch {
    return 'this page';
  }
}

/** A selection the context menu handed over, if it is still fresh (background.js). */
async function takeMenuSelection() {
  const { menuSelection } = await chrome.storage.session.get('menuSelection');
  if (!menuSelection) return null;
  await chrome.storage.session.remove('menuSelection');
  return menuSelection.expires > Date.now() ? menuSelection : null;
}

/** @param {string} text */
const words = (text) => (text.match(/\S+/g) ?? []).length;

/** @param {number} n @param {string} word */
const plural = (n, word) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/**
 * Says how adding a page went, in the line beside the button; `code` is the error's, for tests and styles.
 * @param {string} text
 * @param {'busy' | 'ok' | 'error'} state
 * @param {string} [code]
 */
function sayAdded(text, state, code = '') {
  addStatus.textContent = text;
  addStatus.dataset.state = state;
  addStatus.dataset.code = code;
}

/**
 * The note on the sources in use, and the choice of what to check against (shown once there are sources).
 * @param {import('./widget.js').FactCheckElement} widget
 * @param {string[]} [refused] stored sources the engine would not learn now
 */
function showSources(widget, refused = []) {
  const n = widget.sources().length;
  againstLabel.hidden = n === 0;
  let note = n === 0 ? 'No sources of your own yet.' : widget.against === 'facts'
    ? `${plural(n, 'source')}, set aside.` : `${plural(n, 'source')} in use.`;
  if (n > 0) againstPicker.value = widget.against;
  if (refused.length) note += ` Not read: ${refused.join(', ')}; remove ${refused.length === 1 ? 'it' : 'them'} under “Fact base…”.`;
  sourcesNote.textContent = note;
}

/**
 * Learns the stored sources in the widget, in the order they were added, and records how many facts each
 * gave (a selection kept by the context menu has not been read by an engine before). One the engine refuses
 * now stays stored, for the reader to see and remove in the options page.
 * @param {import('./widget.js').FactCheckElement} widget
 * @returns {Promise<string[]>} the names of the refused ones, with the engine's code
 */
async function learnStoredSources(widget) {
  const stored = await readSources();
  if (stored.length) sourcesNote.textContent = `Reading your ${plural(stored.length, 'source')}…`;
  const refused = [];
  const facts = new Map();
  for (const source of stored) {
    try {
      const info = await widget.addSource(source.text,
        source.date ? { name: source.name, date: source.date } : { name: source.name });
      facts.set(source.name, info.facts);
    } catch (error) {
      refused.push(`${source.name} (${/** @type {{code?: string}} */ (error).code ?? 'error'})`);
    }
  }
  await noteSourceFacts(facts).catch(() => {});
  return refused;
}

/**
 * "Add this page as a source": reads the tab's visible text, learns it (the engine may refuse it: nothing
 * is kept then) and keeps it (a refusal there takes it out of the widget again). What was stored before is
 * never touched by a failed add.
 * @param {import('./widget.js').FactCheckElement} widget
 * @param {number | null} tabId
 */
async function addPage(widget, tabId) {
  addPageButton.disabled = true;
  sayAdded('Reading the page…', 'busy');
  try {
    const tab = await findTab(tabId);
    if (!tab?.id) throw new ExtensionError('extension.unreadable_page', 'There is no page to read here: open factcheck over a web page.');
    /** @type {ReturnType<typeof pageText> | undefined} */
    let page;
    try {
      [{ result: page }] = await chrome.scripting.executeScript({ target: { tabId: tab.id }, func: pageText });
    } catch {
      page = undefined;
    }
    if (!page) {
      throw new ExtensionError('extension.unreadable_page', `factcheck cannot read this page${
        tab.url ? ` (${tab.url.length > 60 ? `${tab.url.slice(0, 59)}…` : tab.url})` : ''}: ${unreadableReason(tab.url ?? '')}.`);
    }
    if (!page.text.trim()) throw new ExtensionError('extension.empty_page', 'This page shows no text to learn from.');
    const stored = await readSources();
    const name = uniqueName(pageName(page.title, page.url), [...stored, ...widget.sources()].map((s) => s.name));
    assertRoom(stored, utf8Bytes(page.text), name);
    sayAdded(`Learning “${name}”…`, 'busy');
    const info = await widget.addSource(page.text, page.date ? { name, date: page.date } : { name });
    try {
      await keepSource({ name, date: page.date, text: page.text, facts: info.facts, url: page.url, from: 'page' });
    } catch (error) {
      await widget.removeSource(name).catch(() => {});
      throw error;
    }
    sayAdded(`Added “${name}” as a source (${formatBytes(info.bytes)}): ${info.facts === 0
      ? 'no facts learned, as it has no figures, names or roles the checker reads'
      : `${plural(info.facts, 'fact')} learned`}.`, 'ok');
  } catch (error) {
    const e = /** @type {{code?: string, message?: string}} */ (error);
    // The engine's messages start with their code in brackets; ours carry it apart.
    const message = String(e.message ?? error).replace(/^\[[a-z_.]+\] /, '');
    sayAdded(`Not added: ${message}`, 'error', e.code ?? 'extension.internal');
  } finally {
    addPageButton.disabled = false;
  }
}

async function open() {
  addPageButton.disabled = true; // until the stored sources are learned: a new one's name must not clash
  const [stored, facts, handed] = await Promise.all([
    chrome.storage.local.get(['draft', 'earlierDraft']), readStoredFacts(), takeMenuSelection(),
  ]);
  let draft = typeof stored.draft === 'string' ? stored.draft : '';
  let earlierDraft = typeof stored.earlierDraft === 'string' ? stored.earlierDraft : '';

  const widget = /** @type {import('./widget.js').FactCheckElement} */ (document.createElement('fact-check'));
  if (facts) widget.loadFacts(facts.json, { mode: facts.mode, name: facts.fileName }).catch(() => {});
  document.getElementById('checker')?.append(widget);

  const tabParam = params.get('tab');
  const tabId = tabParam !== null ? Number(tabParam) : handed?.tabId ?? null;
  const read = await readSelection(tabId);
  /** @type {{text: string, place: string} | null} the selection, until the reader edits it */
  let selection = null;
  const selected = read?.text.trim() ? read.text : handed?.text.trim() ? handed.text : '';
  if (selected) selection = { text: selected, place: placeName(read?.text.trim() ? read.url : handed?.url ?? '') };

  /** @type {'selection' | 'draft'} */
  let showing = selection ? 'selection' : 'draft';
  let note = read?.blocked && !selection ? 'This page does not let extensions read its selection: paste the text.' : '';

  const render = () => {
    /** @type {[string, string]} what the banner says, and its button's words ('' for none) */
    let [text, button] = [note, ''];
    if (showing === 'selection' && selection) {
      text = `Selected text from ${selection.place}.`;
      if (draft.trim()) button = `Show my draft (${words(draft)} words)`;
    } else if (selection) {
      text = 'Your draft.';
      button = 'Show the selection';
    } else if (earlierDraft.trim() && earlierDraft !== draft) {
      text = note || 'Your earlier draft is kept.';
      button = `Swap to it (${words(earlierDraft)} words)`;
    }
    originText.textContent = text;
    swapButton.textContent = button;
    swapButton.hidden = button === '';
    origin.hidden = text === '' && button === '';
  };

  swapButton.addEventListener('click', () => {
    note = '';
    if (showing === 'selection' || (selection && showing === 'draft')) {
      showing = showing === 'selection' ? 'draft' : 'selection';
      widget.check(showing === 'selection' && selection ? selection.text : draft).catch(() => {});
    } else {
      [draft, earlierDraft] = [earlierDraft, draft];
      chrome.storage.local.set({ draft, earlierDraft });
      widget.check(draft).catch(() => {});
    }
    render();
  });

  // Every edit is the draft now. Editing the selection makes it the draft; the one it replaces is kept.
  widget.addEventListener('input', () => {
    const value = widget.value;
    if (showing === 'selection') {
      if (draft.trim() && draft !== value) earlierDraft = draft;
      selection = null;
      showing = 'draft';
      note = '';
    }
    draft = value;
    chrome.storage.local.set({ draft, earlierDraft });
    render();
  });

  render();
  const text = showing === 'selection' && selection ? selection.text : draft;
  await widget.ready;
  // The sources first, so that the first check is against them.
  const [refused, against] = await Promise.all([learnStoredSources(widget), readAgainst()]);
  if (against && widget.sources().length) widget.against = against;
  showSources(widget, refused);
  widget.addEventListener('factcheck-sources', () => {
    // The first source of this popup's: a choice made earlier holds for it too.
    if (against && widget.getAttribute('against') === null) widget.against = againstPicker.value = against;
    showSources(widget);
  });
  againstPicker.addEventListener('change', () => {
    const value = /** @type {'facts' | 'sources' | 'both'} */ (againstPicker.value);
    widget.against = value;
    storeAgainst(value).catch(() => {});
    showSources(widget);
  });
  addPageButton.addEventListener('click', () => addPage(widget, tabId));
  addPageButton.disabled = false;
  if (text.trim()) await widget.check(text).catch(() => {});
  if (widget.error && facts) {
    note = `Your fact base ${facts.fileName} did not load. Fix it or go back to the bundled facts under “Fact base…”.`;
    render();
  }
  document.body.dataset.ready = 'true';
}

open().catch((error) => {
  originText.textContent = `The popup could not start: ${error instanceof Error ? error.message : String(error)}`;
  origin.hidden = false;
  console.error(error);
});
