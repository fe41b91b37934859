// Sources in the <fact-check> widget: addSource() / removeSource() / clearSources() / against, on the
// embedding fixture (the ES module build, engine in a worker) and on dist/factcheck.html opened from disk
// (the classic build). A source's figures become facts: a draft that agrees with it is supported, one that
// changes a figure is contradicted, and sources outlive a change of fact base.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  dist, embedCsp, inventedFacts, launchBrowser, openPage, skipReason, startServer, widgetReady,
} from './helpers.mjs';

// An invented release, with a no-break space, curly quotes and a dash, as agencies write them.
const release =
  'Tarn Valley Water Ltd said on Tuesday it will spend \u00a3412\u00a0million on new reservoirs by 2029. ' +
  'The utility serves 1.3 million homes. \u201cWe are building for drought,\u201d said chief executive ' +
  'Ruth Akers \u2013 who joined in 2021.';
const draft = 'Tarn Valley Water will spend \u00a3412 million on reservoirs. The company serves 1.6 million homes.';

/** Verdicts of the claims of `text`, by the claim's text. */
async function verdicts(page, text) {
  return page.evaluate(async (t) => {
    const report = await document.querySelector('fact-check').check(t);
    return Object.fromEntries(report.claims.map((c) => [t.slice(c.start, c.end), c.verdict]));
  }, text);
}

/** Runs `body(page)` against the widget of each build: the served module build and the file:// page. */
function bothBuilds(body) {
  let browser, server, dir;
  const pages = [];
  before(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startServer({ policy: embedCsp })]);
    dir = mkdtempSync(join(tmpdir(), 'fc-sources-'));
    copyFileSync(join(dist, 'factcheck.html'), join(dir, 'factcheck.html'));
  });
  after(async () => {
    for (const p of pages) await p.close();
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  const open = async (where) => {
    const p = await openPage(browser);
    pages.push(p);
    await p.page.goto(where === 'module' ? `${server.origin}/fixtures/embed.html`
      : pathToFileURL(join(dir, 'factcheck.html')).href);
    await widgetReady(p.page);
    return p;
  };
  for (const where of ['module', 'file://']) test(where, async (t) => body(t, await open(where)));
}

describe('<fact-check> checks against sources', { skip: skipReason('factcheck.html') }, () => {
  bothBuilds(async (t, p) => {
    const { page } = p;
    const info = await page.evaluate((text) =>
      document.querySelector('fact-check').addSource(text, { name: 'release.txt', date: '2025-03-04' }), release);
    assert.equal(info.name, 'release.txt');
    assert.equal(info.date, '2025-03-04');
    assert.ok(info.facts >= 2, `facts learned from the release: ${info.facts}`);
    assert.equal(await page.evaluate(() => document.querySelector('fact-check').against), 'sources');

    const seen = await verdicts(page, draft);
    assert.equal(seen['\u00a3412 million'], 'supported', JSON.stringify(seen));
    assert.equal(seen['1.6 million homes'], 'contradicted', JSON.stringify(seen));
    const source = await page.evaluate(async (t) => {
      const el = document.querySelector('fact-check');
      const claim = (await el.check(t)).claims.find((c) => c.verdict === 'contradicted');
      return { document: claim.source.document, text: el.sourceText(claim.source.document) };
    }, draft);
    assert.equal(source.document, 'release.txt');
    assert.equal(source.text, release, 'sourceText() gives the source back as it was given');

    // A refused source changes nothing: the same name again.
    const refused = await page.evaluate(async (text) => {
      const el = document.querySelector('fact-check');
      try {
        await el.addSource(text, { name: 'release.txt' });
        return null;
      } catch (e) {
        return { code: e.code, sources: el.sources().length };
      }
    }, release);
    assert.deepEqual(refused, { code: 'learn.duplicate_name', sources: 1 });

    // Sources outlive a change of fact base; against = 'facts' leaves them aside.
    await page.evaluate((facts) => document.querySelector('fact-check').loadFacts(facts), inventedFacts);
    assert.equal((await verdicts(page, draft))['1.6 million homes'], 'contradicted',
      'the source was forgotten when the fact base changed');
    await page.evaluate(() => { document.querySelector('fact-check').against = 'facts'; });
    assert.equal((await verdicts(page, draft))['1.6 million homes'], 'unverified');
    await page.evaluate(() => { document.querySelector('fact-check').against = 'both'; });
    assert.equal((await verdicts(page, draft))['1.6 million homes'], 'contradicted');

    // Removing it: the draft is in neither the invented fact base nor any source.
    const events = await page.evaluate(async () => {
      const el = document.querySelector('fact-check');
      const heard = [];
      el.addEventListener('factcheck-sources', (e) => heard.push(e.detail.length));
      await el.removeSource('release.txt');
      let unknown = null;
      await el.removeSource('release.txt').catch((e) => { unknown = e.code; });
      return { heard, unknown, left: el.sources().length };
    });
    assert.deepEqual(events, { heard: [0], unknown: 'api.unknown_source', left: 0 });
    assert.equal((await verdicts(page, draft))['1.6 million homes'], 'unverified');
    assert.deepEqual(p.pageErrors, [], 'uncaught errors in the page');
  });
});
