// The extension's service worker: the "Fact-check selection" context-menu item. A click hands the
// selection to the popup through storage.session (memory only, gone when the browser closes) and opens
// the popup; where the browser will not open it (no focused window, or an older Chrome), a small window
// shows the same page for the same tab. The popup then reads the selection itself, with line breaks,
// through activeTab, which the click granted for that tab.
'use strict';

const MENU_ID = 'fact-check-selection';
/** How long a selection handed over by the menu stays waiting for the popup. */
const HANDOVER_MS = 60_000;

chrome.runtime.onInstalled.addListener(() => {
  chrome.contextMenus.create({ id: MENU_ID, title: 'Fact-check selection', contexts: ['selection'] });
});

/**
 * @param {chrome.contextMenus.OnClickData} info
 * @param {chrome.tabs.Tab | undefined} tab
 */
async function onMenuClick(info, tab) {
  if (info.menuItemId !== MENU_ID) return;
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
}

chrome.contextMenus.onClicked.addListener((info, tab) => {
  onMenuClick(info, tab).catch((error) => console.error('factcheck: the context menu failed:', error));
});

// For the browser tests, which cannot click a native menu: the same handler, by name.
globalThis.factcheckMenuClick = onMenuClick;
