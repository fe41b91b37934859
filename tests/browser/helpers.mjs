// Shared by the browser tests of the <fact-check> widget (not a test file: node --test runs *.test.mjs).
// Playwright (playwright-core, from npm) drives Debian's /usr/bin/chromium; no browser is downloaded.
// Every test file skips with a message when Chromium, playwright-core or the built widget is missing.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
/** The built files under test: dist/, or FACTCHECK_DIST (a copy elsewhere). */
export const dist = process.env.FACTCHECK_DIST ?? join(root, 'dist');
export const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const screenshots = join(root, 'build/screenshots');
export const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** The strict policy the issue names: the served pages must work under it with no violation. */
export const strictCsp = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
/**
 * The policy of the embedding fixtures and of the tests that are not about the CSP: the same, plus
 * connect-src 'self', so that a `facts` URL may be fetched (under default-src 'none' a page may fetch
 * nothing, so no `facts` URL could work there).
 */
export const embedCsp = `${strictCsp}; connect-src 'self'`;

// Flags from ../shared/notes/toolchain.md: without the background-networking ones Chromium makes many
// refused connections on a closed network, which would also pollute the request log.
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const playwright = await import('playwright-core').catch(() => null);

/** Why the browser tests cannot run here, or false. */
export function skipReason(...distFiles) {
  if (!existsSync(chromiumPath)) return `${chromiumPath} is absent: bash scripts/setup.sh installs chromium`;
  if (!playwright) return 'playwright-core is not installed: run npm ci (bash scripts/setup.sh does)';
  const missing = ['widget.js', ...distFiles].filter((f) => !existsSync(join(dist, f)));
  if (missing.length) return `dist/ lacks ${missing.join(', ')}: run bash scripts/build.sh`;
  return false;
}

