// The Sources area of the <fact-check> widget, used as a reader uses it: the "Sources" button beside Check
// opens it; a source is pasted (text, name, date, "Add source") or given as files (the file input, and a
// drop); each is listed with its date and facts learned, removed, cleared; the radio group chooses what the
// text is checked against; a refused source stays in its box with the error's code; a card's quote of a
// source opens the source scrolled to the sentence (the engine's UTF-8 offsets made string indices); an
// HTML source runs nothing and loads nothing. Each on the served module build (tests/browser/fixtures/
// embed.html) and on dist/factcheck.html opened from disk.
//
// FACTCHECK_DOCS_SCREENSHOTS=1 node --test tests/browser/sources-ui.test.mjs also writes the picture of the
// area, docs/widget-sources.png (otherwise it goes to build/screenshots/ only).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  dist, embedCsp, foreignRequests, launchBrowser, openPage, pasteText, root, screenshotPath, skipReason,
  startServer, waitForResult, widgetReady,
} from './helpers.mjs';

// Invented texts. The release has a no-break space, curly quotes and a dash, as agencies write them.
const release =
  'Tarn Valley Water Ltd said on Tuesday it will spend \u00a3412\u00a0million on new reservoirs by 2029. ' +
  'The utility serves 1.3 million homes. \u201cWe are building for drought,\u201d said chief executive ' +
  'Ruth Akers \u2013 who joined in 2021.';
const draft = 'Tarn Valley Water will spend \u00a3412 million on reservoirs. The company serves 1.6 million homes. ' +
  'Microsoft has invested nearly $14 billion in OpenAI. Its rival Fenwick Water has 300 staff.';

// Minutes long enough to scroll, whose every paragraph before the one that matters has characters that
// take two or three bytes in UTF-8 (curly quotes, a no-break space, dashes): a byte offset taken for a
// string index lands far from the sentence.
const aside = 'Under other business, the members heard from the \u201cOld Quay\u201d residents\u2019 group\u00a0\u2014 ' +
  'who asked, again, about the footbridge \u2013 and agreed to write back before the summer.';
const sentence = 'Harrow Foods plc employs 5,200 people in 41 shops.';
const minutes = [...Array(24).fill(aside), `The chair read a letter. ${sentence} The letter was filed.`,
  ...Array(12).fill(aside)].join('\n\n');
const minutesDraft = 'Harrow Foods employs 5,900 people, its letter said.';

// An HTML page whose script, handlers, image, stylesheet and frame would each leave a trace if the widget
// let them run or load.
const brindleHtml = `<!doctype html>
<html><head><title>Title words</title>
<style>p { color: red }</style>
<link rel="stylesheet" href="http://example.invalid/style.css">
<script>window.__sourcePwned = 1;</script>
</head>
<body onload="window.__sourcePwned = 2">
<h1>Quarterly   note</h1>
<p>Brindle Mills employs 830 people in 12&nbsp;towns.<img src="x" onerror="window.__sourcePwned = 3"></p>
<img src="http://example.invalid/x.png" alt="Alt words">
<script>window.__sourcePwned = 4;</script>
<noscript>Noscript words</noscript><template><p>Template words</p></template>
<iframe src="http://example.invalid/frame.html">Frame words</iframe>
<ul><li>First point</li><li>Second <b>point</b></li></ul>
</body></html>`;
const brindleText = 'Quarterly note\n\nBrindle Mills employs 830 people in 12\u00a0towns.\n\nFirst point\nSecond point';

/** Opens the Sources area with its button beside Check, if it is closed. */
async function openSources(page) {
  const toggle = page.locator('fact-check button.toggle');
  assert.equal(await toggle.getAttribute('aria-controls'), await page.locator('fact-check [part="sources"]').getAttribute('id'),
    'the Sources button controls the area');
  if (await toggle.getAttribute('aria-expanded') !== 'true') await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.ok(await page.locator('fact-check [part="sources"]').isVisible(), 'the Sources area is not shown');
}

