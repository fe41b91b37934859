// Reading a tab: the functions chrome.scripting.executeScript runs in the page (each stands alone: no
// import, no closure, for it is sent as source text), and the words for a page the extension may not read.
// Used by the popup (popup.js) and the service worker (background.js).

/**
 * Runs in the page: the selected text, in a text box that has the focus or in the document.
 */
export function selectedText() {
  const box = document.activeElement;
  if (box instanceof HTMLTextAreaElement ||
    (box instanceof HTMLInputElement && /^(text|search|url|email|tel)$/.test(box.type))) {
    const { selectionStart: start, selectionEnd: end } = box;
    if (start !== null && end !== null && end > start) return box.value.slice(start, end);
  }
  return String(window.getSelection() ?? '');
}

/**
 * Runs in the page: its visible text (as the reader sees it, with line breaks), its title, its address
 * and the publication date it states in its metadata (YYYY-MM-DD), if any.
 * @returns {{text: string, title: string, url: string, date: string, selection: string}}
 */
export function pageText() {
  const stated = [
    'meta[property="article:published_time"]', 'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]', 'meta[name="date"]', 'meta[name="dc.date"]', 'meta[name="DC.date"]',
  ].map((selector) => document.querySelector(selector)?.getAttribute('content') ?? '')
    .find((content) => /^\d{4}-\d{2}-\d{2}/.test(content.trim())) ?? '';
  let date = stated.trim().slice(0, 10);
  // A real day of the calendar, or none: the engine refuses 2025-02-30 (learn.bad_date).
  const day = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== date) date = '';
  return {
    text: document.body?.innerText ?? '',
    title: document.title,
    url: location.href,
    date,
    selection: String(window.getSelection() ?? ''),
  };
}

/**
 * What a source from `url` is called before it is made unique: the page's title, else its host.
 * @param {string} title
 * @param {string} url
 */
export function pageName(title, url) {
  if (title.trim()) return title;
  try {
    const { host, pathname } = new URL(url);
    return host || pathname.split('/').filter(Boolean).at(-1) || 'Untitled page';
  } catch {
    return 'Untitled page';
  }
}

/**
 * Why a tab cannot be read, in the reader's words: the browser keeps extensions out of its own pages, the
 * web store and (without the reader's leave) local files.
 * @param {string} url
 */
export function unreadableReason(url) {
  const scheme = /^([a-z-]+):/i.exec(url)?.[1]?.toLowerCase() ?? '';
  if (/^(chrome|edge|about|devtools|view-source|chrome-extension|brave|opera|vivaldi)$/.test(scheme))
    return 'the browser keeps extensions out of its own pages';
  if (/^https:\/\/(chrome\.google\.com\/webstore|chromewebstore\.google\.com|microsoftedge\.microsoft\.com\/addons)/.test(url))
    return 'the browser keeps extensions out of its web store';
  if (scheme === 'file') return 'extensions may read local files only when “Allow access to file URLs” is on';
  if (scheme === 'data' || scheme === 'blob') return 'the browser does not let extensions read this kind of page';
  // Without the address (the browser gives it only for a page the extension may read): the usual reasons.
  return 'the browser keeps extensions out of its own pages (chrome://…), its web store and a few others';
}
