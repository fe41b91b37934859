// The options page: a fact base of the reader's own, chosen with a file picker, checked by the engine (the
// same build the popup runs) and kept in chrome.storage.local only if it loads; or back to the bundled one.
// A file with problems is not kept, and each problem is listed in the engine's words, with its code and
// the place in the file; the fact base in use stays as it was.
// Below it, the reader's sources (added in the popup or from the context menu): listed, removed one by one
// or all at once. The list follows chrome.storage.local, so a source added while the page is open shows.
import { createChecker } from './factcheck.js';
import {
  SOURCES_MAX_BYTES, forgetAllSources, forgetFacts, forgetSource, formatBytes, readSources, readStoredFacts, storeFacts,
} from './storage.js';

const current = /** @type {HTMLElement} */ (document.getElementById('current'));
const reset = /** @type {HTMLButtonElement} */ (document.getElementById('reset'));
const picker = /** @type {HTMLInputElement} */ (document.getElementById('file'));
const outcome = /** @type {HTMLElement} */ (document.getElementById('outcome'));
const outcomeText = /** @type {HTMLElement} */ (document.getElementById('outcome-text'));
const problems = /** @type {HTMLElement} */ (document.getElementById('problems'));
const draftStatus = /** @type {HTMLElement} */ (document.getElementById('draft-status'));
const sourcesSummary = /** @type {HTMLElement} */ (document.getElementById('sources-summary'));
const sourceList = /** @type {HTMLElement} */ (document.getElementById('source-list'));
const sourceRows = /** @type {HTMLElement} */ (document.getElementById('source-rows'));
const clearSources = /** @type {HTMLButtonElement} */ (document.getElementById('clear-sources'));

/** A checker over the bundled facts; the engine's wasm comes inside a script, as in the popup. */
async function openChecker() {
  const { default: factory } = await import('./factcheck-core-inline.mjs');
  return createChecker({ core: factory });
}

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
/** A source's date is a day, not a moment: shown as that day wherever the reader is. */
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const DAY_AND_TIME = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric',
  hour: '2-digit', minute: '2-digit' });
const plural = (n, word) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** @param {{name: string, version: string, facts: number, checksum: string}} info */
const describe = (info) =>
  `“${info.name}” ${info.version} (${plural(info.facts, 'fact')}, ${info.checksum.slice(0, 19)}…)`;

async function showCurrent() {
  const stored = await readStoredFacts();
  reset.hidden = stored === null;
  if (stored) {
    const how = stored.mode === 'merge' ? 'added to the bundled facts' : 'instead of the bundled facts';
    current.textContent = `In use: your file ${stored.fileName}, ${describe(stored)}, ${how}; ` +
      `kept since ${DATE.format(new Date(stored.savedAt))}.`;
    return;
  }
  const checker = await openChecker();
  try {
    current.textContent = `In use: the bundled fact base, ${describe(checker.factbase())}.`;
  } finally {
    checker.dispose();
  }
}

/**
 * @param {string} text
 * @param {{code?: string, pointer?: string, message: string}[]} [list]
 */
function showOutcome(text, list = []) {
  outcomeText.textContent = text;
  problems.replaceChildren(...list.map((p) => {
    const item = document.createElement('li');
    const code = document.createElement('code');
    code.textContent = p.code ?? 'error';
    item.append(code, ` ${p.pointer ? `${p.pointer}: ` : ''}${p.message}`);
    return item;
  }));
  outcome.dataset.state = list.length ? 'error' : 'ok';
  outcome.hidden = false;
}

