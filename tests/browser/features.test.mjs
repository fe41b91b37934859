// The summary bar's filters, and the exports: exportReport('markdown' | 'json' | 'claimreview') and the
// "Copy …" buttons that put the same text on the clipboard. On the embedding fixture, with the known text.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  embedCsp, knownClaims, knownText, launchBrowser, openPage, skipReason, startServer, waitForResult, widgetReady,
} from './helpers.mjs';

/** How each verdict must read in words in a ClaimReview's reviewRating.alternateName. */
const verdictWords = {
  supported: /support/i,
  contradicted: /contradict/i,
  outdated: /outdated/i,
  unverified: /not in the fact base|unverified/i,
};

describe('filters and exports', { skip: skipReason() }, () => {
  let browser, server, p, report;
  before(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startServer({ policy: embedCsp })]);
    p = await openPage(browser);
    await p.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await p.page.goto(`${server.origin}/fixtures/embed.html`);
    await widgetReady(p.page);
    await p.page.evaluate((t) => document.querySelector('fact-check').check(t), knownText);
    report = await waitForResult(p.page, knownText);
  });
  after(async () => {
    await p?.close();
    await browser?.close();
    await server?.close();
  });

  /** Computed styles of mark `i` that a dimmed mark would change. */
  const markStyle = (i) => p.page.evaluate(async (k) => {
    const root = document.querySelector('fact-check').shadowRoot;
    // After any transition (a dimmed mark fades): the styles it ends on.
    await Promise.all(root.getAnimations().map((a) => a.finished.catch(() => {})));
    const m = root.querySelector(`[part="result"] mark[data-claim="${k}"]`);
    const s = getComputedStyle(m);
    return { opacity: s.opacity, color: s.color, background: s.backgroundColor, filter: s.filter,
      decoration: s.textDecorationColor, border: s.borderBottomColor };
  }, i);
  const pressed = async () =>
    Object.entries(await p.probe('summary')).filter(([, b]) => b.pressed === 'true').map(([v]) => v);
  const hidden = async () => (await p.probe('list')).map((li) => li.hidden);
  const click = (verdict) => p.page.locator(`fact-check [part="summary"] [data-filter="${verdict}"]`).click();

  test('a summary button filters the list and dims the other marks; a second click clears', async () => {
    const plain = await markStyle(0);
    await click('contradicted');
    assert.deepEqual(await pressed(), ['contradicted'], 'aria-pressed after clicking "1 contradicted"');
    assert.deepEqual(await hidden(), [true, false, true, true],
      '[part="list"] li[hidden] when filtering on contradicted');
    assert.notDeepEqual(await markStyle(0), plain,
      'the supported mark looks the same while filtering on contradicted (not dimmed)');
    await click('contradicted');
    assert.deepEqual(await pressed(), [], 'aria-pressed after clicking "1 contradicted" again');
    assert.deepEqual(await hidden(), [false, false, false, false], 'li[hidden] after clearing the filter');
    assert.deepEqual(await markStyle(0), plain, 'the supported mark is still dimmed after clearing the filter');

    await click('outdated');
    assert.deepEqual(await pressed(), ['outdated'], 'aria-pressed after clicking "1 outdated"');
    assert.deepEqual(await hidden(), [true, true, false, true], 'li[hidden] when filtering on outdated');
    await click('outdated');
    assert.deepEqual(await pressed(), []);
    assert.deepEqual(await hidden(), [false, false, false, false]);
  });

  test('exportReport("markdown"): every claim with its verdict and explanation', async () => {
    const md = await p.page.evaluate(() => document.querySelector('fact-check').exportReport('markdown'));
    assert.equal(typeof md, 'string');
    assert.match(md, /^(#{1,6} |\|.*\||[-*] |\d+\. )/m, 'no Markdown heading, table or list');
    for (const c of report.claims) {
      assert.ok(md.includes(c.text), `Markdown lacks the claim "${c.text}"`);
      assert.ok(md.includes(c.explanation), `Markdown lacks the explanation of "${c.text}"`);
    }
    for (const words of ['supported', 'contradicted', 'outdated']) assert.match(md, new RegExp(words, 'i'));
    assert.match(md, /not in the fact base|unverified/i);
  });

  test('exportReport("json"): the report', async () => {
    const json = await p.page.evaluate(() => document.querySelector('fact-check').exportReport('json'));
    const parsed = JSON.parse(json);
    assert.deepEqual(parsed.claims, report.claims, 'the JSON export\'s claims are not the report\'s');
    assert.deepEqual(parsed.summary, report.summary);
    assert.deepEqual(parsed.factbase, report.factbase);
  });

  test('exportReport("claimreview"): JSON-LD, one ClaimReview per claim, its verdict in words, the source cited', async () => {
    const ld = JSON.parse(await p.page.evaluate(() =>
      document.querySelector('fact-check').exportReport('claimreview')));
    const nodes = Array.isArray(ld) ? ld : ld['@graph'];
    assert.ok(Array.isArray(nodes), 'ClaimReview export is neither an array nor an @graph');
    const context = JSON.stringify(ld['@context'] ?? nodes.map((n) => n['@context']));
    assert.match(context, /https?:\/\/schema\.org/, 'no schema.org @context');
    const reviews = nodes.filter((n) => n['@type'] === 'ClaimReview');
    assert.equal(reviews.length, report.claims.length, 'one ClaimReview per claim');
    report.claims.forEach((claim, i) => {
      const r = reviews[i];
      assert.ok(String(r.claimReviewed ?? '').includes(claim.text),
        `ClaimReview ${i} claimReviewed "${r.claimReviewed}" lacks "${claim.text}"`);
      assert.equal(r.itemReviewed?.['@type'], 'Claim', `ClaimReview ${i} itemReviewed`);
      const rating = r.reviewRating ?? {};
      assert.match(String(rating.alternateName ?? ''), verdictWords[claim.verdict],
        `ClaimReview ${i} (${claim.verdict}) reviewRating.alternateName is "${rating.alternateName}"`);
      if (claim.source) {
        const cited = JSON.stringify([r.citation, r.isBasedOn, r.itemReviewed?.appearance, r.itemReviewed?.citation,
          r.itemReviewed?.isBasedOn]);
        assert.ok(cited.includes(claim.source.publisher) && cited.includes(claim.source.date),
          `ClaimReview ${i} does not cite ${claim.source.publisher}, ${claim.source.date} ` +
          `(in citation, isBasedOn or itemReviewed.appearance): ${cited}`);
      }
    });
    const ratings = reviews.map((r) => r.reviewRating?.alternateName);
    assert.equal(new Set(ratings).size, knownClaims.length,
      `four verdicts, four different words: ${ratings.join(' | ')}`);
  });

  test('"Copy Markdown", "Copy JSON" and "Copy ClaimReview" put the exports on the clipboard', async () => {
    const buttons = [['Copy Markdown', 'markdown'], ['Copy JSON', 'json'], ['Copy ClaimReview', 'claimreview']];
    for (const [name, format] of buttons) {
      await p.page.evaluate(() => navigator.clipboard.writeText('(empty)'));
      await p.page.getByRole('button', { name, exact: true }).click();
      await p.page.waitForFunction(async () => (await navigator.clipboard.readText()) !== '(empty)', null,
        { timeout: 3000 }).catch(() => {});
      const [copied, exported] = await p.page.evaluate(async (f) =>
        [await navigator.clipboard.readText(), document.querySelector('fact-check').exportReport(f)], format);
      assert.equal(copied, exported, `"${name}" copied something other than exportReport('${format}')`);
    }
    assert.deepEqual(p.pageErrors, [], 'uncaught errors in the page');
  });
});
