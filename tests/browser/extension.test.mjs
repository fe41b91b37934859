// The browser extension (dist/extension/, dist/factcheck-extension.zip) in Chromium: Playwright loads it
// unpacked into a persistent context with a fresh profile, as ../shared/notes/toolchain.md describes.
//
// A toolbar click grants the popup activeTab on the tab it opens over; no test can click the toolbar.
// So the selection tests load a copy of the extension whose manifest adds one host permission, for the
// test server at 127.0.0.1, and open the real popup over the test page with chrome.action.openPopup()
// from the service worker: the popup then reads the selection through scripting exactly as after a click.
// Every other test runs the extension as built. The popup opened that way is not one of Playwright's
// pages; the tests read it through chrome.extension.getViews() from an extension page kept open ("hub").
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  assertKnownResult, chromiumArgs, chromiumPath, dist, knownText, pageProbe, pasteText, root, screenshotPath, skipReason,
  startServer, waitForResult, whatTheWidgetSays,
} from './helpers.mjs';

const extensionDir = join(dist, 'extension');
const zipPath = join(dist, 'factcheck-extension.zip');
/** The popup's size: the width its page sets, and the most height Chrome gives a popup. */
const popupSize = { width: 460, height: 600 };

const playwright = await import('playwright-core').catch(() => null);

function skipWhy() {
  return skipReason('extension/manifest.json', 'factcheck-extension.zip') ||
    (existsSync('/usr/bin/unzip') ? false : 'unzip is absent: bash scripts/setup.sh installs it');
}

/** @param {string} dir @returns {string[]} */
function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)).map((f) => `${e.name}/${f}`) : [e.name]).sort();
}

/**
 * Starts Chromium with the extension in `dir` loaded, and records every request and console error of its
 * pages. Resolves once the service worker runs.
 * @param {string} dir
 */