/** @param {File} file */
async function useFile(file) {
  const mode = /** @type {'replace' | 'merge'} */ (
    /** @type {HTMLInputElement | null} */ (document.querySelector('input[name="mode"]:checked'))?.value ?? 'replace');
  showOutcome(`Checking ${file.name}…`);
  outcome.dataset.state = 'busy';
  const json = await file.text();
  const checker = await openChecker();
  let info;
  try {
    checker.loadFacts(json, { mode });
    // For a merge, the reader's file is the last layer of the stack.
    const stack = checker.factbase();
    info = mode === 'merge' ? stack.layers?.at(-1) ?? stack : stack;
  } catch (error) {
    const e = /** @type {{code?: string, message?: string, errors?: any[]}} */ (error);
    const list = e.errors?.length ? e.errors : [{ code: e.code, message: String(e.message ?? error) }];
    showOutcome(`${file.name} was not kept: ${plural(list.length, 'problem')}. The fact base in use has not changed.`, list);
    return;
  } finally {
    checker.dispose();
  }
  try {
    await storeFacts({ json, mode, fileName: file.name, name: info.name, version: info.version,
      checksum: info.checksum, facts: info.facts, savedAt: new Date().toISOString() });
  } catch (error) {
    const size = (new Blob([json]).size / 1e6).toFixed(1);
    showOutcome(`${file.name} is sound but could not be kept (${size} MB; the extension may keep 10 MB): ` +
      `${error instanceof Error ? error.message : String(error)}`, [
      { code: 'extension.storage_full', message: 'the browser refused to store the file' }]);
    return;
  }
  // What is in use is shown before the outcome says "ok", so that the page never reports a file kept
  // beside the line of the one it replaced.
  await showCurrent();
  showOutcome(`${file.name} is in use: ${describe(info)}. The popup checks against it from now on.`);
}

picker.addEventListener('change', () => {
  const file = picker.files?.[0];
  picker.value = '';
  if (file) useFile(file).catch((error) => showOutcome(`${file.name} could not be read: ${error}`, [
    { code: 'extension.unreadable', message: String(error?.message ?? error) }]));
});

reset.addEventListener('click', async () => {
  await forgetFacts();
  outcome.hidden = true;
  await showCurrent();
});

document.getElementById('forget-draft')?.addEventListener('click', async () => {
  await chrome.storage.local.remove(['draft', 'earlierDraft']);
  draftStatus.textContent = 'Deleted.';
});

// ---- sources ----

/**
 * @param {string} tag
 * @param {string} [text]
 */
function cell(tag, text = '') {
  const node = document.createElement(tag);
  node.textContent = text;
  return node;
}

/** @param {import('./storage.js').StoredSource} source */
function sourceRow(source) {
  const name = cell('td', source.name);
  // Where it came from, as a link only for a web page (the text never becomes HTML; the URL only an href).
  const from = cell('span');
  from.className = 'from';
  const kind = source.from === 'selection' ? 'a selection on ' : '';
  const facts = typeof source.facts === 'number' ? ` · ${plural(source.facts, 'fact')}` : ' · not read yet';
  if (/^https?:\/\//.test(source.url)) {
    const link = cell('a', source.url.replace(/^https?:\/\//, ''));
    link.href = source.url;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    from.append(kind, link, facts);
  } else {
    from.append(`${kind}${source.url || 'no address'}${facts}`);
  }
  name.append(from);
  const dated = cell('td', source.date ? DAY.format(new Date(`${source.date}T00:00:00Z`)) : '—');
  dated.className = 'day';
  const size = cell('td', formatBytes(source.bytes));
  size.className = 'num';
  const added = cell('td', source.addedAt ? DAY_AND_TIME.format(new Date(source.addedAt)) : '—');
  added.className = 'num';
  const remove = cell('button', 'Remove');
  remove.type = 'button';
  remove.setAttribute('aria-label', `Remove “${source.name}”`);
  remove.addEventListener('click', () => {
    remove.disabled = true;
    forgetSource(source.name).catch((error) => {
      sourcesSummary.textContent = `“${source.name}” could not be removed: ${error}`;
    });
  });
  const action = cell('td');
  action.append(remove);
  const row = document.createElement('tr');
  row.append(name, dated, size, added, action);
  return row;
}

async function showSources() {
  const sources = await readSources();
  const used = sources.reduce((sum, s) => sum + s.bytes, 0);
  sourceRows.replaceChildren(...sources.map(sourceRow));
  sourceList.hidden = sources.length === 0;
  clearSources.hidden = sources.length === 0;
  sourcesSummary.textContent = sources.length === 0
    ? 'No sources yet.'
    : `${plural(sources.length, 'source')}, ${formatBytes(used)} of the ${formatBytes(SOURCES_MAX_BYTES)} they may take.`;
}

clearSources.addEventListener('click', () => {
  forgetAllSources().catch((error) => {
    sourcesSummary.textContent = `The sources could not be removed: ${error}`;
  });
});

chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && 'sources' in changes) showSources().catch(() => {});
});

Promise.all([showCurrent(), showSources()]).then(() => {
  document.body.dataset.ready = 'true';
}, (error) => {
  current.textContent = `The checker could not start: ${error instanceof Error ? error.message : String(error)}`;
});