export async function launchBrowser() {
  return playwright.chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/**
 * Serves dist/ at / and tests/browser/fixtures/ at /fixtures/ on 127.0.0.1 (a free port), with `policy` as
 * the Content-Security-Policy of every HTML page. Through the demo's own server, scripts/serve.mjs, over a
 * temporary copy of both folders; without that script, or with `everyResponse` (the policy on every
 * response, scripts included, as a site-wide header does: a worker then has it too), through a few lines of
 * node:http here.
 */
/**
 * Starts Chromium and a server for dist/ before the enclosing describe()'s tests and stops both after them.
 * @param {Parameters<typeof startServer>[0]} [serverOptions]
 * @returns {{browser: any, server: any}} filled in once the hooks have run
 */
export function useBrowserAndServer(serverOptions) {
  const env = { browser: undefined, server: undefined };
  before(async () => {
    [env.browser, env.server] = await Promise.all([launchBrowser(), startServer(serverOptions)]);
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

export async function startServer({ policy = strictCsp, everyResponse = false } = {}) {
  const serveScript = join(root, 'scripts/serve.mjs');
  if (existsSync(serveScript) && !everyResponse) {
    const { serve } = await import(pathToFileURL(serveScript).href);
    const dir = mkdtempSync(join(tmpdir(), 'factcheck-browser-'));
    cpSync(dist, dir, { recursive: true });
    cpSync(fixtures, join(dir, 'fixtures'), { recursive: true });
    const { server, url } = await serve({ root: dir, port: 0, policy });
    return {
      origin: new URL(url).origin,
      close: async () => {
        server.closeAllConnections?.();
        await new Promise((resolve) => server.close(resolve));
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    const [base, rest] = path.startsWith('/fixtures/')
      ? [fixtures, path.slice('/fixtures/'.length)]
      : [dist, path === '/' ? 'index.html' : path.slice(1)];
    const file = normalize(join(base, rest));
    const inside = file.startsWith(base.endsWith(sep) ? base : base + sep);
    if (!inside || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    const csp = everyResponse || type.startsWith('text/html') ? { 'Content-Security-Policy': policy } : {};
    res.writeHead(200, { 'Content-Type': type, ...csp }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => {
      server.closeAllConnections?.();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

// Runs in every page before its own scripts (a DevTools init script, so the page's CSP does not apply):
// records CSP violations and factcheck-result events, and gives the tests read-only views of the widget.
export function pageProbe() {
  const csp = [];
  const events = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    csp.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample,
      source: e.sourceFile, line: e.lineNumber });
  }, true);
  document.addEventListener('factcheck-result', (e) => {
    events.push({ detail: e.detail, bubbles: e.bubbles, composed: e.composed, target: e.target?.localName });
  });
  const root = () => document.querySelector('fact-check')?.shadowRoot;
  // Text as a reader sees it: text nodes, without aria-hidden decorations (icons) or style/script text.
  const text = (node) => {
    if (!node) return null;
    if (node.nodeType === Node.TEXT_NODE) return node.data;
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
    if (node.nodeType === Node.ELEMENT_NODE &&
      (node.getAttribute('aria-hidden') === 'true' || /^(style|script|template)$/.test(node.localName))) return '';
    return [...node.childNodes].map(text).join('');
  };
  const squash = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
  const shown = (node) => !!node && !node.closest('[hidden]') && node.checkVisibility({ checkVisibilityCSS: true });
  const describe = (node) => {
    if (!node) return null;
    if (node.localName === 'mark') return `mark ${node.dataset.claim}`;
    if (node.dataset?.filter) return `filter ${node.dataset.filter}`;
    const name = node.getAttribute('aria-label') || squash(text(node));
    return `${node.localName}${name ? ` "${name}"` : ''}`;
  };
  window.__fcTest = {
    csp, events,
    resultText: () => text(root()?.querySelector('[part="result"]')),
    marks: () => [...(root()?.querySelectorAll('[part="result"] mark') ?? [])].map((m) => ({
      verdict: m.dataset.verdict, claim: m.dataset.claim, text: text(m), tabindex: m.getAttribute('tabindex'),
    })),
    summary: () => Object.fromEntries([...(root()?.querySelectorAll('[part="summary"] [data-filter]') ?? [])]
      .map((b) => [b.dataset.filter, { text: squash(text(b)), pressed: b.getAttribute('aria-pressed'),
        tag: b.localName }])),
    list: () => [...(root()?.querySelectorAll('[part="list"] li') ?? [])].map((li) => ({
      text: squash(text(li)), hidden: li.hasAttribute('hidden'),
    })),
    card: () => {
      const card = root()?.querySelector('[part="card"]');
      if (!card) return null;
      const field = (name) => {
        const f = card.querySelector(`[data-field="${name}"]`);
        return f ? squash(text(f)) : null;
      };
      return { shown: shown(card), role: card.getAttribute('role'), label: card.getAttribute('aria-label'),
        claimed: field('claimed'), expected: field('expected'), deviation: field('deviation'),
        explanation: field('explanation'), why: field('why'), source: field('source') };
    },
    status: () => {
      const s = root()?.querySelector('[part="status"]');
      return s ? { text: squash(text(s)), live: s.getAttribute('aria-live') } : null;
    },
    attrs: (selector, names) => {
      const n = root()?.querySelector(selector);
      return n ? Object.fromEntries(names.map((a) => [a, n.getAttribute(a)])) : null;
    },
    active: () => {
      const inner = root()?.activeElement;
      if (inner) return describe(inner);
      const outer = document.activeElement;
      return !outer || outer === document.body ? 'body' : describe(outer);
    },
    // Elements that pasted text parsed as HTML would make: the payloads' tags and attributes. An SVG the
    // widget draws as an icon is hidden from assistive technology (aria-hidden="true"); no payload's is.
    dangerous: () => {
      const selector = 'img, script, iframe, object, embed, svg:not([aria-hidden="true"]), ' +
        '[onerror], [onload], [srcdoc], [src]';
      return {
        shadow: [...(root()?.querySelectorAll(selector) ?? [])].map((n) => n.outerHTML.slice(0, 120)),
        document: [...document.querySelectorAll(selector)]
          .filter((n) => n.localName !== 'script' || !n.src.endsWith('/widget.js'))
          .map((n) => n.outerHTML.slice(0, 120)),
        // The payloads' <b>not bold</b>, as an element.
        bold: [...(root()?.querySelectorAll('b') ?? [])].filter((n) => n.textContent.includes('not bold')).length,
      };
    },
  };
}

/**
 * A fresh context and page that record everything the tests assert on: every request (from the page and
 * its workers), console errors, uncaught errors, and (in the page) CSP violations and factcheck-result
 * events. `options` go to browser.newContext.
 */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  await context.addInitScript(pageProbe);
  const requests = [];
  const consoleErrors = [];
  const pageErrors = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => pageErrors.push(String(e?.stack ?? e)));
  // A worker's CSP violations reach no listener in the page: its console reports them.
  page.on('worker', (worker) => worker.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`worker ${worker.url()}: ${m.text()}`);
  }));
  const probe = (name, ...args) => page.evaluate(([n, a]) => window.__fcTest[n](...a), [name, args]);
  return {
    context, page, requests, consoleErrors, pageErrors, probe,
    // Each violation in a line of at most 240 characters (a blocked data: URL can be 400 KB long).
    cspViolations: async () => [
      ...(await page.evaluate(() => window.__fcTest.csp))
        .map((v) => `${v.directive}: ${v.blocked || v.sample} (${v.source}:${v.line})`),
      ...consoleErrors.filter((t) => /Content Security Policy/i.test(t)),
    ].map((t) => (t.length > 240 ? `${t.slice(0, 160)}…${t.slice(-80)}` : t)),
    close: () => context.close(),
  };
}

/** Waits for the widget's engine: `element.ready`, a Promise per the contract. */
export async function widgetReady(page) {
  await page.waitForFunction(() => customElements.get('fact-check') && document.querySelector('fact-check'));
  const isPromise = await page.evaluate(() =>
    typeof document.querySelector('fact-check').ready?.then === 'function');
  if (!isPromise) throw new Error('<fact-check>.ready is not a Promise');
  const outcome = await page.evaluate((ms) => Promise.race([
    document.querySelector('fact-check').ready
      .then(() => 'ready', (e) => `rejected: ${e?.code ?? ''} ${e?.message ?? e}`),
    new Promise((resolve) => setTimeout(() => resolve(`still pending after ${ms} ms`), ms)),
  ]), 15_000);
  if (outcome !== 'ready') throw new Error(`<fact-check>.ready ${outcome}`);
}

/**
 * Waits until the result region shows exactly `text` and one mark per claim of `element.report`.
 * Returns the report.
 */
export async function waitForResult(page, text, timeout = 10_000) {
  try {
    await page.waitForFunction((t) => {
      const el = document.querySelector('fact-check');
      return el.report && window.__fcTest.resultText() === t &&
        window.__fcTest.marks().length === el.report.claims.length;
    }, text, { timeout });
  } catch (error) {
    throw new Error(`${error.message}\n${await whatTheWidgetSays(page)}`);
  }
  return page.evaluate(() => document.querySelector('fact-check').report);
}

/** The widget's status line and the page's CSP violations: why a result did not come. */
export async function whatTheWidgetSays(page) {
  const { status, csp } = await page.evaluate(() =>
    ({ status: window.__fcTest.status(), csp: window.__fcTest.csp }));
  return `[part="status"] says: ${JSON.stringify(status?.text)}; CSP violations: ${
    csp.map((v) => `${v.directive} ${String(v.blocked).slice(0, 80)}`).join(', ') || 'none'}`;
}

/** Text of ours, about the bundled facts: one claim of each verdict, in this order. */
export const knownText =
  'Microsoft has invested nearly $14 billion in OpenAI. ' +
  'A rival report said Microsoft has invested $1.4 billion in OpenAI.\n\n' +
  'An older filing said Microsoft has invested $13 billion in OpenAI. ' +
  'Microsoft employs about 228,000 people.';
/** The claims of `knownText`: their span text and verdict. */
export const knownClaims = [
  { text: '$14 billion', verdict: 'supported' },
  { text: '$1.4 billion', verdict: 'contradicted' },
  { text: '$13 billion', verdict: 'outdated' },
  { text: '228,000 people', verdict: 'unverified' },
];
/** What the summary buttons say for `knownText`. */
export const knownSummary = {
  supported: '1 supported', contradicted: '1 contradicted', outdated: '1 outdated',
  unverified: '1 not in the fact base',
};

/** The invented fact base fixture (tests/browser/fixtures/invented-facts.json) and text about it. */
export const inventedFacts = JSON.parse(readFileSync(join(fixtures, 'invented-facts.json'), 'utf8'));
export const inventedText =
  'Brambleton Ferries spent €42 million on its new terminal. ' +
  'A councillor claimed Brambleton Ferries spent €58 million on its new terminal. ' +
  'Microsoft has invested nearly $14 billion in OpenAI.';

/**
 * Requests that are not one of the widget's or engine's own same-origin files. `extra` lists further
 * same-origin paths a test allows (a `facts` URL, the fixture page).
 */
export function foreignRequests(requests, origin, extra = []) {
  const own = [/^\/$/, /^\/index\.html$/, /^\/widget\.js$/, /^\/factcheck[a-z-]*\.(js|mjs|wasm)$/,
    /^\/[a-z0-9-]+\.css$/];
  return requests.filter((u) => {
    if (u.startsWith('data:') || u.startsWith('blob:')) return false;
    const url = new URL(u);
    if (url.origin !== origin) return true;
    return !own.some((re) => re.test(url.pathname)) && !extra.includes(url.pathname);
  });
}

export function screenshotPath(name) {
  mkdirSync(screenshots, { recursive: true });
  return join(screenshots, name);
}

/** Types `text` into the widget's text box as a paste does (one input event), replacing what was there. */
export async function pasteText(page, text) {
  const box = page.getByRole('textbox', { name: 'Text to check' });
  await box.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(text);
}

/**
 * Asserts what the widget shows for `knownText` (its `report` is `report`): the marks in order with their
 * verdicts and text, the summary buttons, the claim list and the live status.
 */
export async function assertKnownResult(probe, report) {
  assert.deepEqual(report.claims.map((c) => ({ text: c.text, verdict: c.verdict })), knownClaims,
    'element.report: the claims of knownText');
  assert.deepEqual(report.summary, { supported: 1, contradicted: 1, outdated: 1, unverified: 1 });
  const marks = await probe('marks');
  assert.deepEqual(marks, knownClaims.map((c, i) => ({ ...c, claim: String(i), tabindex: '0' })),
    '[part="result"] mark: data-verdict, text, data-claim and tabindex of each claim, in order');
  assert.equal(await probe('resultText'), knownText, '[part="result"] shows the checked text exactly');
  const summary = await probe('summary');
  for (const [verdict, words] of Object.entries(knownSummary)) {
    assert.ok(summary[verdict], `[part="summary"] has no button[data-filter="${verdict}"]`);
    assert.equal(summary[verdict].tag, 'button', `[data-filter="${verdict}"] is a <${summary[verdict].tag}>`);
    assert.ok(summary[verdict].text.includes(words),
      `[data-filter="${verdict}"] says "${summary[verdict].text}", wanted "${words}"`);
    assert.notEqual(summary[verdict].pressed, 'true', `[data-filter="${verdict}"] is pressed before any click`);
  }
  const list = await probe('list');
  assert.equal(list.length, knownClaims.length, '[part="list"] has one li per claim');
  list.forEach((li, i) => {
    assert.ok(li.text.includes(knownClaims[i].text),
      `[part="list"] li ${i} says "${li.text}", wanted "${knownClaims[i].text}" in it`);
    assert.equal(li.hidden, false, `[part="list"] li ${i} is hidden with no filter`);
  });
  const status = await probe('status');
  assert.ok(status, 'no [part="status"]');
  assert.equal(status.live, 'polite', '[part="status"] aria-live');
  assert.match(status.text, /^Checked:.*1 supported.*1 contradicted.*1 outdated.*1 not in the fact base/,
    `[part="status"] says "${status.text}"`);
}
