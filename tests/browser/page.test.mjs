// The two pages users open: dist/index.html served over http under the strict CSP, and
// dist/factcheck.html opened from disk (a copy alone in an empty folder, so it must be self-contained).
// Each: the known text's marks, summary and status; the claim card by click and hover; no CSP violation;
// no request beyond the widget's own files (none at all from disk).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  assertKnownResult, dist, foreignRequests, knownText, launchBrowser, openPage, pasteText,
  skipReason, startServer, waitForResult, whatTheWidgetSays, widgetReady,
  useBrowserAndServer,
} from './helpers.mjs';

const verdicts = ['supported', 'contradicted', 'outdated', 'unverified'];

/** Opens the claim card of mark `i` by `how` ('click' or 'hover') and returns what the card shows. */
async function openCard(page, probe, i, how) {
  const mark = page.locator(`fact-check [part="result"] mark[data-claim="${i}"]`);
  if (how === 'hover') await mark.hover();
  else await mark.click();
  await page.waitForFunction(() => window.__fcTest.card()?.shown, null, { timeout: 3000 }).catch(() => {});
  return probe('card');
}

/** The card of the contradicted "$1.4 billion": every field, from the report. */
function assertContradictedCard(card, claim) {
  assert.ok(card, 'no [part="card"] in the shadow root');
  assert.equal(card.shown, true, '[part="card"] is not shown after opening a claim');
  assert.equal(card.role, 'dialog', '[part="card"] role');
  assert.equal(card.label, 'Claim details', '[part="card"] aria-label');
  assert.ok(card.claimed?.includes('$1.4 billion'), `[data-field="claimed"] says "${card.claimed}"`);
  assert.ok(card.expected?.includes('nearly $14 billion'), `[data-field="expected"] says "${card.expected}"`);
  assert.match(card.deviation ?? '', /90\s*%/, `[data-field="deviation"] says "${card.deviation}"`);
  assert.equal(card.explanation, claim.explanation, '[data-field="explanation"] is the report\'s explanation');
  // Why this fact: the engine's words for what bound the figure to it.
  assert.equal(card.why, claim.binding.why, '[data-field="why"] is the report\'s binding.why');
  assert.match(card.why ?? '', /^Bound to this fact by .*Microsoft and OpenAI named/, `[data-field="why"] says "${card.why}"`);
  assert.ok(card.source?.includes('Mint') && /2025-01-23|23 January 2025|January 23, 2025/.test(card.source),
    `[data-field="source"] says "${card.source}", wanted the publisher and date`);
}

/** What every page must show for the known text, and the card's fields, by click and by hover. */
async function knownTextAndCard(page, probe) {
  const report = await waitForResult(page, knownText);
  await assertKnownResult(probe, report);
  const parts = {
    result: await probe('attrs', '[part="result"]', ['role', 'aria-label']),
    list: await probe('attrs', '[part="list"]', ['role']),
  };
  assert.deepEqual(parts.result, { role: 'region', 'aria-label': 'Checked text' }, '[part="result"] ARIA');
  assert.deepEqual(parts.list, { role: 'list' }, '[part="list"] ARIA');
  assertContradictedCard(await openCard(page, probe, 1, 'click'), report.claims[1]);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !window.__fcTest.card()?.shown, null, { timeout: 3000 }).catch(() => {});
  assert.equal((await probe('card')).shown, false, 'Escape does not close [part="card"]');
  // Hover opens the card too, on the claim hovered.
  const hovered = await openCard(page, probe, 2, 'hover');
  assert.equal(hovered.shown, true, '[part="card"] does not open on hover');
  assert.ok(hovered.claimed?.includes('$13 billion'), `hovering "$13 billion" shows claimed "${hovered.claimed}"`);
  assert.equal(hovered.explanation, report.claims[2].explanation);
  return report;
}

