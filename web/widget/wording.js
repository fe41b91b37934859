// The widget's wording: plain functions of a report (verdict names, dates, deviations, sources, counts, the
// sentence around a claim), shared by the element and its exports. No DOM: each returns text, or parts of
// text for the element to lay out. They are kept together, apart from the element, because the date and
// deviation wording is to move into the engine, and then comes with the report.
//
// Like the widget's other parts (WIDGET_PARTS in scripts/package-web.mjs), this file has no import or
// export: the parts are joined into one ES module (dist/widget.js) and into one classic script (inlined into
// dist/factcheck.html); fact-check.js says why.
/* exported FC_VERDICTS, FC_VERDICT_NAMES, FC_COUNT_NAMES, FC_SIGNS, fcWhen, fcDeviation, fcSource, fcCounts,
   fcSentence */

/** @typedef {'supported' | 'contradicted' | 'outdated' | 'unverified'} Verdict */

/** @type {Verdict[]} */
const FC_VERDICTS = ['supported', 'contradicted', 'outdated', 'unverified'];

/** The verdict as a card or a ClaimReview names it. */
const FC_VERDICT_NAMES = {
  supported: 'Supported',
  contradicted: 'Contradicted',
  outdated: 'Outdated',
  unverified: 'Not in the fact base',
};

/** The verdict after a count: "3 supported", "2 not in the fact base". */
const FC_COUNT_NAMES = {
  supported: 'supported',
  contradicted: 'contradicted',
  outdated: 'outdated',
  unverified: 'not in the fact base',
};

/**
 * A sign per verdict: the text of each verdict's icon (which the stylesheet draws over it, the same on
 * every system whatever its fonts), and the sign in the Markdown export.
 */
const FC_SIGNS = { supported: '✔', contradicted: '✘', outdated: '⌛', unverified: '?' };

const FC_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

// Made once: a NumberFormat is slow to create, and a long text has hundreds of claims.
const FC_WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const FC_ONE_DECIMAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/**
 * "2025-01-23" -> "23 January 2025", "2024-10" -> "October 2024"; "FY2025" and years stay as they are.
 * @param {unknown} iso
 */
function fcFormatDate(iso) {
  const s = String(iso ?? '');
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(s);
  if (!m) return s;
  const month = FC_MONTHS[Number(m[2]) - 1];
  if (!month) return s;
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

/**
 * When a fact's value held: "as of 23 January 2025", "in October 2024", "from … until …", or ''.
 * @param {any} value a FactValue
 */
function fcWhen(value) {
  if (!value) return '';
  if (value.as_of) return `as of ${fcFormatDate(value.as_of)}`;
  if (value.valid_from && value.valid_until)
    return `from ${fcFormatDate(value.valid_from)} until ${fcFormatDate(value.valid_until)}`;
  if (value.valid_from) return `since ${fcFormatDate(value.valid_from)}`;
  if (value.valid_until) return `until ${fcFormatDate(value.valid_until)}`;
  if (value.when) return `in ${fcFormatDate(value.when)}`;
  return '';
}

/**
 * A relative deviation in words, e.g. 0.133 -> "13% higher", -0.9 -> "90% lower", 13 -> "14 times the
 * fact's value". `direction` is 1, -1 or 0 for styling. Null when there is nothing to compare.
 * @param {unknown} deviation
 * @returns {{text: string, direction: number} | null}
 */
function fcDeviation(deviation) {
  if (typeof deviation !== 'number' || !Number.isFinite(deviation)) return null;
  if (Math.abs(deviation) < 0.0005) return { text: 'None: the figures agree', direction: 0 };
  const percent = Math.abs(deviation) * 100;
  const number = (percent < 1 ? FC_ONE_DECIMAL : FC_WHOLE).format(percent);
  if (deviation >= 1) {
    const times = FC_ONE_DECIMAL.format(1 + deviation);
    return { text: `${times} times the fact's value (${number}% higher)`, direction: 1 };
  }
  return { text: `${number}% ${deviation > 0 ? 'higher' : 'lower'}`, direction: deviation > 0 ? 1 : -1 };
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
    date: source.date ? fcFormatDate(source.date) : '',
    isoDate: String(source.date ?? ''),
    title: source.title ? String(source.title) : '',
    url,
  };
}

/**
 * "3 supported, 1 contradicted, 0 outdated, 2 not in the fact base".
 * @param {Record<string, number> | undefined} summary
 */
function fcCounts(summary) {
  return FC_VERDICTS.map((v) => `${summary?.[v] ?? 0} ${FC_COUNT_NAMES[v]}`).join(', ');
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
