// How the widget looks: screenshots of dist/index.html in light and dark mode at 1280 and 360 px wide,
// saved under build/screenshots/ (paths printed) for a person to look at; and what can be asserted: the
// dark theme differs from the light one, nothing overflows 360 px, verdicts differ by more than colour,
// and the --fc-* custom properties an embedding site sets take effect.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  embedCsp, knownText, launchBrowser, openPage, screenshotPath, skipReason, startServer, waitForResult, widgetReady,
} from './helpers.mjs';

/** Relative luminance of a CSS rgb()/rgba() colour. */
function luminance(css) {
  const [r, g, b] = css.match(/[\d.]+/g).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The colours a reader sees in the widget: the result region's text and its effective background. */
function widgetColours(page) {
  return page.evaluate(() => {
    const result = document.querySelector('fact-check').shadowRoot.querySelector('[part="result"]');
    let bg = 'rgba(0, 0, 0, 0)';
    for (let n = result; n; n = n.parentNode instanceof ShadowRoot ? n.parentNode.host : n.parentElement) {
      const c = getComputedStyle(n).backgroundColor;
      if (!/rgba\(.*, 0\)$/.test(c) && c !== 'transparent') {
        bg = c;
        break;
      }
    }
    if (bg === 'rgba(0, 0, 0, 0)') bg = 'rgb(255, 255, 255)'; // the canvas
    return { fg: getComputedStyle(result).color, bg };
  });
}

describe('looks: themes, 360 px, screenshots', { skip: skipReason('index.html') }, () => {
  let browser, server;
  before(async () => {
    // The embedding fixtures' policy for dist/index.html too: page.test.mjs holds the page to the strict one;
    // here a failure there should not hide what the widget looks like.
    [browser, server] = await Promise.all([launchBrowser(), startServer({ policy: embedCsp })]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('screenshots, light and dark, at 1280 and 360 px; dark differs from light; nothing overflows 360 px', async () => {
    const colours = {};
    const saved = [];
    for (const width of [1280, 360]) {
      for (const colorScheme of ['light', 'dark']) {
        const p = await openPage(browser, { viewport: { width, height: width > 400 ? 900 : 740 }, colorScheme });
        try {
          await p.page.goto(`${server.origin}/`);
          await widgetReady(p.page);
          await p.page.evaluate((t) => document.querySelector('fact-check').check(t), knownText);
          await waitForResult(p.page, knownText);
          await p.page.locator('fact-check mark[data-verdict="contradicted"]').first().click();
          await p.page.waitForTimeout(250);
          const page = screenshotPath(`index-${colorScheme}-${width}.png`);
          await p.page.screenshot({ path: page, fullPage: true });
          const widget = screenshotPath(`widget-${colorScheme}-${width}.png`);
          await p.page.locator('fact-check').screenshot({ path: widget });
          saved.push(page, widget);
          colours[`${colorScheme}-${width}`] = await widgetColours(p.page);
          if (width === 360) {
            const fit = await p.page.evaluate(() => {
              const el = document.querySelector('fact-check');
              const wide = [...el.shadowRoot.querySelectorAll('*')]
                .filter((n) => n.getBoundingClientRect().right > window.innerWidth + 0.5 && n.checkVisibility())
                .map((n) => `${n.localName}${n.getAttribute('part') ? `[part=${n.getAttribute('part')}]` : ''}`);
              return { scroll: document.documentElement.scrollWidth, host: el.getBoundingClientRect().right, wide };
            });
            assert.ok(fit.scroll <= 360,
              `${colorScheme}: the page scrolls sideways at 360 px (scrollWidth ${fit.scroll})`);
            assert.ok(fit.host <= 360, `${colorScheme}: <fact-check> ends at ${fit.host} px in a 360 px viewport`);
            assert.deepEqual(fit.wide, [], `${colorScheme}: elements wider than 360 px`);
          }
          assert.deepEqual(await p.cspViolations(), [], 'CSP violations');
        } finally {
          await p.close();
        }
      }
    }
    console.log(`screenshots:\n${saved.map((s) => `  ${s}`).join("\n")}`);
    for (const width of [1280, 360]) {
      const light = colours[`light-${width}`];
      const dark = colours[`dark-${width}`];
      assert.ok(luminance(light.bg) > luminance(dark.bg) + 0.3,
        `at ${width} px the dark theme's background (${dark.bg}) is not clearly darker than the light one's ` +
        `(${light.bg})`);
      assert.ok(luminance(dark.fg) > luminance(dark.bg), `dark theme: text ${dark.fg} on ${dark.bg}`);
      assert.ok(luminance(light.fg) < luminance(light.bg), `light theme: text ${light.fg} on ${light.bg}`);
    }
  });

  test('each verdict has its own icon and underline, not colour alone', async () => {
    const p = await openPage(browser);
    try {
      await p.page.goto(`${server.origin}/fixtures/embed.html`);
      await widgetReady(p.page);
      await p.page.evaluate((t) => document.querySelector('fact-check').check(t), knownText);
      await waitForResult(p.page, knownText);
      const looks = await p.page.evaluate(() => [...document.querySelector('fact-check').shadowRoot
        .querySelectorAll('[part="result"] mark')].map((m) => {
        const s = getComputedStyle(m);
        const after = getComputedStyle(m, '::after').content;
        const before = getComputedStyle(m, '::before').content;
        // An icon element hidden from assistive technology: its text, its markup (an SVG), or the shape its
        // ::before and ::after draw.
        const shape = (n) => ['::before', '::after'].map((p) => {
          const c = getComputedStyle(n, p);
          return c.content === 'none' ? '' : [c.content, c.width, c.height, c.borderTopWidth, c.borderRightWidth,
            c.borderBottomWidth, c.borderLeftWidth, c.transform].join(' ');
        }).join(' / ');
        const hiddenChild = [...m.querySelectorAll('[aria-hidden="true"]')]
          .map((n) => n.textContent.trim() || n.innerHTML || shape(n).replace(/^ \/ $/, '')).join('');
        const drawn = [before, after].filter((c) => c && c !== 'none' && c !== 'normal' && c !== '""');
        const icon = drawn.join('') + hiddenChild;
        const underline = [s.textDecorationLine, s.textDecorationStyle, s.borderBottomStyle, s.borderBottomWidth];
        return { verdict: m.dataset.verdict, icon, underline: underline.join(' ') };
      }));
      assert.equal(looks.length, 4);
      for (const l of looks) {
        assert.ok(l.icon, `${l.verdict} mark has no icon (::before/::after content or an aria-hidden child)`);
      }
      assert.equal(new Set(looks.map((l) => l.icon)).size, 4,
        `icons: ${looks.map((l) => `${l.verdict} ${l.icon}`).join(', ')}`);
      assert.equal(new Set(looks.map((l) => l.underline)).size, 4,
        `underline styles: ${looks.map((l) => `${l.verdict}: ${l.underline}`).join('; ')}`);
    } finally {
      await p.close();
    }
  });

  test('--fc-* custom properties set by the embedding page take effect', async () => {
    const p = await openPage(browser);
    try {
      await p.page.goto(`${server.origin}/fixtures/embed.html`);
      await widgetReady(p.page);
      await p.page.evaluate((t) => document.querySelector('fact-check').check(t), knownText);
      await waitForResult(p.page, knownText);
      const styles = () => p.page.evaluate(() => {
        const root = document.querySelector('fact-check').shadowRoot;
        const all = (n) => {
          const s = getComputedStyle(n);
          return [s.color, s.backgroundColor, s.textDecorationColor, s.borderBottomColor, s.outlineColor, s.fontFamily]
            .join(' | ');
        };
        const mark = root.querySelector('mark[data-verdict="contradicted"]');
        return {
          contradicted: all(mark) + getComputedStyle(mark, '::after').color,
          widget: [...root.querySelectorAll('*')].map(all).join(' || '),
        };
      });
      const before = await styles();
      // Through the CSSOM (not a style attribute, which the page's CSP forbids).
      await p.page.evaluate(() => {
        const s = document.querySelector('fact-check').style;
        s.setProperty('--fc-contradicted', 'rgb(1, 2, 3)');
        s.setProperty('--fc-bg', 'rgb(4, 5, 6)');
        s.setProperty('--fc-font', 'Testfont');
      });
      const after = await styles();
      assert.notEqual(after.contradicted, before.contradicted);
      assert.ok(after.contradicted.includes('rgb(1, 2, 3)'),
        `--fc-contradicted unused by the contradicted mark: ${after.contradicted}`);
      assert.ok(after.widget.includes('rgb(4, 5, 6)'), '--fc-bg is used by no element of the widget');
      assert.ok(after.widget.includes('Testfont'), '--fc-font is used by no element of the widget');
    } finally {
      await p.close();
    }
  });
});
