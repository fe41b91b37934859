// Keyboard only, on the embedding fixture (tests/browser/fixtures/embed.html): Tab into the widget, type,
// Ctrl+Enter, Tab through every mark and control; ArrowDown/ArrowUp/ArrowRight/ArrowLeft and j/k move
// between claims; Enter and Space open the card, Escape closes it and focus returns to the mark.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  embedCsp, knownClaims, knownText, launchBrowser, openPage, skipReason, startServer, waitForResult, widgetReady,
} from './helpers.mjs';

describe('keyboard-only use of <fact-check>', { skip: skipReason() }, () => {
  let browser, server, p, report;
  before(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startServer({ policy: embedCsp })]);
  });
  after(async () => {
    await p?.close();
    await browser?.close();
    await server?.close();
  });

  /** Presses `key` and returns the element focused after it (a description: "mark 2", "button "Check""). */
  async function press(key) {
    await p.page.keyboard.press(key);
    return p.probe('active');
  }

  test('Tab reaches the text box; type, Ctrl+Enter; Tab then reaches every mark in order and every control', async () => {
    p = await openPage(browser);
    await p.page.goto(`${server.origin}/fixtures/embed.html`);
    await widgetReady(p.page);
    const before = [];
    while (before.length < 10 && !/^textarea/.test(before.at(-1) ?? '')) before.push(await press('Tab'));
    assert.match(before.at(-1), /^textarea "Text to check"/, `Tab never reaches the text box: ${before.join(', ')}`);
    await p.page.keyboard.insertText(knownText);
    await p.page.keyboard.press('Control+Enter');
    report = await waitForResult(p.page, knownText);
    const stops = [];
    for (let i = 0; i < 30; i++) stops.push(await press('Tab'));
    const lost = stops.indexOf('body');
    assert.ok(lost === -1 || lost > stops.indexOf(`mark ${knownClaims.length - 1}`),
      `focus fell back to <body> while tabbing through the widget (a re-render after the check?): ${stops.join(', ')}`);
    const markStops = stops.filter((s) => s?.startsWith('mark'));
    assert.deepEqual(markStops.slice(0, knownClaims.length), knownClaims.map((_, i) => `mark ${i}`),
      `Tab order: ${stops.join(', ')}`);
    const firstMark = stops.indexOf('mark 0');
    assert.deepEqual(stops.slice(firstMark, firstMark + knownClaims.length), knownClaims.map((_, i) => `mark ${i}`),
      'the marks are consecutive Tab stops');
    for (const v of ['supported', 'contradicted', 'outdated', 'unverified']) {
      assert.ok(stops.includes(`filter ${v}`), `Tab never reaches [data-filter="${v}"]: ${stops.join(', ')}`);
    }
    for (const name of ['Copy Markdown', 'Copy JSON', 'Copy ClaimReview']) {
      assert.ok(stops.some((s) => s === `button "${name}"`),
        `Tab never reaches the "${name}" button: ${stops.join(', ')}`);
    }
    assert.ok(stops.includes('button "Check"'), `Tab never reaches the "Check" button: ${stops.join(', ')}`);
  });

  test('ArrowDown/ArrowRight/j move to the next claim, ArrowUp/ArrowLeft/k to the previous', async () => {
    assert.ok(report, 'needs the previous test');
    await p.page.getByRole('textbox', { name: 'Text to check' }).focus();
    let at = null;
    for (let i = 0; i < 10 && at !== 'mark 0'; i++) at = await press('Tab');
    assert.equal(at, 'mark 0', 'Tab from the text box never reaches the first mark');
    const walk = [];
    for (const key of ['ArrowDown', 'ArrowRight', 'ArrowUp', 'j', 'j', 'k', 'ArrowLeft', 'k']) {
      walk.push(`${key}→${await press(key)}`);
    }
    assert.deepEqual(walk, ['ArrowDown→mark 1', 'ArrowRight→mark 2', 'ArrowUp→mark 1', 'j→mark 2', 'j→mark 3',
      'k→mark 2', 'ArrowLeft→mark 1', 'k→mark 0']);
  });

  test('Enter and Space open the focused claim\'s card; Escape closes it and focus returns to the mark', async () => {
    assert.ok(report, 'needs the first test');
    await p.page.locator('fact-check mark[data-claim="1"]').focus();
    await p.page.keyboard.press('Enter');
    await p.page.waitForFunction(() => window.__fcTest.card()?.shown, null, { timeout: 3000 }).catch(() => {});
    let card = await p.probe('card');
    assert.equal(card?.shown, true, 'Enter on a mark does not show [part="card"]');
    assert.ok(card.claimed?.includes('$1.4 billion'), `card claimed: "${card.claimed}"`);
    assert.equal(card.explanation, report.claims[1].explanation);
    assert.equal(await press('Escape'), 'mark 1', 'after Escape, focus is not back on the mark');
    assert.equal((await p.probe('card')).shown, false, 'Escape does not close [part="card"]');

    assert.equal(await press('j'), 'mark 2');
    assert.equal(await press('j'), 'mark 3');
    await p.page.keyboard.press('Space');
    await p.page.waitForFunction(() => window.__fcTest.card()?.shown, null, { timeout: 3000 }).catch(() => {});
    card = await p.probe('card');
    assert.equal(card?.shown, true, 'Space on a mark does not show [part="card"]');
    assert.ok(card.claimed?.includes('228,000'), `card claimed: "${card.claimed}"`);
    assert.equal(card.explanation, report.claims[3].explanation);
    assert.equal(await p.page.evaluate(() => window.scrollY), 0,
      'Space scrolled the page instead of only opening the card');
    assert.equal(await press('Escape'), 'mark 3', 'after Escape, focus is not back on the mark');
    assert.equal((await p.probe('card')).shown, false);
  });

  test('Enter on a summary button filters, again clears; j and k still type in the text box', async () => {
    assert.ok(report, 'needs the first test');
    await p.page.locator('fact-check [data-filter="contradicted"]').focus();
    await p.page.keyboard.press('Enter');
    assert.equal((await p.probe('summary')).contradicted.pressed, 'true', 'Enter on [data-filter="contradicted"]');
    assert.deepEqual((await p.probe('list')).map((li) => li.hidden), [true, false, true, true]);
    await p.page.keyboard.press('Enter');
    assert.notEqual((await p.probe('summary')).contradicted.pressed, 'true');
    assert.deepEqual((await p.probe('list')).map((li) => li.hidden), [false, false, false, false]);

    const box = p.page.getByRole('textbox', { name: 'Text to check' });
    await box.focus();
    await p.page.keyboard.press('End');
    await p.page.keyboard.type(' jk');
    assert.ok((await box.inputValue()).endsWith(' jk'), 'j/k typed in the text box did not reach it');
    assert.match(await p.probe('active'), /^textarea/, 'typing j/k in the text box moved focus');
    assert.deepEqual(p.pageErrors, [], 'uncaught errors in the page');
  });
});