describe('served page: dist/index.html over http, under the strict CSP', { skip: skipReason('index.html') }, () => {
  const env = useBrowserAndServer();

  test('the sample text is checked on load: one mark per claim, every verdict, counts that add up', async () => {
    const p = await openPage(env.browser);
    try {
      await p.page.goto(`${env.server.origin}/`);
      await widgetReady(p.page);
      await p.page.waitForFunction(() => window.__fcTest.marks().length > 0, null, { timeout: 10_000 })
        .catch(async (e) => assert.fail(`no marks: ${e.message}\n${await whatTheWidgetSays(p.page)}`));
      const { report, text } = await p.page.evaluate(() => ({
        report: document.querySelector('fact-check').report,
        text: document.querySelector('fact-check').shadowRoot.querySelector('textarea').value,
      }));
      const marks = await p.probe('marks');
      assert.equal(await p.probe('resultText'), text, '[part="result"] shows the sample text exactly');
      assert.deepEqual(marks.map((m) => [m.claim, m.verdict, m.text]),
        report.claims.map((c, i) => [String(i), c.verdict, c.text]), 'marks follow element.report');
      for (const v of verdicts) {
        assert.ok(marks.some((m) => m.verdict === v),
          `the sample text has no ${v} claim (contract: it mixes all four)`);
      }
      const summary = await p.probe('summary');
      for (const v of verdicts) {
        const n = marks.filter((m) => m.verdict === v).length;
        assert.equal(report.summary[v], n);
        assert.match(summary[v]?.text ?? '', new RegExp(`^\\D*${n}\\b`),
          `[data-filter="${v}"] says "${summary[v]?.text}", wanted ${n}`);
      }
      // The page documents the embed snippet.
      const body = await p.page.evaluate(() => document.body.innerText);
      assert.ok(body.includes('<script type="module"') && body.includes('widget.js') && body.includes('<fact-check'),
        'dist/index.html shows no embed snippet (<script type="module" src=".../widget.js"> + <fact-check>)');
      assert.deepEqual(p.pageErrors, [], 'uncaught errors in the page');
    } finally {
      await p.close();
    }
  });

  test('known claims pasted (clipboard, Ctrl+V, Ctrl+Enter): marks, verdicts, summary, status, card', async () => {
    const p = await openPage(env.browser);
    try {
      await p.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
      await p.page.goto(`${env.server.origin}/index.html`);
      await widgetReady(p.page);
      await p.page.evaluate((t) => navigator.clipboard.writeText(t), knownText);
      const box = p.page.getByRole('textbox', { name: 'Text to check' });
      await box.focus();
      await p.page.keyboard.press('ControlOrMeta+A');
      await p.page.keyboard.press('ControlOrMeta+V');
      assert.equal(await box.inputValue(), knownText, 'the paste reached the textarea');
      await p.page.keyboard.press('Control+Enter');
      await knownTextAndCard(p.page, p.probe);
      assert.deepEqual(p.pageErrors, [], 'uncaught errors in the page');
    } finally {
      await p.close();
    }
  });

  test('no CSP violation, no request but the widget\'s files: check, card, filter, export, dark mode', async () => {
    const p = await openPage(env.browser);
    try {
      await p.page.goto(`${env.server.origin}/`);
      await widgetReady(p.page);
      await pasteText(p.page, knownText);
      await p.page.getByRole('button', { name: 'Check', exact: true }).click();
      await knownTextAndCard(p.page, p.probe);
      await p.page.locator('fact-check [part="summary"] [data-filter="contradicted"]').click();
      await p.page.evaluate(() =>
        ['markdown', 'json', 'claimreview'].map((f) => document.querySelector('fact-check').exportReport(f)));
      await p.page.emulateMedia({ colorScheme: 'dark' });
      await p.page.waitForTimeout(300);
      assert.deepEqual(await p.cspViolations(), [], 'CSP violations on dist/index.html');
      const paths = p.requests.map((u) => new URL(u).pathname);
      assert.ok(paths.includes('/widget.js'), 'widget.js was not requested');
      assert.ok(paths.some((x) => /^\/factcheck-core[a-z-]*\.(mjs|wasm|js)$/.test(x)),
        `no engine file requested: ${paths.join(' ')}`);
      assert.deepEqual(foreignRequests(p.requests, env.server.origin), [], 'requests beyond the widget\'s own files');
      assert.deepEqual(p.pageErrors, [], 'uncaught errors in the page');
      // The recorder itself works: an inline style attribute is a violation under style-src 'self'.
      await p.page.evaluate(() => document.body.setAttribute('style', 'outline: 1px solid red'));
      await p.page.waitForFunction(() => window.__fcTest.csp.length > 0, null, { timeout: 3000 });
    } finally {
      await p.close();
    }
  });
  test('with the strict policy on every response, as a site-wide header sets it (the worker gets it too)', async () => {
    const strictEverywhere = await startServer({ everyResponse: true });
    const p = await openPage(env.browser);
    try {
      await p.page.goto(`${strictEverywhere.origin}/`);
      await widgetReady(p.page);
      await pasteText(p.page, knownText);
      await p.page.keyboard.press('Control+Enter');
      await waitForResult(p.page, knownText);
      assert.deepEqual((await p.probe('marks')).map((m) => m.verdict),
        ['supported', 'contradicted', 'outdated', 'unverified']);
      assert.deepEqual(await p.cspViolations(), [], 'CSP violations on dist/index.html');
      assert.deepEqual(foreignRequests(p.requests, strictEverywhere.origin), [],
        'requests beyond the widget\'s own files');
    } finally {
      await p.close();
      await strictEverywhere.close();
    }
  });
});

