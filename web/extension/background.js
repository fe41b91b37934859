// The extension's service worker: the two context-menu items on selected text.
//
// "Fact-check selection" hands the selection to the popup through storage.session (memory only, gone when
// the browser closes) and opens the popup; where the browser will not open it (no focused window, or an
// older Chrome), a small window shows the same page for the same tab. The popup then reads the selection
// itself, with line breaks, through activeTab, which the click granted for that tab.
//
// "Use selection as a source" keeps the selection in chrome.storage.local as a source named after the page,
// "<title> (selection)", and says so on the toolbar button's badge for a few seconds ("+1", or "!" with the
// reason in its tooltip): no notification, so no permission beyond the ones the menu already needs. No
// engine runs here; the popup learns the source the next time it opens and records how many facts it gave.
import { pageName, pageText, unreadableReason } from './page-reading.js';
import { keepSource, readSources, uniqueName } from './storage.js';

const CHECK_ID = 'fact-check-selection';
const SOURCE_ID = 'use-selection-as-source';
/** How long a selection handed over by the menu stays waiting for the popup. */
const HANDOVER_MS = 60_000;
/** How long the badge shows the outcome of "Use selection as a source". */
const BADGE_MS = { ok: 4_000, error: 10_000 };

chrome.runtime.onInstalled.addListener(() => {
  chrome.contextMenus.create({ id: CHECK_ID, title: 'Fact-check selection', contexts: ['selection'] });
  chrome.contextMenus.create({ id: SOURCE_ID, title: 'Use selection as a source', contexts: ['selection'] });
});

/**
 * @param {chrome.contextMenus.OnClickData} info
 * @param {chrome.tabs.Tab | undefined} tab
 */
async function onMenuClick(info, tab) {
  if (info.menuItemId === SOURCE_ID) return useSelectionAsSource(info, tab);
  if (info.menuItemId !== CHECK_ID) return undefined;
  await chrome.storage.session.set({
    menuSelection: {
      text: info.selectionText ?? '',
      tabId: tab?.id ?? null,
      url: info.frameUrl ?? info.pageUrl ?? tab?.url ?? '',
      expires: Date.now() + HANDOVER_MS,
    },
  });
  try {
    await chrome.action.openPopup(tab?.windowId !== undefined ? { windowId: tab.windowId } : undefined);
  } catch {
    const query = tab?.id !== undefined ? `?tab=${tab.id}` : '';
    await chrome.windows.create({ url: `popup.html${query}`, type: 'popup', width: 520, height: 680 });
  }
  return undefined;
}

/**
 * Keeps the selection as a source. The menu's own copy of the selection has no line breaks, so the page is
 * read through activeTab (granted by the click) where it may be; its title names the source.
 * @param {chrome.contextMenus.OnClickData} info
 * @param {chrome.tabs.Tab | undefined} tab
 * @returns {Promise<{ok: true, source: import('./storage.js').StoredSource} | {ok: false, code: string, message: string}>}
 */
async function useSelectionAsSource(info, tab) {
  const url = info.pageUrl ?? tab?.url ?? '';
  let [text, title] = [info.selectionText ?? '', tab?.title ?? ''];
  if (tab?.id !== undefined && !info.frameUrl) {
    try {
      const [read] = await chrome.scripting.executeScript({ target: { tabId: tab.id }, func: pageText });
      const page = /** @type {ReturnType<typeof pageText>} */ (read?.result);
      if (page?.selection.trim()) text = page.selection;
      if (page?.title.trim()) title = page.title;
    } catch {
      // Out of reach (another site's frame, a browser page): the menu's copy will do.
    }
  }
  const outcome = await (async () => {
    try {
      const taken = (await readSources()).map((s) => s.name);
      const name = uniqueName(pageName(title, url), taken, ' (selection)');
      const source = await keepSource({ name, date: '', text, facts: null, url, from: 'selection' });
      return { ok: /** @type {const} */ (true), source };
    } catch (error) {
      const e = /** @type {{code?: string, message?: string}} */ (error);
      return { ok: /** @type {const} */ (false), code: e.code ?? 'extension.internal', message: String(e.message ?? error) };
    }
  })();
  if (!outcome.ok && !text.trim() && url) outcome.message = `Nothing selected could be read: ${unreadableReason(url)}.`;
  await showBadge(tab?.id, outcome.ok
    ? { text: '+1', color: '#16794b', title: `Added “${outcome.source.name}” as a source. Open factcheck to check against it.` }
    : { text: '!', color: '#c13324', title: `Not added as a source: ${outcome.message}` });
  return outcome;
}

/**
 * Shows `badge` on the toolbar button (for the tab, where there is one) and takes it away after a while.
 * @param {number | undefined} tabId
 * @param {{text: string, color: string, title: string}} badge
 */
async function showBadge(tabId, badge) {
  const where = tabId !== undefined ? { tabId } : {};
  await chrome.action.setBadgeBackgroundColor({ ...where, color: badge.color });
  await chrome.action.setBadgeText({ ...where, text: badge.text });
  await chrome.action.setTitle({ ...where, title: badge.title });
  setTimeout(async () => {
    // The tab may be gone by then. The tooltip goes back to the manifest's (the global one).
    await chrome.action.setBadgeText({ ...where, text: '' }).catch(() => {});
    const title = await chrome.action.getTitle({});
    await chrome.action.setTitle({ ...where, title }).catch(() => {});
  }, badge.text === '!' ? BADGE_MS.error : BADGE_MS.ok);
}

chrome.contextMenus.onClicked.addListener((info, tab) => {
  onMenuClick(info, tab).catch((error) => console.error('factcheck: the context menu failed:', error));
});

// For the browser tests, which cannot click a native menu: the same handler, by name.
globalThis.factcheckMenuClick = onMenuClick;
