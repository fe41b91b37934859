// Embedding: a page of ours with only `<script type="module" src="/widget.js">` and `<fact-check>`
// (tests/browser/fixtures/embed*.html). The factcheck-result event, check(text), the report and text
// properties and attributes, and the facts attribute with an invented fact base, merged and replacing;
// a facts URL that fails is announced with its code. Requests: the widget's files and the facts URL only.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  embedCsp, foreignRequests, inventedFacts, inventedText, knownText, openPage, skipReason,
  useBrowserAndServer, waitForResult, widgetReady,
} from './helpers.mjs';

describe('embedding <fact-check> in a page of ours', { skip: skipReason() }, () => {
  const env = useBrowserAndServer({ policy: embedCsp });

  test('check(text) resolves with the report; factcheck-result (bubbles, composed) and .report are the same', async () => {
    const p = await openPage(env.browser);
    try {
      await p.page.goto(`${env.server.origin}/fixtures/embed.html`);
      await widgetReady(p.page);
      const out = await p.page.evaluate(async (t) => {
        const el = document.querySelector('fact-check');
        const seen = [];
        window.addEventListener('factcheck-result', (e) => seen.push(e.detail));
        const returned = el.check(t);
        const isPromise = typeof returned?.then === 'function';
        const report = await returned;
        await new Promise((r) => setTimeout(r, 50));
        return { isPromise, report, seenOnWindow: seen, property: el.report };
      }, knownText);
      assert.equal(out.isPromise, true, 'check(text) does not return a Promise');
      assert.deepEqual(out.report.summary, { supported: 1, contradicted: 1, outdated: 1, unverified: 1 });
      assert.deepEqual(out.report.claims.map((c) => c.text),
        ['$14 billion', '$1.4 billion', '$13 billion', '228,000 people']);
      assert.equal(out.report.factbase.name, 'Microsoft, OpenAI and Stargate');
      assert.deepEqual(out.property, out.report, 'element.report is not the last report');
      assert.equal(out.seenOnWindow.length, 1,
        `factcheck-result reached window ${out.seenOnWindow.length} times for one check`);
      assert.deepEqual(out.seenOnWindow[0], out.report, 'the event\'s detail is not the report check() returned');
      const events = await p.page.evaluate(() =>
        window.__fcTest.events.map(({ bubbles, composed, target }) => ({ bubbles, composed, target })));
      assert.deepEqual(events.at(-1), { bubbles: true, composed: true, target: 'fact-check' },
        'factcheck-result event flags and target');
      await waitForResult(p.page, knownText);

      // check() with no argument checks the current text again; the text box shows the text checked.
      const again = await p.page.evaluate(() => document.querySelector('fact-check').check());
      assert.deepEqual(again.summary, out.report.summary, 'check() with no text');
      assert.equal(await p.page.getByRole('textbox', { name: 'Text to check' }).inputValue(), knownText,
        'check(text) did not put the text in the text box');
      assert.deepEqual(p.pageErrors, [], 'uncaught errors in the page');
    } finally {
      await p.close();
    }
  });

  test('the text attribute is checked on change, and a factcheck-result event follows every check', async () => {
    const p = await openPage(env.browser);
    try {
      await p.page.goto(`${env.server.origin}/fixtures/embed.html`);
      await widgetReady(p.page);
      const before = await p.page.evaluate(() => window.__fcTest.events.length);
      await p.page.evaluate((t) => document.querySelector('fact-check').setAttribute('text', t), knownText);
      const report = await waitForResult(p.page, knownText);
      assert.deepEqual(report.summary, { supported: 1, contradicted: 1, outdated: 1, unverified: 1 });
      const text2 = 'Microsoft has invested $1.4 billion in OpenAI.';
      await p.page.evaluate((t) => document.querySelector('fact-check').setAttribute('text', t), text2);
      const report2 = await waitForResult(p.page, text2);
      assert.deepEqual(report2.summary, { supported: 0, contradicted: 1, outdated: 0, unverified: 0 });
      const events = await p.page.evaluate(() => window.__fcTest.events.map((e) => e.detail.summary));
      assert.ok(events.length - before >= 2, `${events.length - before} factcheck-result events for two checks`);
      assert.deepEqual(events.at(-1), report2.summary);
    } finally {
      await p.close();
    }
  });

  test('facts="…" facts-mode="merge" in the markup: invented facts on top of the bundled ones; that URL fetched once', async () => {
    const p = await openPage(env.browser);
    try {
      await p.page.goto(`${env.server.origin}/fixtures/embed-facts.html`);
      await widgetReady(p.page);
      const report = await waitForResult(p.page, inventedText);
      assert.deepEqual(report.claims.map((c) => [c.text, c.verdict]),
        [['€42 million', 'supported'], ['€58 million', 'contradicted'], ['$14 billion', 'supported']]);
      assert.deepEqual(report.factbase.layers.map((l) => l.name),
        ['Microsoft, OpenAI and Stargate', inventedFacts.name]);
      assert.equal(report.claims[0].source?.publisher, 'Brambleton Courier');
      const facts = p.requests.filter((u) => u.endsWith('/fixtures/invented-facts.json'));
      assert.equal(facts.length, 1, `the facts URL was requested ${facts.length} times`);
      const allowed = ['/fixtures/embed-facts.html', '/fixtures/invented-facts.json'];
      assert.deepEqual(foreignRequests(p.requests, env.server.origin, allowed), [],
        'requests beyond the widget\'s files and the facts URL');
      assert.deepEqual(await p.cspViolations(), [], 'CSP violations');
      assert.deepEqual(p.pageErrors, [], 'uncaught errors in the page');
    } finally {
      await p.close();
    }
  });

  test('setting facts (default mode: replace) re-checks against the invented facts alone', async () => {
    const p = await openPage(env.browser);
    try {
      await p.page.goto(`${env.server.origin}/fixtures/embed.html`);
      await widgetReady(p.page);
      await p.page.evaluate((t) => document.querySelector('fact-check').check(t), inventedText);
      const bundled = await waitForResult(p.page, inventedText);
      assert.deepEqual(bundled.claims.map((c) => c.verdict), ['unverified', 'unverified', 'supported'],
        'with the bundled facts alone');
      const n = await p.page.evaluate(() => window.__fcTest.events.length);
      await p.page.evaluate(() =>
        document.querySelector('fact-check').setAttribute('facts', '/fixtures/invented-facts.json'));
      await p.page.waitForFunction((k) => window.__fcTest.events.length > k, n, { timeout: 10_000 });
      const report = await p.page.evaluate(() => document.querySelector('fact-check').report);
      assert.equal(report.factbase.name, inventedFacts.name, 'the report\'s fact base after setting facts');
      assert.equal(report.factbase.layers.length, 1, 'replace mode: one layer');
      assert.deepEqual(report.claims.map((c) => [c.text, c.verdict]),
        [['€42 million', 'supported'], ['€58 million', 'contradicted'], ['$14 billion', 'unverified']]);
      await waitForResult(p.page, inventedText);
      assert.deepEqual((await p.probe('marks')).map((m) => m.verdict), ['supported', 'contradicted', 'unverified']);
      const allowed = ['/fixtures/embed.html', '/fixtures/invented-facts.json'];
      assert.deepEqual(foreignRequests(p.requests, env.server.origin, allowed), []);
      assert.deepEqual(p.pageErrors, [], 'uncaught errors in the page');
    } finally {
      await p.close();
    }
  });

  test('a facts URL that fails (an invalid fact base, a 404) is announced in [part="status"] with its code', async () => {
    const p = await openPage(env.browser);
    try {
      await p.page.goto(`${env.server.origin}/fixtures/embed.html`);
      await widgetReady(p.page);
      await p.page.evaluate(() =>
        document.querySelector('fact-check').setAttribute('facts', '/fixtures/broken-facts.json'));
      await p.page.waitForFunction(() => /factbase\./.test(window.__fcTest.status()?.text ?? ''), null,
        { timeout: 10_000 }).catch(() => {});
      let status = await p.probe('status');
      assert.match(status?.text ?? '', /factbase\.unknown_entity/,
        `[part="status"] says "${status?.text}" for an invalid fact base`);
      await p.page.evaluate(() => document.querySelector('fact-check').setAttribute('facts', '/fixtures/missing.json'));
      // The status changes from the first error to the second. An error code looks like
      // "factbase.unknown_entity" (the URL's file name "missing.json" is taken out, lest it pass for one).
      const code = (t) => (t ?? '').replace(/\S*missing\.json\S*/g, '').match(/\b[a-z]+\.[a-z_]+\b/)?.[0];
      await p.page.waitForFunction((prev) => {
        const t = window.__fcTest.status()?.text ?? '';
        return t !== prev && !/loading|checking/i.test(t);
      }, status?.text, { timeout: 10_000 }).catch(() => {});
      status = await p.probe('status');
      assert.doesNotMatch(status?.text ?? '', /factbase\.unknown_entity/, 'the status still shows the previous error');
      assert.ok(code(status?.text), `[part="status"] says "${status?.text}" for a 404 facts URL: no error code`);
      assert.doesNotMatch(status.text, /^Checked/, 'a failed facts URL is announced as a check');
      assert.deepEqual(p.pageErrors, [], 'uncaught errors in the page');
    } finally {
      await p.close();
    }
  });
});