describe('file:// page: dist/factcheck.html alone in a folder, opened from disk', {
  skip: skipReason('factcheck.html'),
}, () => {
  let browser, dir, url;
  before(async () => {
    browser = await launchBrowser();
    dir = mkdtempSync(join(tmpdir(), 'factcheck-file-'));
    copyFileSync(join(dist, 'factcheck.html'), join(dir, 'factcheck.html'));
    url = pathToFileURL(join(dir, 'factcheck.html')).href;
  });
  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('carries its own strict CSP in a <meta>, with no unsafe-inline or unsafe-eval', () => {
    const html = readFileSync(join(dist, 'factcheck.html'), 'utf8');
    const meta = html.match(/<meta[^>]+http-equiv=["']?Content-Security-Policy["']?[^>]*>/i);
    assert.ok(meta, 'dist/factcheck.html has no <meta http-equiv="Content-Security-Policy">');
    const policy = meta[0].match(/content=(["'])(.*?)\1/i)?.[2] ?? '';
    assert.match(policy, /default-src 'none'/, `policy: ${policy}`);
    assert.match(policy, /script-src [^;]*'sha256-/, `policy: ${policy}`);
    const tokens = policy.split(/[\s;]+/);
    assert.ok(!tokens.includes("'unsafe-inline'") && !tokens.includes("'unsafe-eval'"), `policy: ${policy}`);
    assert.doesNotMatch(html, /<script[^>]*type=["']?module/i,
      'factcheck.html uses an ES module (they do not run from file://)');
    assert.doesNotMatch(html, /<script[^>]+src=/i, 'factcheck.html loads an external script');
  });

  test('known text: marks, verdicts, summary, status, card; no CSP violation; no network at all', async () => {
    const p = await openPage(browser);
    try {
      await p.page.goto(url);
      await widgetReady(p.page);
      await pasteText(p.page, knownText);
      await p.page.keyboard.press('Control+Enter');
      await knownTextAndCard(p.page, p.probe);
      await p.page.emulateMedia({ colorScheme: 'dark' });
      await p.page.waitForTimeout(200);
      assert.deepEqual(await p.cspViolations(), [], 'CSP violations on dist/factcheck.html');
      assert.deepEqual(p.requests.filter((u) => /^(https?|wss?):/.test(u)), [],
        'network requests from the file:// page');
      assert.deepEqual(p.requests.filter((u) => u !== url && !/^(data|blob):/.test(u)), [],
        'factcheck.html loaded files beside it (it must be self-contained)');
      assert.deepEqual(p.pageErrors, [], 'uncaught errors in the page');
    } finally {
      await p.close();
    }
  });
});
