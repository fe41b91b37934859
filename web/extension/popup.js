// The toolbar popup. It opens on the current tab's selected text, read through activeTab and scripting,
// and checks it; with no selection it opens on the reader's draft. The draft is saved on every edit
// (chrome.storage.local), so closing the popup loses nothing; a selection never overwrites it, and when the
// reader edits a selection, the draft it replaces is kept as the earlier draft, one click away.
// A fact base chosen in the options page (options.js) is used instead of the bundled one, or merged onto it.
import './widget.js';
import { readStoredFacts } from './storage.js';

const params = new URLSearchParams(location.search);
const origin = /** @type {HTMLElement} */ (document.getElementById('origin'));
const originText = /** @type {HTMLElement} */ (document.getElementById('origin-text'));
const swapButton = /** @type {HTMLButtonElement} */ (document.getElementById('swap-draft'));

document.getElementById('open-options')?.addEventListener('click', () => chrome.runtime.openOptionsPage());

/**
 * Runs in the page (injected by chrome.scripting, so it must stand alone): the selected text, in a text box
 * that has the focus or in the document.
 */
function selectedText() {
  const box = document.activeElement;
  if (box instanceof HTMLTextAreaElement ||
    (box instanceof HTMLInputElement && /^(text|search|url|email|tel)$/.test(box.type))) {
    const { selectionStart: start, selectionEnd: end } = box;
    if (start !== null && end !== null && end > start) return box.value.slice(start, end);
  }
  return String(window.getSelection() ?? '');
}

/**
 * The selection in a tab: that of the top frame, or else of the first frame that has one.
 * @param {number | null} tabId the tab, or null for the active tab of this window
 * @returns {Promise<{text: string, url: string, blocked: boolean} | null>}
 */
async function readSelection(tabId) {
  const [tab] = tabId !== null
    ? [await chrome.tabs.get(tabId).catch(() => undefined)]
    : await chrome.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined || tab.url?.startsWith(chrome.runtime.getURL(''))) return null;
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

async function open() {
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