async function launchWithExtension(dir) {
  const profile = mkdtempSync(join(tmpdir(), 'factcheck-profile-'));
  const context = await playwright.chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath, headless: true, viewport: popupSize,
    args: [...chromiumArgs, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  await context.addInitScript(pageProbe);
  const requests = [];
  const errors = [];
  context.on('request', (r) => requests.push(r.url()));
  context.on('page', (page) => {
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e?.stack ?? e}`));
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const id = new URL(worker.url()).host;
  // A module or classic worker's listeners may not be registered yet when the event fires: wait for them.
  await worker.evaluate(() => new Promise((resolve) => {
    const poll = () => (typeof globalThis.factcheckMenuClick === 'function' ? resolve(true) : setTimeout(poll, 20));
    poll();
  }));
  return {
    context, worker, id, requests, errors,
    url: (path) => `chrome-extension://${id}/${path}`,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A copy of the extension whose manifest adds one host permission, for the test server: the stand-in for
 * activeTab (see the top of this file). The caller removes the folder.
 * @param {string} serverOrigin
 */
function copyWithHostPermission(serverOrigin) {
  const dir = mkdtempSync(join(tmpdir(), 'factcheck-extension-'));
  cpSync(extensionDir, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.host_permissions = [`${serverOrigin}/*`];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

/** Opens an extension page in a new tab and waits for its script to be done (body[data-ready]). */
async function openExtensionPage(ext, path) {
  const page = await ext.context.newPage();
  await page.goto(ext.url(path));
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
  return page;
}

/** What the open popup shows, read through chrome.extension.getViews() from the extension page `hub`. */
function readPopup(hub) {
  return hub.evaluate(() => {
    const [view] = chrome.extension.getViews({ type: 'popup' });
    if (!view || view.document.body.dataset.ready !== 'true') return null;
    const widget = view.document.querySelector('fact-check');
    return {
      value: widget.value,
      report: widget.report,
      origin: view.document.getElementById('origin').hidden ? '' : view.document.getElementById('origin-text').textContent,
      swap: view.document.getElementById('swap-draft').hidden ? '' : view.document.getElementById('swap-draft').textContent,
    };
  });
}

/** Waits for the popup to be open and to have checked a text (`value`, when given). */
async function waitForPopup(hub, what, value) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const seen = await readPopup(hub);
    if (seen?.report && (value === undefined || seen.value === value)) return seen;
    if (Date.now() > deadline) throw new Error(`no popup with a report after 20 s (${what}); saw ${JSON.stringify(seen)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Requests that are not the extension's own files, the test server's or data: URLs. */
function foreign(requests, allowedOrigin) {
  return requests.filter((u) => !/^(chrome-extension|data|blob):/.test(u) && !(allowedOrigin && u.startsWith(allowedOrigin)));
}

/** Verdicts as a list of {text, verdict}. */
const verdicts = (report) => report.claims.map((c) => ({ text: c.text, verdict: c.verdict }));

describe('the browser extension as built', { skip: skipWhy() }, () => {
  let ext;
  before(async () => {
    ext = await launchWithExtension(extensionDir);
  });
  after(async () => {
    await ext?.close();
  });

  test('the manifest asks for the fewest permissions, no host access, and the extension CSP', () => {
    const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    assert.equal(manifest.manifest_version, 3);
    assert.equal(manifest.version, version, 'the manifest carries package.json\'s version');
    assert.deepEqual([...manifest.permissions].sort(), ['activeTab', 'contextMenus', 'scripting', 'storage']);
    for (const key of ['host_permissions', 'optional_host_permissions', 'optional_permissions', 'content_scripts',
      'web_accessible_resources', 'externally_connectable']) {
      assert.equal(manifest[key], undefined, `the manifest has "${key}"`);
    }
    assert.equal(manifest.content_security_policy.extension_pages, "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'");
    const referenced = [manifest.action.default_popup, manifest.options_ui.page, manifest.background.service_worker,
      ...Object.values(manifest.icons), ...Object.values(manifest.action.default_icon)];
    for (const file of referenced) assert.ok(existsSync(join(extensionDir, file)), `the manifest names ${file}, which is missing`);
    // Nothing the engine does not need: the popup's engine carries its wasm in a script.
    assert.ok(!existsSync(join(extensionDir, 'factcheck-core.wasm')), 'the separate .wasm is packed too');
  });

  test('the popup checks a text: the marks and verdicts of the web widget', async () => {
    const popup = await openExtensionPage(ext, 'popup.html');
    await pasteText(popup, knownText);
    const report = await waitForResult(popup, knownText);
    const probe = (name, ...args) => popup.evaluate(([n, a]) => window.__fcTest[n](...a), [name, args]);
    await assertKnownResult(probe, report);

    // The same engine as the web widget's and the JS API's: the same report for a whole story.
    const sample = readFileSync(join(root, 'web/pages/sample.txt'), 'utf8');
    const { createChecker } = await import(pathToFileURL(join(dist, 'factcheck-single.js')).href);
    const checker = await createChecker();
    const expected = checker.check(sample);
    checker.dispose();
    await pasteText(popup, sample);
    const got = await waitForResult(popup, sample);
    assert.ok(expected.claims.length > 10, `the sample story has ${expected.claims.length} claims`);
    assert.deepEqual(got.claims, expected.claims, 'the popup\'s claims differ from the JS API\'s');
    assert.deepEqual(got.factbase, expected.factbase);
    await popup.close();
  });

  test('the draft survives closing the popup, typed key by key', async () => {
    const typed = 'Microsoft has invested $13 billion in OpenAI — or so a filing said.';
    const first = await openExtensionPage(ext, 'popup.html');
    await first.getByRole('textbox', { name: 'Text to check' }).click();
    await first.keyboard.press('ControlOrMeta+A');
    await first.keyboard.type(typed);
    await first.close(); // at once: no wait for a check or a timer
    const second = await openExtensionPage(ext, 'popup.html');
    const report = await waitForResult(second, typed);
    assert.equal(await second.evaluate(() => document.querySelector('fact-check').value), typed);
    assert.deepEqual(verdicts(report), [{ text: '$13 billion', verdict: 'outdated' }]);
    // A reload of the popup page is the same as opening it again.
    await second.reload();
    await second.waitForSelector('body[data-ready="true"]');
    await waitForResult(second, typed);
    await second.close();
  });

  test('the context menu opens the popup with the selection it was given', async () => {
    const hub = await openExtensionPage(ext, 'options.html');
    const page = await ext.context.newPage();
    // A page no extension may script: the popup falls back on the menu's own copy of the selection.
    await page.goto('data:text/html,<p>Oracle and SoftBank</p>');
    const given = 'Stargate is a joint venture between OpenAI, SoftBank and Oracle.';
    await page.bringToFront();
    await ext.worker.evaluate(async (text) => {
      const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
      await globalThis.factcheckMenuClick({ menuItemId: 'fact-check-selection', selectionText: text, pageUrl: tab.url }, tab);
    }, given);
    const seen = await waitForPopup(hub, 'after the menu click');
    assert.equal(seen.value, given);
    assert.deepEqual(verdicts(seen.report), [{ text: 'OpenAI, SoftBank and Oracle', verdict: 'supported' }]);
    assert.match(seen.origin, /^Selected text from this page\./);
    // The handover is used once: it is gone from storage.session.
    const left = await ext.worker.evaluate(() => chrome.storage.session.get('menuSelection'));
    assert.deepEqual(left, {});
    const menu = await ext.worker.evaluate(() => new Promise((resolve) =>
      chrome.contextMenus.update('fact-check-selection', {}, () => resolve(chrome.runtime.lastError?.message ?? 'ok'))));
    assert.equal(menu, 'ok', 'the "Fact-check selection" menu item does not exist');
    await page.close();
    await hub.close();
  });

  test('a fact base of one\'s own: kept when sound, refused with the engine\'s messages, reset', async () => {
    const options = await openExtensionPage(ext, 'options.html');
    const current = () => options.locator('#current').textContent();
    assert.match(await current(), /^In use: the bundled fact base, “Microsoft, OpenAI and Stargate” \d/);

    await options.setInputFiles('#file', join(root, 'docs/examples/tram-story.json'));
    await options.waitForFunction(() => document.getElementById('outcome').dataset.state === 'ok');
    assert.match(await options.locator('#outcome-text').textContent(), /^tram-story\.json is in use: “Velmora Harbour Line/);
    assert.match(await current(), /^In use: your file tram-story\.json, “Velmora Harbour Line \(invented example\)” 1\.0\.0 \(10 facts, sha256:/);

    // The popup checks against it: the invented story's own expected verdicts.
    const story = readFileSync(join(root, 'docs/examples/tram-story.txt'), 'utf8');
    const expected = JSON.parse(readFileSync(join(root, 'docs/examples/tram-story.expected.json'), 'utf8'));
    let popup = await openExtensionPage(ext, 'popup.html');
    await pasteText(popup, story);
    let report = await waitForResult(popup, story);
    assert.equal(report.factbase.name, 'Velmora Harbour Line (invented example)');
    assert.deepEqual(verdicts(report), expected);
    await popup.close();

    // A broken file is refused, every problem listed with its code and place; the kept one stays.
    await options.setInputFiles('#file', join(root, 'docs/examples/broken.json'));
    await options.waitForFunction(() => document.getElementById('outcome').dataset.state === 'error');
    const problems = await options.locator('#problems li').allTextContents();
    assert.equal(problems.length, 18, `problems listed: ${problems.join(' | ')}`);
    assert.equal(problems[0], 'factbase.unknown_field /descripton: "descripton" is not a field of the fact base');
    assert.ok(problems.some((p) => p.startsWith('factbase.unknown_currency /facts/0/value/unit: "US$"')));
    assert.match(await options.locator('#outcome-text').textContent(), /^broken\.json was not kept: 18 problems\. The fact base in use has not changed\./);
    assert.match(await current(), /tram-story\.json/);

    // Merged onto the bundled facts: both stories check.
    await options.check('input[name="mode"][value="merge"]');
    await options.setInputFiles('#file', join(root, 'docs/examples/tram-story.json'));
    await options.waitForFunction(() => document.getElementById('outcome').dataset.state === 'ok');
    assert.match(await current(), /added to the bundled facts/);
    popup = await openExtensionPage(ext, 'popup.html');
    const both = `${knownText}\n\n${story}`;
    await pasteText(popup, both);
    report = await waitForResult(popup, both);
    assert.deepEqual(report.factbase.layers.map((l) => l.name),
      ['Microsoft, OpenAI and Stargate', 'Velmora Harbour Line (invented example)']);
    assert.deepEqual(verdicts(report).slice(0, 4).map((v) => v.verdict), ['supported', 'contradicted', 'outdated', 'unverified']);
    assert.deepEqual(verdicts(report).slice(4), expected);
    // The same verdicts as the JS API's with the same merge.
    const { createChecker } = await import(pathToFileURL(join(dist, 'factcheck-single.js')).href);
    const checker = await createChecker();
    checker.loadFacts(readFileSync(join(root, 'docs/examples/tram-story.json'), 'utf8'), { mode: 'merge' });
    assert.deepEqual(report.claims, checker.check(both).claims);
    checker.dispose();
    await popup.close();

    // Back to the bundled facts.
    await options.getByRole('button', { name: 'Go back to the bundled facts' }).click();
    await options.waitForFunction(() => /bundled fact base/.test(document.getElementById('current').textContent));
    assert.deepEqual(await ext.worker.evaluate(() => chrome.storage.local.get('facts')), {});
    popup = await openExtensionPage(ext, 'popup.html');
    report = await waitForResult(popup, both);
    assert.equal(report.factbase.layers.length, 1);
    assert.equal(report.factbase.name, 'Microsoft, OpenAI and Stargate');
    await popup.close();
    await options.close();
  });

  test('a screenshot of the popup at its real size, with nothing cut off sideways', async () => {
    const popup = await openExtensionPage(ext, 'popup.html');
    await pasteText(popup, knownText);
    await waitForResult(popup, knownText);
    const size = await popup.evaluate(() => ({ width: document.documentElement.scrollWidth, body: document.body.offsetWidth }));
    assert.equal(size.body, popupSize.width, 'the popup page sets its width');
    assert.ok(size.width <= popupSize.width, `the popup scrolls sideways: ${size.width} px wide`);
    await popup.screenshot({ path: screenshotPath('extension-popup.png') });
    await popup.close();
  });

  test('no request leaves the extension, and no page logged an error', () => {
    assert.deepEqual(foreign(ext.requests), []);
    assert.deepEqual(ext.errors, []);
  });
});

describe('the popup reads the selection of the page it opens over', { skip: skipWhy() }, () => {
  let ext, server, dir, hub, page;
  before(async () => {
    server = await startServer();
    dir = copyWithHostPermission(server.origin);
    ext = await launchWithExtension(dir);
    hub = await openExtensionPage(ext, 'options.html');
    page = await ext.context.newPage();
    await page.goto(`${server.origin}/fixtures/article.html`);
  });
  after(async () => {
    await ext?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const openPopupOver = async (p) => {
    await p.bringToFront();
    await ext.worker.evaluate(() => chrome.action.openPopup());
  };

  test('a selected paragraph is filled in and checked; the draft is kept apart', async () => {
    await ext.worker.evaluate(() => chrome.storage.local.set({ draft: 'My own draft about OpenAI.' }));
    const selected = await page.evaluate(() => {
      getSelection().selectAllChildren(document.getElementById('lede'));
      return String(getSelection());
    });
    await openPopupOver(page);
    const seen = await waitForPopup(hub, 'over the article');
    assert.equal(seen.value, selected);
    assert.deepEqual(verdicts(seen.report), [
      { text: '$14 billion', verdict: 'supported' },
      { text: 'OpenAI CEO Sam Altman', verdict: 'supported' },
      { text: 'OpenAI, SoftBank and Oracle', verdict: 'supported' },
    ], await whatTheWidgetSays(page).catch(() => ''));
    assert.equal(seen.origin, `Selected text from ${new URL(server.origin).host}.`);
    assert.equal(seen.swap, 'Show my draft (5 words)');
    assert.deepEqual(await ext.worker.evaluate(() => chrome.storage.local.get('draft')),
      { draft: 'My own draft about OpenAI.' }, 'the selection overwrote the draft');
    // One click back to the draft.
    await hub.evaluate(() => chrome.extension.getViews({ type: 'popup' })[0].document.getElementById('swap-draft').click());
    await hub.waitForFunction(() => chrome.extension.getViews({ type: 'popup' })[0]
      ?.document.querySelector('fact-check').report?.claims.length === 0);
    assert.equal((await readPopup(hub)).value, 'My own draft about OpenAI.');
  });

  test('text selected in a text box on the page is read too', async () => {
    await page.evaluate(() => {
      const box = document.getElementById('notes');
      box.focus();
      // No selection left in the document (the paragraph of the test before), only in the box.
      getSelection().removeAllRanges();
      box.setSelectionRange(box.value.indexOf('OpenAI'), box.value.indexOf(' More'));
    });
    await openPopupOver(page);
    const seen = await waitForPopup(hub, 'over the text box', 'OpenAI was valued at $157 billion.');
    assert.deepEqual(verdicts(seen.report), [{ text: '$157 billion', verdict: 'supported' }]);
  });

  test('popup.html?tab=N, the page the menu opens where no popup can open, reads that tab', async () => {
    await page.evaluate(() => {
      document.getElementById('notes').blur();
      getSelection().selectAllChildren(document.getElementById('other'));
    });
    const tabId = await ext.worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0].id,
      `${server.origin}/fixtures/article.html`);
    const popup = await openExtensionPage(ext, `popup.html?tab=${tabId}`);
    const text = await page.evaluate(() => String(getSelection()));
    const report = await waitForResult(popup, text);
    assert.deepEqual(verdicts(report), [{ text: '$1.4 billion', verdict: 'contradicted' }]);
    assert.equal(await popup.locator('#origin-text').textContent(), `Selected text from ${new URL(server.origin).host}.`);
    await popup.screenshot({ path: screenshotPath('extension-selection.png') });
    await popup.close();
  });

  test('nothing was fetched but the extension\'s files and the test page', () => {
    assert.deepEqual(foreign(ext.requests, server.origin), []);
    assert.deepEqual(ext.errors, []);
  });
});

describe('sources: a page or a selection kept, checked against, listed and removed', { skip: skipWhy() }, () => {
  // The invented page of tests/browser/fixtures/source-page.html and the column that retells it.
  const title = 'Quillmere Rail orders new carriages – The Fenmoor Courier';
  const columnClaims = 'Quillmere Rail will spend £236 million on new carriages. ' +
    'The company carries 12 million passengers a year.';
  let ext, server, dir, sourcePage, sourceTab, columnPage, columnTab;

  before(async () => {
    server = await startServer();
    dir = copyWithHostPermission(server.origin);
    ext = await launchWithExtension(dir);
    sourcePage = await ext.context.newPage();
    await sourcePage.goto(`${server.origin}/fixtures/source-page.html`);
    columnPage = await ext.context.newPage();
    await columnPage.goto(`${server.origin}/fixtures/rail-column.html`);
    [sourceTab, columnTab] = await ext.worker.evaluate(async (urls) =>
      Promise.all(urls.map(async (url) => (await chrome.tabs.query({ url }))[0].id)),
    [`${server.origin}/fixtures/source-page.html`, `${server.origin}/fixtures/rail-column.html`]);
  });
  after(async () => {
    await ext?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** @returns {Promise<any[]>} the sources in chrome.storage.local */
  const stored = async () => (await ext.worker.evaluate(() => chrome.storage.local.get('sources'))).sources ?? [];
  const names = async () => (await stored()).map((s) => s.name);
  /** Opens popup.html?tab=`tabId` and clicks "Add this page as a source"; resolves with what it says. */
  const addPage = async (tabId) => {
    const popup = await openExtensionPage(ext, `popup.html?tab=${tabId}`);
    await popup.getByRole('button', { name: 'Add this page as a source' }).click();
    await popup.waitForSelector('#add-status[data-state="ok"], #add-status[data-state="error"]', { timeout: 30_000 });
    const said = await popup.evaluate(() => {
      const status = document.getElementById('add-status');
      return { text: status.textContent, state: status.dataset.state, code: status.dataset.code,
        widget: document.querySelector('fact-check').sources(), note: document.getElementById('sources-note').textContent };
    });
    return { popup, ...said };
  };
  /** Opens popup.html?tab=`tabId` over a selection and waits for its report. */
  const checkSelection = async (tabId, text) => {
    const popup = await openExtensionPage(ext, `popup.html?tab=${tabId}`);
    return { popup, report: await waitForResult(popup, text, 20_000) };
  };

  test('"Add this page as a source" keeps the page\'s visible text, named after its title and dated as it says', async () => {
    const { popup, text, state, widget, note } = await addPage(sourceTab);
    const [source] = await stored();
    assert.equal(state, 'ok', text);
    assert.equal(source.name, title);
    assert.equal(source.date, '2025-02-11', 'the date of the page\'s article:published_time');
    assert.equal(source.url, `${server.origin}/fixtures/source-page.html`);
    assert.equal(source.from, 'page');
    assert.equal(source.text, await sourcePage.evaluate(() => document.body.innerText));
    assert.match(source.text, /^Quillmere Rail orders new carriages\n\nQuillmere Rail Ltd said on Monday/);
    assert.equal(source.bytes, Buffer.byteLength(source.text));
    assert.ok(source.facts >= 3, `facts learned from the page: ${source.facts}`);
    assert.ok(!Number.isNaN(Date.parse(source.addedAt)));
    assert.ok(source.bytes < 1024);
    assert.equal(text, `Added “${title}” as a source (${source.bytes} bytes): ${source.facts} facts learned.`);
    assert.deepEqual(widget.map((s) => [s.name, s.date, s.facts]), [[title, '2025-02-11', source.facts]]);
    assert.equal(note, '1 source in use.');
    assert.equal(await popup.locator('#against').inputValue(), 'sources');
    await popup.close();
  });

  test('"Use selection as a source" keeps the selection, says so on the badge, and the popup learns it', async () => {
    const selection = await sourcePage.evaluate(() => {
      getSelection().selectAllChildren(document.getElementById('ferry'));
      return String(getSelection());
    });
    const outcome = await ext.worker.evaluate(async ([tabId, text]) => {
      const tab = await chrome.tabs.get(tabId);
      return globalThis.factcheckMenuClick(
        { menuItemId: 'use-selection-as-source', selectionText: text.trim(), pageUrl: tab.url }, tab);
    }, [sourceTab, selection]);
    assert.equal(outcome.ok, true, JSON.stringify(outcome));
    const kept = (await stored())[1];
    assert.equal(kept.name, `${title} (selection)`);
    assert.equal(kept.text, selection, 'the selection as the page gives it');
    assert.equal(kept.from, 'selection');
    assert.equal(kept.facts, null, 'no engine runs in the service worker');
    const badge = await ext.worker.evaluate(async (tabId) => ({
      text: await chrome.action.getBadgeText({ tabId }), title: await chrome.action.getTitle({ tabId }),
      menu: await new Promise((resolve) => chrome.contextMenus.update('use-selection-as-source', {},
        () => resolve(chrome.runtime.lastError?.message ?? 'ok'))),
    }), sourceTab);
    assert.deepEqual(badge, { text: '+1', menu: 'ok',
      title: `Added “${title} (selection)” as a source. Open factcheck to check against it.` });
    // The popup learns it with the page, and records how many facts it gave.
    const popup = await openExtensionPage(ext, `popup.html?tab=${columnTab}`);
    assert.equal(await popup.locator('#sources-note').textContent(), '2 sources in use.');
    assert.deepEqual(await popup.evaluate(() => document.querySelector('fact-check').sources().map((s) => s.name)),
      [title, `${title} (selection)`]);
    await popup.close();
    const facts = (await stored())[1].facts;
    assert.ok(Number.isInteger(facts) && facts >= 1, `facts of the selection, recorded: ${facts}`);
  });

  test('a selection elsewhere is checked against the sources, which its claims cite', async () => {
    const text = await columnPage.evaluate(() => {
      getSelection().selectAllChildren(document.getElementById('claims'));
      return String(getSelection());
    });
    assert.equal(text, columnClaims);
    const { popup, report } = await checkSelection(columnTab, text);
    assert.deepEqual(verdicts(report), [
      { text: '£236 million', verdict: 'supported' },
      { text: '12 million passengers', verdict: 'contradicted' },
    ]);
    for (const claim of report.claims) {
      assert.equal(claim.source.document, title);
      assert.ok(claim.explanation.includes(`(${title}, 2025-02-11)`), claim.explanation);
    }
    assert.equal(report.claims[1].explanation,
      `The sources say 9.4 million passengers (${title}, 2025-02-11); 12 million passengers is about 28% higher.`);
    assert.equal(await popup.locator('#sources-note').textContent(), '2 sources in use.');
    await popup.screenshot({ path: screenshotPath('extension-popup-sources.png') });
    await popup.close();
  });

  test('the choice of what to check against is kept', async () => {
    let { popup } = await checkSelection(columnTab, columnClaims);
    const shown = () => popup.evaluate(() => ({
      verdicts: document.querySelector('fact-check').report.claims.map((c) => c.verdict),
      note: document.getElementById('sources-note').textContent,
    }));
    const settled = (want) => popup.waitForFunction((w) =>
      document.querySelector('fact-check').report?.claims.map((c) => c.verdict).join() === w, want.join());
    await popup.selectOption('#against', 'facts');
    await settled(['unverified', 'unverified']);
    assert.deepEqual(await shown(), { verdicts: ['unverified', 'unverified'], note: '2 sources, set aside.' });
    assert.deepEqual(await ext.worker.evaluate(() => chrome.storage.local.get('against')), { against: 'facts' });
    await popup.close();

    ({ popup } = await checkSelection(columnTab, columnClaims));
    assert.equal(await popup.locator('#against').inputValue(), 'facts');
    assert.deepEqual(await shown(), { verdicts: ['unverified', 'unverified'], note: '2 sources, set aside.' });
    await popup.selectOption('#against', 'both');
    await settled(['supported', 'contradicted']);
    assert.equal((await shown()).note, '2 sources in use.');
    await popup.close();
    await ext.worker.evaluate(() => chrome.storage.local.remove('against'));
  });

  test('the same page again gets a name of its own', async () => {
    const { popup, state, text } = await addPage(sourceTab);
    assert.equal(state, 'ok', text);
    assert.deepEqual(await names(), [title, `${title} (selection)`, `${title} (2)`]);
    await popup.close();
  });

  test('a page too large for the room left is refused, and every older source stays', async () => {
    const before = await stored();
    // Some 1.1 MB of text without a figure: over the 1 MiB the sources may take together.
    await sourcePage.evaluate(() => {
      const bulk = document.createElement('p');
      bulk.id = 'bulk';
      bulk.textContent = 'Filler words without a single figure in them. '.repeat(24_000);
      document.body.append(bulk);
    });
    const { popup, state, code, text, widget } = await addPage(sourceTab);
    await sourcePage.evaluate(() => document.getElementById('bulk').remove());
    assert.equal(state, 'error');
    assert.equal(code, 'extension.sources_full');
    assert.equal(text, `Not added: “${title} (3)” is 1.1 MB; your sources may take 1 MB in all and ` +
      `${before.reduce((sum, s) => sum + s.bytes, 0)} bytes are taken. Nothing was added: remove a source in the ` +
      'options page, or use a selection instead.');
    assert.deepEqual(await stored(), before, 'the stored sources changed');
    assert.equal(widget.length, 3, 'the popup\'s widget kept a refused source');
    await popup.close();
  });

  test('a page the browser keeps extensions out of gives a message, not a crash', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/fixtures/article.html`);
    const tabId = await ext.worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0].id,
      `${server.origin}/fixtures/article.html`);
    await page.goto('chrome://version');
    const before = await stored();
    const { popup, state, code, text } = await addPage(tabId);
    assert.equal(state, 'error');
    assert.equal(code, 'extension.unreadable_page');
    assert.match(text, /^Not added: factcheck cannot read this page: the browser /);
    assert.deepEqual(await stored(), before);
    await popup.close();
    await page.close();
  });

  test('the options page lists the sources, removes one and clears them all', async () => {
    const options = await openExtensionPage(ext, 'options.html');
    await options.setViewportSize({ width: 760, height: 900 });
    const rows = () => options.locator('#source-rows tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.cells].slice(0, 4).map((td) => td.textContent)));
    const kept = await stored();
    const from = `127.0.0.1:${new URL(server.origin).port}/fixtures/source-page.html`;
    const added = (s) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric',
      hour: '2-digit', minute: '2-digit' }).format(new Date(s.addedAt));
    assert.deepEqual(await rows(), [
      [`${title}${from} · ${kept[0].facts} facts`, '11 February 2025', `${kept[0].bytes} bytes`, added(kept[0])],
      [`${title} (selection)a selection on ${from} · ${kept[1].facts} fact${kept[1].facts === 1 ? '' : 's'}`, '—',
        `${kept[1].bytes} bytes`, added(kept[1])],
      [`${title} (2)${from} · ${kept[2].facts} facts`, '11 February 2025', `${kept[2].bytes} bytes`, added(kept[2])],
    ]);
    const used = kept.reduce((sum, s) => sum + s.bytes, 0);
    assert.equal(await options.locator('#sources-summary').textContent(),
      `3 sources, ${used} bytes of the 1 MB they may take.`);

    await options.getByRole('button', { name: `Remove “${title} (2)”` }).click();
    await options.waitForFunction(() => document.querySelectorAll('#source-rows tr').length === 2);
    assert.deepEqual(await names(), [title, `${title} (selection)`]);
    // The picture for docs/extension-sources.md: the list with two sources.
    await options.locator('#sources').screenshot({ path: screenshotPath('extension-sources.png') });

    // The popup checks against what is left; then "Clear all" leaves none, there and in the popup.
    await options.getByRole('button', { name: 'Clear all' }).click();
    await options.waitForFunction(() => document.getElementById('source-list').hidden);
    assert.equal(await options.locator('#sources-summary').textContent(), 'No sources yet.');
    assert.deepEqual(await stored(), []);
    const popup = await openExtensionPage(ext, `popup.html?tab=${columnTab}`);
    assert.equal(await popup.locator('#sources-note').textContent(), 'No sources of your own yet.');
    assert.equal(await popup.locator('#against-label').isHidden(), true);
    await popup.close();
    // The fact-base options still work beside the sources.
    assert.match(await options.locator('#current').textContent(), /^In use: the bundled fact base/);
    await options.close();
  });

  test('nothing was fetched but the extension\'s files and the test pages, and no page logged an error', () => {
    // chrome://version, the page no extension may read, loads its own chrome:// files: not the extension's doing.
    assert.deepEqual(foreign(ext.requests, server.origin).filter((u) => !u.startsWith('chrome://')), []);
    assert.deepEqual(ext.errors, []);
  });
});

describe('the zip', { skip: skipWhy() }, () => {
  test('holds the unpacked extension, file for file, and loads in Chromium', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factcheck-zip-'));
    try {
      execFileSync('unzip', ['-q', zipPath, '-d', dir]);
      assert.deepEqual(listFiles(dir), listFiles(extensionDir));
      for (const file of listFiles(dir)) {
        assert.ok(readFileSync(join(dir, file)).equals(readFileSync(join(extensionDir, file))), `${file} differs in the zip`);
      }
      const ext = await launchWithExtension(dir);
      try {
        const popup = await openExtensionPage(ext, 'popup.html');
        const text = 'Microsoft has invested nearly $14 billion in OpenAI.';
        await pasteText(popup, text);
        const report = await waitForResult(popup, text);
        assert.deepEqual(verdicts(report), [{ text: '$14 billion', verdict: 'supported' }]);
        assert.deepEqual(ext.errors, []);
      } finally {
        await ext.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