/** What the area shows: each listed source's text, the status line and whether "No sources yet." shows. */
function area(page) {
  return page.evaluate(() => {
    const r = document.querySelector('fact-check').shadowRoot;
    const squash = (t) => t.replace(/\s+/g, ' ').trim();
    return {
      list: [...r.querySelectorAll('.source-list li')].map((li) => squash(li.innerText)),
      status: squash(r.querySelector('.sources-status').textContent),
      empty: !r.querySelector('.sources [class="list-empty"]').hidden,
      against: r.querySelector('.against input:checked')?.value ?? null,
    };
  });
}

/** Pastes a source into the area's form and presses "Add source". */
async function pasteSource(page, text, name, date = '') {
  await page.getByLabel('Paste a source').fill(text);
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Date (optional)').fill(date);
  await page.getByRole('button', { name: 'Add source' }).click();
}

/** Waits until the status line has left "Adding…" and returns what the area shows. */
async function settled(page) {
  await page.waitForFunction(() => {
    const status = document.querySelector('fact-check').shadowRoot.querySelector('.sources-status');
    return status.dataset.state && status.dataset.state !== 'busy';
  }, null, { timeout: 10_000 });
  return area(page);
}

/** Waits until the report gives these claims these verdicts; returns every claim's verdict. */
async function verdictsBecome(page, want) {
  await page.waitForFunction((w) => {
    const report = document.querySelector('fact-check').report;
    const got = Object.fromEntries((report?.claims ?? []).map((c) => [c.text, c.verdict]));
    return Object.entries(w).every(([k, v]) => got[k] === v);
  }, want, { timeout: 10_000 }).catch(() => {});
  return page.evaluate(() => Object.fromEntries(
    (document.querySelector('fact-check').report?.claims ?? []).map((c) => [c.text, c.verdict])));
}

/**
 * Waits until the filter button of unverified claims is named `words` ("not in the sources"), then returns
 * the names of the unverified rows and the card of the first one.
 */
async function unverifiedNamed(page, words) {
  await page.waitForFunction((w) => {
    const r = document.querySelector('fact-check').shadowRoot;
    const name = r.querySelector('[data-filter="unverified"] .count-name')?.textContent.trim();
    const rows = [...r.querySelectorAll('li[data-verdict="unverified"] .row-verdict')];
    return name === w && rows.length > 0;
  }, words, { timeout: 10_000 }).catch(() => {});
  const shown = await page.evaluate(() => {
    const r = document.querySelector('fact-check').shadowRoot;
    return {
      filter: r.querySelector('[data-filter="unverified"] .count-name')?.textContent.trim(),
      rows: [...new Set([...r.querySelectorAll('li[data-verdict="unverified"] .row-verdict')].map((e) => e.textContent))],
    };
  });
  await page.locator('fact-check li[data-verdict="unverified"] button.row').first().click();
  shown.card = await page.locator('fact-check [part~="card"] .card-head .verdict').evaluate((e) => e.lastChild.textContent);
  await page.keyboard.press('Escape');
  return shown;
}

/** Requests beyond the page and the widget's own files (none at all for the page opened from disk). */
function strayRequests(p, where, origin, pageUrl) {
  return where === 'module' ? foreignRequests(p.requests, origin, ['/fixtures/embed.html'])
    : p.requests.filter((u) => u !== pageUrl && !/^(data|blob):/.test(u));
}

