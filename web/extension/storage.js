// What the extension keeps in chrome.storage.local, on this device only:
//   draft, earlierDraft   the popup's text (popup.js)
//   facts                 the reader's own fact base, as checked by the options page (options.js):
//                         {json, mode, fileName, name, version, checksum, facts, savedAt}
// chrome.storage.local holds 10 MB in all (no unlimitedStorage permission is asked for).

/**
 * @typedef {{json: string, mode: 'replace' | 'merge', fileName: string, name: string, version: string,
 *   checksum: string, facts: number, savedAt: string}} StoredFacts
 */

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
