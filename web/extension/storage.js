// What the extension keeps in chrome.storage.local, on this device only (nothing here is ever sent anywhere):
//   draft, earlierDraft   the popup's text (popup.js)
//   facts                 the reader's own fact base, as checked by the options page (options.js):
//                         {json, mode, fileName, name, version, checksum, facts, savedAt}
//   sources               the reader's sources, in the order they were added (popup.js, background.js):
//                         [{name, date, text, bytes, facts, url, from, addedAt}]
//   against               what the popup checks against once there are sources: 'facts', 'sources' or 'both'
// chrome.storage.local holds 10 MB in all (no unlimitedStorage permission is asked for).

/**
 * @typedef {{json: string, mode: 'replace' | 'merge', fileName: string, name: string, version: string,
 *   checksum: string, facts: number, savedAt: string}} StoredFacts
 * @typedef {object} StoredSource
 * @property {string} name unique among the sources; a claim checked against it cites it
 * @property {string} date the page's publication date (YYYY-MM-DD), or '' for none
 * @property {string} text the text as it was read
 * @property {number} bytes its size in UTF-8 bytes
 * @property {number | null} facts how many facts the engine learned from it; null until a popup has read it
 * @property {string} url the page it came from
 * @property {'page' | 'selection'} from the whole page's text, or a selection on it
 * @property {string} addedAt when it was added (ISO 8601)
 */

/**
 * All the sources together may take this many UTF-8 bytes. The engine takes 16 MiB (limits.maxSourcesBytes),
 * but the popup learns every source again each time it opens (about a second per 100 KB here), and the
 * sources share chrome.storage.local's 10 MB with a fact base of one's own: 1 MiB is some fifty long articles.
 */
export const SOURCES_MAX_BYTES = 1024 * 1024;
/** A source's name is cut to this many characters (a page title can be a paragraph). */
const NAME_MAX_CHARS = 80;

/** An Error with a stable code (extension.*), as the engine's are. */
export class ExtensionError extends Error {
  /**
   * @param {string} code
   * @param {string} message
   */
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

/** The stored fact base, or null for the bundled one. @returns {Promise<StoredFacts | null>} */
export async function readStoredFacts() {
  const { facts } = await chrome.storage.local.get('facts');
  const usable = facts !== null && typeof facts === 'object' && typeof facts.json === 'string' &&
    (facts.mode === 'replace' || facts.mode === 'merge');
  return usable ? facts : null;
}

/** @param {StoredFacts} facts */
export function storeFacts(facts) {
  return chrome.storage.local.set({ facts });
}

export function forgetFacts() {
  return chrome.storage.local.remove('facts');
}

// ---- sources ----

/** @param {string} text */
export const utf8Bytes = (text) => new TextEncoder().encode(text).length;

/** @param {number} bytes */
export function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

/** The stored sources, in the order they were added. @returns {Promise<StoredSource[]>} */
export async function readSources() {
  const { sources } = await chrome.storage.local.get('sources');
  return Array.isArray(sources)
    ? sources.filter((s) => s && typeof s.name === 'string' && typeof s.text === 'string')
    : [];
}

/**
 * A name for a source from `base` (a page title, or a host) and `suffix` that none of `taken` has:
 * "Title", then "Title (2)", "Title (3)"…
 * @param {string} base
 * @param {Iterable<string>} taken
 * @param {string} [suffix] e.g. ' (selection)'
 */
export function uniqueName(base, taken, suffix = '') {
  const names = new Set(taken);
  let stem = base.replace(/\s+/g, ' ').trim() || 'Untitled page';
  if (stem.length > NAME_MAX_CHARS) stem = `${stem.slice(0, NAME_MAX_CHARS - 1).trimEnd()}…`;
  stem += suffix;
  if (!names.has(stem)) return stem;
  for (let n = 2; ; n++) if (!names.has(`${stem} (${n})`)) return `${stem} (${n})`;
}

/**
 * Throws extension.sources_full unless a text of `bytes` fits beside `sources`.
 * @param {StoredSource[]} sources
 * @param {number} bytes
 * @param {string} name
 */
export function assertRoom(sources, bytes, name) {
  const used = sources.reduce((sum, s) => sum + s.bytes, 0);
  if (used + bytes <= SOURCES_MAX_BYTES) return;
  throw new ExtensionError('extension.sources_full', `“${name}” is ${formatBytes(bytes)}; your sources may take ` +
    `${formatBytes(SOURCES_MAX_BYTES)} in all and ${formatBytes(used)} ${used === 0 ? 'is' : 'are'} taken. ` +
    'Nothing was added: remove a source in the options page, or use a selection instead.');
}

/**
 * Keeps a new source after the ones stored. The whole list is written at once, so a refusal (no room, a
 * name taken meanwhile, the browser's storage full) leaves what was stored as it was.
 * @param {Omit<StoredSource, 'bytes' | 'addedAt'>} source
 * @returns {Promise<StoredSource>}
 */
export async function keepSource(source) {
  if (source.text.trim() === '') throw new ExtensionError('extension.empty_source', 'There is no text to add.');
  const sources = await readSources();
  if (sources.some((s) => s.name === source.name))
    throw new ExtensionError('extension.duplicate_name', `There is already a source called “${source.name}”.`);
  const kept = { ...source, bytes: utf8Bytes(source.text), addedAt: new Date().toISOString() };
  assertRoom(sources, kept.bytes, kept.name);
  try {
    await chrome.storage.local.set({ sources: [...sources, kept] });
  } catch (error) {
    throw new ExtensionError('extension.storage_full', `The browser did not keep “${kept.name}” ` +
      `(${error instanceof Error ? error.message : String(error)}). Your other sources are as they were.`);
  }
  return kept;
}

/**
 * Records how many facts the engine learned from each named source (a selection from the context menu is
 * stored before any engine has read it).
 * @param {Map<string, number>} facts
 */
export async function noteSourceFacts(facts) {
  const sources = await readSources();
  if (!sources.some((s) => facts.has(s.name) && s.facts !== facts.get(s.name))) return;
  await chrome.storage.local.set({ sources: sources.map((s) => (facts.has(s.name) ? { ...s, facts: facts.get(s.name) } : s)) });
}

/** @param {string} name */
export async function forgetSource(name) {
  const sources = await readSources();
  await chrome.storage.local.set({ sources: sources.filter((s) => s.name !== name) });
}

export function forgetAllSources() {
  return chrome.storage.local.remove('sources');
}

/** What the popup checks against once there are sources, or null for the widget's default (the sources). */
export async function readAgainst() {
  const { against } = await chrome.storage.local.get('against');
  return against === 'facts' || against === 'sources' || against === 'both' ? against : null;
}

/** @param {'facts' | 'sources' | 'both'} against */
export function storeAgainst(against) {
  return chrome.storage.local.set({ against });
}