describe('the Sources area of <fact-check>', { skip: skipReason('factcheck.html') }, () => {
  let browser, server, dir;
  before(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startServer({ policy: embedCsp })]);
    dir = mkdtempSync(join(tmpdir(), 'fc-sources-ui-'));
    copyFileSync(join(dist, 'factcheck.html'), join(dir, 'factcheck.html'));
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** A fresh page of `where` with the widget ready, and its URL. */
  async function open(where, options = {}) {
    const p = await openPage(browser, options);
    const url = where === 'module' ? `${server.origin}/fixtures/embed.html`
      : pathToFileURL(join(dir, 'factcheck.html')).href;
    await p.page.goto(url);
    await widgetReady(p.page);
    return { p, page: p.page, url };
  }

  for (const where of ['module', 'file://']) {
    test(`${where}: paste a source, see it listed; a refused one keeps its text; the against choice changes verdicts; remove; clear`, async () => {
      const { p, page } = await open(where);
      try {
        await openSources(page);
        let shown = await area(page);
        assert.deepEqual(shown.list, []);
        assert.equal(shown.empty, true, '"No sources yet." is not shown with no sources');
        assert.equal(shown.against, 'facts', 'with no sources the text is checked against the fact base');

        await pasteSource(page, release, 'release.txt', '2025-03-04');
        shown = await settled(page);
        const [info] = await page.evaluate(() => document.querySelector('fact-check').sources());
        assert.ok(info.facts >= 2, `facts learned: ${info.facts}`);
        assert.deepEqual(shown.list, [`release.txt 2025-03-04 \u00b7 ${info.facts} facts learned Remove`]);
        assert.equal(shown.status, `Added release.txt: ${info.facts} facts learned.`);
        assert.equal(shown.empty, false);
        assert.equal(shown.against, 'sources', 'once there are sources the text is checked against them');
        assert.equal(await page.getByLabel('Paste a source').inputValue(), '', 'an added source stays in the box');

        // Refused: the same name again, then a date that is not one. What was typed stays.
        const other = `${release} The utility has 900 staff.`;
        await pasteSource(page, other, 'release.txt');
        shown = await settled(page);
        assert.match(shown.status, /^release\.txt was not added: .*learn\.duplicate_name$/, shown.status);
        assert.equal(await page.getByLabel('Paste a source').inputValue(), other, 'a refused source lost its text');
        assert.equal(await page.getByLabel('Name', { exact: true }).inputValue(), 'release.txt');
        await page.getByLabel('Name', { exact: true }).fill('staff.txt');
        await page.getByLabel('Date (optional)').fill('2025-13-45');
        await page.getByRole('button', { name: 'Add source' }).click();
        shown = await settled(page);
        assert.match(shown.status, /^staff\.txt was not added: .*2025-13-45.*learn\.bad_date$/, shown.status);
        assert.equal(await page.getByLabel('Paste a source').inputValue(), other, 'a refused source lost its text');
        assert.equal(await page.getByLabel('Date (optional)').inputValue(), '2025-13-45', 'a refused date was lost');
        assert.equal(shown.list.length, 1, 'a refused source was listed');
        const statusLive = await page.evaluate(() => document.querySelector('fact-check').shadowRoot
          .querySelector('.sources-status').getAttribute('aria-live'));
        assert.equal(statusLive, 'polite', 'the area\'s status is not a live region');

        // What the text is checked against, by the radio group.
        await pasteText(page, draft);
        let seen = await verdictsBecome(page, { '1.6 million homes': 'contradicted' });
        assert.deepEqual([seen['\u00a3412 million'], seen['1.6 million homes'], seen['$14 billion']],
          ['supported', 'contradicted', 'unverified'], `against the sources: ${JSON.stringify(seen)}`);
        assert.deepEqual(await unverifiedNamed(page, 'not in the sources'),
          { filter: 'not in the sources', rows: ['Not in the sources'], card: 'Not in the sources' },
          'against the sources alone, an unverified figure is named for them');
        await page.getByRole('radio', { name: 'The fact base' }).check();
        seen = await verdictsBecome(page, { '1.6 million homes': 'unverified', '$14 billion': 'supported' });
        assert.deepEqual([seen['1.6 million homes'], seen['$14 billion']], ['unverified', 'supported'],
          `against the fact base: ${JSON.stringify(seen)}`);
        assert.equal(await page.evaluate(() => document.querySelector('fact-check').getAttribute('against')), 'facts');
        assert.deepEqual(await unverifiedNamed(page, 'not in the fact base'),
          { filter: 'not in the fact base', rows: ['Not in the fact base'], card: 'Not in the fact base' });
        await page.getByRole('radio', { name: 'Both' }).check();
        seen = await verdictsBecome(page, { '1.6 million homes': 'contradicted', '$14 billion': 'supported' });
        assert.deepEqual([seen['1.6 million homes'], seen['$14 billion']], ['contradicted', 'supported'],
          `against both: ${JSON.stringify(seen)}`);
        assert.deepEqual(await unverifiedNamed(page, 'not in the fact base or the sources'),
          { filter: 'not in the fact base or the sources', rows: ['Not in the fact base or the sources'],
            card: 'Not in the fact base or the sources' }, 'against both, an unverified figure is named for both');
        assert.equal(await page.locator('fact-check li[data-verdict="unverified"] .row-detail').first().textContent(),
          'Neither the fact base nor a source covers it');
        // The radio group follows the property.
        await page.evaluate(() => { document.querySelector('fact-check').against = 'sources'; });
        assert.equal((await area(page)).against, 'sources');

        // The refused source, now with a date, and a second one; then remove one, then clear.
        await page.getByLabel('Date (optional)').fill('2025-03-05');
        await page.getByRole('button', { name: 'Add source' }).click();
        shown = await settled(page);
        assert.equal(shown.list.length, 2, shown.status);
        assert.match(shown.list[1], /^staff\.txt 2025-03-05 \u00b7 \d+ facts learned Remove$/);
        await page.getByRole('button', { name: 'Remove release.txt' }).click();
        shown = await settled(page);
        assert.equal(shown.status, 'Removed release.txt.');
        assert.deepEqual(shown.list.map((s) => s.split(' ')[0]), ['staff.txt']);
        assert.deepEqual(await page.evaluate(() => document.querySelector('fact-check').sources().map((s) => s.name)),
          ['staff.txt']);
        await page.getByRole('button', { name: 'Clear all' }).click();
        shown = await settled(page);
        assert.deepEqual(shown.list, []);
        assert.equal(shown.empty, true);
        assert.deepEqual(await page.evaluate(() => document.querySelector('fact-check').sources()), []);
        seen = await verdictsBecome(page, { '1.6 million homes': 'unverified' });
        assert.equal(seen['1.6 million homes'], 'unverified', 'the cleared sources still count');
        assert.deepEqual(p.pageErrors, [], 'uncaught errors in the page');
      } finally {
        await p.close();
      }
    });

    test(`${where}: files chosen and dropped; names made unique; HTML read as text, running and loading nothing`, async () => {
      const { p, page, url } = await open(where);
      try {
        await openSources(page);
        const files = page.locator('fact-check [part="source-drop"] input[type="file"]');
        await files.setInputFiles([
          { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from(release) },
          { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
        ]);
        let shown = await settled(page);
        assert.match(shown.status, /^Added notes\.txt \(\d+ facts\)\. photo\.png was not added: .*widget\.unsupported_file$/,
          shown.status);
        await files.setInputFiles([{ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from(release) }]);
        shown = await settled(page);
        assert.deepEqual(shown.list.map((s) => s.replace(/ \d+ facts learned Remove$/, '')), ['notes.txt', 'notes (2).txt'],
          'an undated source is listed with its facts learned');

        // A drop: a DataTransfer holding the HTML file, as the browser gives one.
        const drop = page.locator('fact-check [part="source-drop"]');
        const transfer = await page.evaluateHandle((html) => {
          const dt = new DataTransfer();
          dt.items.add(new File([html], 'brindle.html', { type: 'text/html' }));
          return dt;
        }, brindleHtml);
        await drop.dispatchEvent('dragover', { dataTransfer: transfer });
        assert.equal(await drop.getAttribute('data-over'), '', 'dragging a file over the drop zone does not show');
        await drop.dispatchEvent('drop', { dataTransfer: transfer });
        shown = await settled(page);
        assert.match(shown.status, /^Added brindle\.html \(\d+ facts?\)\.$/, shown.status);
        assert.equal(await drop.getAttribute('data-over'), null);
        const text = await page.evaluate(() => document.querySelector('fact-check').sourceText('brindle.html'));
        assert.equal(text, brindleText, 'the HTML source\'s text is its visible text');
        const seen = await page.evaluate(async () => {
          const report = await document.querySelector('fact-check').check('Brindle Mills employs 900 people.');
          return report.claims.map((c) => [c.text, c.verdict, c.source?.document]);
        });
        assert.deepEqual(seen, [['900 people', 'contradicted', 'brindle.html']]);

        await page.waitForTimeout(500);  // time for a handler or a load to happen, were there one
        assert.equal(await page.evaluate(() => window.__sourcePwned), undefined, 'the HTML source ran a script');
        assert.deepEqual(strayRequests(p, where, server.origin, url), [], 'requests made for the HTML source');
        assert.deepEqual((await page.evaluate(() => window.__fcTest.dangerous())).shadow, [],
          'elements of the HTML source in the widget');
        assert.deepEqual(p.pageErrors, [], 'uncaught errors in the page');
      } finally {
        await p.close();
      }
    });

    test(`${where}: a card quotes its source's sentence; the quote opens the source scrolled to it`, async () => {
      const { p, page } = await open(where, { viewport: { width: 1280, height: 800 } });
      try {
        await openSources(page);
        await page.locator('fact-check [part="source-drop"] input[type="file"]')
          .setInputFiles([{ name: 'minutes.txt', mimeType: 'text/plain', buffer: Buffer.from(minutes) }]);
        assert.match((await settled(page)).status, /^Added minutes\.txt/);
        await page.evaluate((t) => document.querySelector('fact-check').check(t), minutesDraft);
        const report = await waitForResult(page, minutesDraft);
        const at = report.claims.findIndex((c) => c.text === '5,900 people');
        assert.equal(report.claims[at]?.verdict, 'contradicted', JSON.stringify(report.claims));
        // The engine speaks bytes: before the sentence they are well ahead of string indices here.
        const [from] = report.claims[at].source.sentence;
        const start = minutes.indexOf(sentence);
        assert.equal(from, Buffer.byteLength(minutes.slice(0, start)));
        assert.ok(from - start > 100, `bytes ${from}, string index ${start}`);

        await page.locator(`fact-check [part="result"] mark[data-claim="${at}"]`).click();
        const quote = page.locator('fact-check [part="card"] [data-source-quote]');
        assert.equal(await quote.evaluate((n) => n.localName), 'button', 'the quote is not a button');
        assert.equal((await quote.locator('q').innerText()).replace(/[\u201c\u201d]/g, ''), sentence);
        assert.equal(await quote.locator('.figure').innerText(), '5,200 people', 'the fact\'s figure is not highlighted');

        // By keyboard: focus the quote, Enter.
        await quote.focus();
        await page.keyboard.press('Enter');
        const view = page.locator('fact-check [part="source-view"]');
        await view.waitFor({ state: 'visible', timeout: 3000 });
        const seen = await page.evaluate(() => {
          const r = document.querySelector('fact-check').shadowRoot;
          const dialog = r.querySelector('[part="source-view"]');
          const box = dialog.querySelector('.viewer-text');
          const hit = box.querySelector('.source-hit');
          const inner = box.getBoundingClientRect();
          const outer = hit.getBoundingClientRect();
          return {
            modal: dialog.open && dialog.matches(':modal'), title: dialog.querySelector('.viewer-title').textContent,
            hit: hit.textContent, text: box.textContent, scrolled: box.scrollTop,
            inView: outer.top >= inner.top && outer.bottom <= inner.bottom, focus: dialog.contains(r.activeElement),
          };
        });
        assert.equal(seen.modal, true, 'the source is not shown in a modal dialog');
        assert.equal(seen.title, 'minutes.txt');
        assert.equal(seen.hit, sentence, 'the highlighted sentence is not the claim\'s');
        assert.equal(seen.text, minutes, 'the view does not show the whole source');
        assert.ok(seen.scrolled > 0 && seen.inView, `the view is not scrolled to the sentence (${seen.scrolled})`);
        assert.equal(seen.focus, true, 'focus is not in the view');
        await page.keyboard.press('Escape');
        await view.waitFor({ state: 'hidden', timeout: 3000 });
        assert.equal(await quote.evaluate((n) => n.getRootNode().activeElement === n), true,
          'focus did not return to the quote');
        assert.equal((await p.probe('card')).shown, true, 'the card closed under the view');
        assert.deepEqual(p.pageErrors, [], 'uncaught errors in the page');
      } finally {
        await p.close();
      }
    });
  }

  test('module: the area at 360 px, light and dark, fits; the picture of the area for docs/', async () => {
    for (const [width, colorScheme] of [[360, 'dark'], [360, 'light'], [1280, 'light']]) {
      const { p, page } = await open('module', { viewport: { width, height: 900 }, colorScheme });
      try {
        await page.evaluate(async ([a, b]) => {
          const el = document.querySelector('fact-check');
          await el.addSource(a, { name: 'release.txt', date: '2025-03-04' });
          await el.addSource(b, { name: 'minutes.txt' });
        }, [release, minutes]);
        await openSources(page);
        const text = 'Tarn Valley Water will spend \u00a3412 million on new reservoirs, its chief executive said. ' +
          'The company serves 1.6 million homes.\n\nIts neighbour Harrow Foods employs 5,900 people in 41 shops, ' +
          'according to a letter read to the council.';
        await page.evaluate((t) => document.querySelector('fact-check').check(t), text);
        const report = await waitForResult(page, text);
        const at = report.claims.findIndex((c) => c.text === '1.6 million homes');
        await page.locator(`fact-check [part="result"] mark[data-claim="${at}"]`).click();
        await page.locator('fact-check [data-source-quote]').waitFor();
        await page.waitForTimeout(250);
        const wide = await page.evaluate(() => [...document.querySelector('fact-check').shadowRoot.querySelectorAll('*')]
          .filter((n) => n.getBoundingClientRect().right > window.innerWidth + 0.5 && n.checkVisibility())
          .map((n) => n.className || n.localName));
        assert.deepEqual(wide, [], `${colorScheme} at ${width} px: elements wider than the page`);
        const file = screenshotPath(`widget-sources-${colorScheme}-${width}.png`);
        // The widget and the card, which may hang below it: the picture must show the card's quote.
        const clip = await page.evaluate(() => {
          const boxes = [document.querySelector('fact-check'),
            document.querySelector('fact-check').shadowRoot.querySelector('[part="card"]')].map((n) => n.getBoundingClientRect());
          const left = Math.min(...boxes.map((b) => b.left));
          const top = Math.min(...boxes.map((b) => b.top));
          return { x: left + scrollX, y: top + scrollY, width: Math.max(...boxes.map((b) => b.right)) - left,
            height: Math.max(...boxes.map((b) => b.bottom)) - top + 8 };
        });
        await page.screenshot({ path: file, clip, fullPage: true });
        if (width === 1280 && process.env.FACTCHECK_DOCS_SCREENSHOTS === '1') {
          const docs = join(root, 'docs/widget-sources.png');
          copyFileSync(file, docs);
          console.log(`wrote ${docs} (${statSync(docs).size} bytes)`);
        }
        assert.deepEqual(await p.cspViolations(), [], 'CSP violations');
      } finally {
        await p.close();
      }
    }
  });
});
