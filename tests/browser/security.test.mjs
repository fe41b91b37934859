// Pasted text is never parsed as HTML: script, onerror and onload payloads, mixed with real claims, come in
// through the text box, the `text` attribute and check(text). Nothing runs, no element is made from them,
// nothing is fetched for them, and the text is shown literally. Under the embedding fixture's strict CSP,
// and with the CSP out of the way too (an embedder without one): the widget itself must not parse the text.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  embedCsp, foreignRequests, openPage, pasteText, skipReason, useBrowserAndServer, waitForResult, widgetReady,
} from './helpers.mjs';

const payloadText =
  'Microsoft has invested nearly $14 billion in OpenAI. <img src=x onerror="window.__pwned=1"> ' +
  'Microsoft has invested $1.4 billion in OpenAI. <script>window.__pwned=2</script>\n' +
  '"><svg onload=window.__pwned=3> Microsoft has invested $13 billion in OpenAI. ' +
  '<iframe srcdoc="<script>parent.__pwned=4</script>"></iframe> <b>not bold</b> &lt;b&gt;not bold either&lt;/b&gt;';

describe('XSS: pasted HTML is text, never markup', { skip: skipReason() }, () => {
  const env = useBrowserAndServer({ policy: embedCsp });

  for (const csp of [true, false]) {
    const how = csp ? 'under the page\'s CSP' : 'with CSP bypassed';
    test(`payloads through the text box, the text attribute and check(), ${how}`, async () => {
      const p = await openPage(env.browser, { bypassCSP: !csp });
      try {
        await p.page.goto(`${env.server.origin}/fixtures/embed.html`);
        await widgetReady(p.page);
        assert.deepEqual(await p.probe('dangerous'), { shadow: [], document: [], bold: 0 }, 'before any text');

        // 1. Pasted into the text box, checked with the Check button.
        await pasteText(p.page, payloadText);
        await p.page.getByRole('button', { name: 'Check', exact: true }).click();
        const report = await waitForResult(p.page, payloadText);
        assert.deepEqual(
          report.claims.filter((c) => c.text.includes('billion')).map((c) => [c.text, c.verdict]),
          [['$14 billion', 'supported'], ['$1.4 billion', 'contradicted'], ['$13 billion', 'outdated']],
          'the claims among the payloads are still found');
        const marks = await p.probe('marks');
        assert.deepEqual(marks.map((m) => m.text), report.claims.map((c) => c.text));
        // Open a card too: it shows parts of the text.
        await p.page.locator('fact-check mark[data-claim="1"]').click();
        await p.page.waitForTimeout(500); // time for an onerror/onload to fire, were there an element
        assert.equal(await p.page.evaluate(() => window.__pwned), undefined, 'a payload ran (text box)');
        assert.deepEqual(await p.probe('dangerous'), { shadow: [], document: [], bold: 0 },
          'elements were made from the pasted text');
        assert.equal(await p.probe('resultText'), payloadText, '[part="result"] does not show the text literally');
        const shown = await p.page.locator('fact-check [part="result"]').innerText();
        const literal = ['<img src=x onerror="window.__pwned=1">', '<script>window.__pwned=2</script>',
          '"><svg onload=window.__pwned=3>', '<b>not bold</b> &lt;b&gt;'];
        assert.ok(literal.every((s) => shown.includes(s)),
          `rendered text lacks the literal payloads: ${shown.slice(0, 300)}`);

        // 2. The text attribute (checked when it changes).
        const attrText = `${payloadText} Again.`;
        await p.page.evaluate((t) => document.querySelector('fact-check').setAttribute('text', t), attrText);
        await waitForResult(p.page, attrText);
        // 3. check(text).
        const methodText = `Again: ${payloadText}`;
        await p.page.evaluate((t) => document.querySelector('fact-check').check(t), methodText);
        await waitForResult(p.page, methodText);
        await p.page.waitForTimeout(300);
        assert.equal(await p.page.evaluate(() => window.__pwned), undefined, 'a payload ran (attribute or check())');
        assert.deepEqual(await p.probe('dangerous'), { shadow: [], document: [], bold: 0 },
          'elements were made from the text');
        // Exports carry the text as data, and nothing of it was fetched (no request for "x").
        await p.page.evaluate(() =>
          ['markdown', 'json', 'claimreview'].map((f) => document.querySelector('fact-check').exportReport(f)));
        assert.deepEqual(foreignRequests(p.requests, env.server.origin, ['/fixtures/embed.html']), [],
          'requests made for the payloads');
        if (csp) assert.deepEqual(await p.cspViolations(), [], 'CSP violations (a blocked payload counts)');
        assert.deepEqual(p.pageErrors, [], 'uncaught errors in the page');
      } finally {
        await p.close();
      }
    });
  }
});
