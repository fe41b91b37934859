// A 10,000-word text: the check (element.lastCheckMs, engine time measured by the widget) should take
// under 100 ms, the target, and the page stay responsive meanwhile: timers and animation frames
// keep running, with no main-thread stall longer than 200 ms (the check plus rendering the marks). The
// figures are printed on every run and enforced with FACTCHECK_STRICT_TIMING=1 (see below).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { embedCsp, openPage, skipReason, useBrowserAndServer, widgetReady } from './helpers.mjs';

const checkTargetMs = 100;
const stallLimitMs = 200;
const hangMs = 2000;  // without FACTCHECK_STRICT_TIMING: a page this slow is broken, not just slow

// Our own sentences: claims of every verdict between plain newsroom prose.
const sentences = [
  'Microsoft has invested nearly $14 billion in OpenAI, according to the latest filings.',
  'Reporters in the newsroom read the statement twice before the afternoon meeting began.',
  'Microsoft put $750 million into OpenAI\'s $6.6 billion funding round last October.',
  'Stargate, a joint venture between OpenAI, SoftBank and Oracle, plans to invest up to $500 billion.',
  'The editor asked for a second source on every figure in the draft before publication.',
  'One columnist wrote that Microsoft has invested $1.4 billion in OpenAI.',
  'OpenAI must buy its cloud capacity from Microsoft until 2030 under the contract.',
  'An older filing said Microsoft has invested $13 billion in OpenAI.',
  'Microsoft employs about 228,000 people around the world, the company says.',
  'Readers wrote in to ask how the numbers had been checked and by whom.',
];

function tenThousandWords() {
  const paragraphs = [];
  let words = 0;
  for (let i = 0; words < 10_000; i++) {
    const paragraph = sentences.slice(i % 3).concat(sentences.slice(0, i % 3)).join(' ');
    paragraphs.push(paragraph);
    words += paragraph.split(/\s+/).length;
  }
  return { text: paragraphs.join('\n\n'), words };
}

describe('a 10,000-word text', { skip: skipReason() }, () => {
  const env = useBrowserAndServer({ policy: embedCsp });

  test(`is checked in under ${checkTargetMs} ms (element.lastCheckMs) and the page keeps running`, async (t) => {
    const { text, words } = tenThousandWords();
    assert.ok(words >= 10_000 && words < 10_100, `${words} words`);
    const p = await openPage(env.browser);
    try {
      await p.page.goto(`${env.server.origin}/fixtures/embed.html`);
      await widgetReady(p.page);
      const m = await p.page.evaluate(async (base) => {
        const el = document.querySelector('fact-check');
        const seen = { frames: 0, maxFrameGap: 0, ticks: 0, maxTickGap: 0 };
        let running = true;
        let lastFrame = performance.now();
        const frame = () => {
          const now = performance.now();
          seen.maxFrameGap = Math.max(seen.maxFrameGap, now - lastFrame);
          lastFrame = now;
          seen.frames++;
          if (running) requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
        let lastTick = performance.now();
        const timer = setInterval(() => {
          const now = performance.now();
          seen.maxTickGap = Math.max(seen.maxTickGap, now - lastTick);
          lastTick = now;
          seen.ticks++;
        }, 10);
        await new Promise((r) => setTimeout(r, 100));
        const runs = [];
        let report;
        for (let i = 0; i < 3; i++) {
          const text = i ? `${base}\n\nRun ${i}.` : base;
          seen.maxFrameGap = 0;
          seen.maxTickGap = 0;
          const frames0 = seen.frames;
          const t0 = performance.now();
          report = await el.check(text);
          const t1 = performance.now();
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          const t2 = performance.now();
          await new Promise((r) => setTimeout(r, 150));
          runs.push({
            lastCheckMs: el.lastCheckMs, checkCallMs: t1 - t0, untilPaintedMs: t2 - t0,
            maxFrameGap: seen.maxFrameGap, maxTickGap: seen.maxTickGap, frames: seen.frames - frames0,
          });
        }
        running = false;
        clearInterval(timer);
        const marks = [...el.shadowRoot.querySelectorAll('[part="result"] mark')];
        const byVerdict = {};
        for (const mk of marks) byVerdict[mk.dataset.verdict] = (byVerdict[mk.dataset.verdict] ?? 0) + 1;
        return { runs, claims: report.claims.length, summary: report.summary, marks: marks.length, byVerdict };
      }, text);
      const fmt = (x) => (typeof x === 'number' ? x.toFixed(1) : String(x));
      for (const [i, r] of m.runs.entries()) {
        t.diagnostic(`run ${i + 1}: lastCheckMs ${fmt(r.lastCheckMs)}, check() ${fmt(r.checkCallMs)} ms, ` +
          `painted after ${fmt(r.untilPaintedMs)} ms, longest stall ${fmt(r.maxTickGap)} ms (timer) / ` +
          `${fmt(r.maxFrameGap)} ms (frames)`);
      }
      console.log(`10,000 words (${text.length} characters, ${m.claims} claims): lastCheckMs ` +
        `${m.runs.map((r) => fmt(r.lastCheckMs)).join(', ')}; longest stall ` +
        `${m.runs.map((r) => fmt(r.maxTickGap)).join(', ')} ms`);

      assert.ok(m.claims > 500, `${m.claims} claims found in the 10,000 words (the native CLI finds 780)`);
      assert.equal(m.marks, m.claims, 'one mark per claim');
      for (const [v, n] of Object.entries(m.summary)) assert.equal(m.byVerdict[v] ?? 0, n, `${v} marks`);
      for (const r of m.runs) {
        assert.ok(typeof r.lastCheckMs === 'number' && r.lastCheckMs > 0 && Number.isFinite(r.lastCheckMs),
          `element.lastCheckMs is ${r.lastCheckMs}`);
        assert.ok(r.lastCheckMs <= r.checkCallMs + 1,
          `lastCheckMs ${fmt(r.lastCheckMs)} exceeds the whole check() call ${fmt(r.checkCallMs)}`);
        assert.ok(r.frames > 3, `only ${r.frames} animation frames around a check: the page stopped drawing`);
      }
      // Timings are measured and printed on every run. They fail the suite only with
      // FACTCHECK_STRICT_TIMING=1: shared CI machines are noisy, and speed targets belong to the benchmark
      // (scripts/bench.sh), not to pass/fail tests. Without it, only a page that truly hangs fails.
      const strict = process.env.FACTCHECK_STRICT_TIMING === '1';
      const median = m.runs.map((r) => r.lastCheckMs).sort((a, b) => a - b)[1];
      const stall = Math.max(...m.runs.map((r) => r.maxTickGap));
      console.log(`10,000 words: median check ${fmt(median)} ms (target ${checkTargetMs} ms), longest stall ` +
        `${fmt(stall)} ms (target ${stallLimitMs} ms)${strict ? '' : '; targets reported, not enforced'}`);
      assert.ok(median < (strict ? checkTargetMs : hangMs),
        `a 10,000-word check takes ${fmt(median)} ms (median of 3; target ${checkTargetMs} ms)`);
      assert.ok(stall < (strict ? stallLimitMs : hangMs),
        `the main thread stalled for ${fmt(stall)} ms (limit ${stallLimitMs} ms)`);
    } finally {
      await p.close();
    }
  });
});
