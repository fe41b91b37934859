// The widget's wording: plain functions of a report (verdict names, dates, deviations, sources, counts, the
// sentence around a claim), shared by the element and its exports. No DOM: each returns text, or parts of
// text for the element to lay out. Dates and deviations are not worded here: the engine's report carries
// them (`expected.period`, `deviation_display`, `source.date_display`), so the widget says what the CLI
// says.
//
// Like the widget's other parts (WIDGET_PARTS in scripts/package-web.mjs), this file has no import or
// export: the parts are joined into one ES module (dist/widget.js) and into one classic script (inlined into
// dist/factcheck.html); fact-check.js says why.
/* exported FC_VERDICTS, FC_VERDICT_NAMES, FC_SIGNS, fcVerdictName, fcCountName, fcWhen, fcDeviation, fcSource, fcCounts,
   fcSentence */

/** @typedef {'supported' | 'contradicted' | 'outdated' | 'unverified'} Verdict */

/** @type {Verdict[]} */
const FC_VERDICTS = ['supported', 'contradicted', 'outdated', 'unverified'];

/**
 * The verdicts' names before there is a report. A report carries its own (`verdict_names`, the engine's
 * words): "Not in the sources" when the text was checked against sources alone.
 */
const FC_VERDICT_NAMES = {
  supported: 'Supported',
  contradicted: 'Contradicted',
  outdated: 'Outdated',
  unverified: 'Not in the fact base',
};

/**
 * The verdict as a card, a row or a ClaimReview names it, in the report's words.
 * @param {string} verdict
 * @param {Record<string, string> | undefined} [names] a report's `verdict_names`
 */
function fcVerdictName(verdict, names) {
  return String(names?.[verdict] ?? FC_VERDICT_NAMES[/** @type {Verdict} */ (verdict)] ?? verdict);
}

/**
 * The verdict after a count: "3 supported", "2 not in the sources".
 * @param {string} verdict
 * @param {Record<string, string> | undefined} [names] a report's `verdict_names`
 */
function fcCountName(verdict, names) {
  const name = fcVerdictName(verdict, names);
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/**
 * A sign per verdict: the text of each verdict's icon (which the stylesheet draws over it, the same on
 * every system whatever its fonts), and the sign in the Markdown export.
 */
const FC_SIGNS = { supported: '✔', contradicted: '✘', outdated: '⌛', unverified: '?' };

/**
 * When a fact's value held, as the engine words it: "as of 23 January 2025", "in October 2024", or ''.
 * @param {any} value a FactValue
 */
function fcWhen(value) {
  return value?.period ? String(value.period) : '';
}

/**
 * How far a claim is from its fact, as the engine words it ("about 90% lower"), and its direction (1, -1
 * or 0) for styling. Null when there is nothing to compare.
 * @param {any} claim
 * @returns {{text: string, direction: number} | null}
 */
function fcDeviation(claim) {
  const deviation = claim?.deviation;
  if (typeof deviation !== 'number' || !Number.isFinite(deviation) || !claim.deviation_display) return null;
  const direction = Math.abs(deviation) < 0.0005 ? 0 : Math.sign(deviation);
  return { text: String(claim.deviation_display), direction };
}

/**
 * The parts of a source worth showing: publisher, date, title, and its URL if it is http(s).
 * @param {any} source
 */
function fcSource(source) {
  if (!source) return null;
  let url = '';
  if (typeof source.url === 'string') {
    try {
      const parsed = new URL(source.url);
      if (parsed.protocol === 'https:' || parsed.protocol === 'http:') url = parsed.href;
    } catch {
      url = '';
    }
  }
  return {
    publisher: String(source.publisher ?? ''),
    date: String(source.date_display ?? source.date ?? ''),
    isoDate: String(source.date ?? ''),
    title: source.title ? String(source.title) : '',
    url,
  };
}

/**
 * "3 supported, 1 contradicted, 0 outdated, 2 not in the fact base".
 * @param {Record<string, number> | undefined} summary
 * @param {Record<string, string> | undefined} [names] the report's `verdict_names`
 */
function fcCounts(summary, names) {
  return FC_VERDICTS.map((v) => `${summary?.[v] ?? 0} ${fcCountName(v, names)}`).join(', ');
}

/**
 * The sentence around [start, end) of `text`: from the end of the previous sentence (or line) to the end
 * of this one. Good enough for citing a claim in context; abbreviations may cut a sentence short.
 * @param {string} text
 * @param {number} start
 * @param {number} end
 */
function fcSentence(text, start, end) {
  // A sentence ends at . ! or ? (with any closing quotes or brackets) before a space, or at a line break.
  const boundary = /[.!?]["'\u201d\u2019)\]]*(?=\s)|\n/g;
  let first = Math.max(0, start - 2000), last = Math.min(text.length, end + 2000);
  boundary.lastIndex = first;
  for (let m; (m = boundary.exec(text)) !== null;) {
    const stop = m.index + m[0].length;
    if (stop <= start) first = stop;
    else if (m.index >= end) {
      last = stop;
      break;
    }
    if (m.index > last) break;
  }
  return text.slice(first, last).replace(/\s+/g, ' ').trim();
}
