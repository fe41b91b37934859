// The report in the formats a reader copies it in: Markdown (a table and the reasons, for a message or an
// issue) and schema.org ClaimReview JSON-LD (for a page that publishes the check). The element's
// exportReport() gives these, and the report as JSON; they are built here from the report alone (and, for
// ClaimReview, the checked text), so that they read the same whatever the element shows.
// No import or export: see wording.js, whose functions these use.
/* global fcVerdictName, FC_SIGNS, fcWhen, fcDeviation, fcSource, fcCounts, fcSentence */
/* exported fcMarkdown, fcClaimReview */

/** @param {unknown} s a Markdown table cell or inline text, escaped so that nothing in it is markup */
function fcMarkdownText(s) {
  return String(s ?? '').replace(/\s+/g, ' ').replace(/([\\`*_[\]<>|])/g, '\\$1');
}

/**
 * The report as Markdown: a heading with the counts, the fact base, a table and the reasons.
 * @param {any} report
 */
function fcMarkdown(report) {
  const lines = [];
  const claims = report?.claims ?? [];
  lines.push(`## Fact check: ${fcCounts(report?.summary, report?.verdict_names)}`, '');
  const base = report?.factbase;
  if (base) {
    const checksum = String(base.checksum ?? '');
    lines.push(`Checked against the fact base *${fcMarkdownText(base.name)}* ${fcMarkdownText(base.version)} ` +
      `(${base.facts} facts, ${fcMarkdownText(checksum.slice(0, 19))}…).`, '');
  }
  if (claims.length === 0) {
    lines.push('No checkable claims were found.');
    return lines.join('\n') + '\n';
  }
  lines.push('| # | Verdict | Claim | Fact base | Deviation | Source |', '| ---: | --- | --- | --- | --- | --- |');
  claims.forEach((/** @type {any} */ c, /** @type {number} */ i) => {
    const when = fcWhen(c.expected);
    let fact = c.expected ? `${c.expected.display}${when ? ` (${when})` : ''}` : '—';
    if (c.earlier) fact += `; earlier ${c.earlier.display}${fcWhen(c.earlier) ? ` (${fcWhen(c.earlier)})` : ''}`;
    const deviation = fcDeviation(c);
    const src = fcSource(c.source);
    let source = '—';
    if (src) {
      source = fcMarkdownText([src.publisher, src.isoDate].filter(Boolean).join(', '));
      if (src.title) source += src.url ? `, [${fcMarkdownText(src.title)}](<${src.url}>)` : `, *${fcMarkdownText(src.title)}*`;
      else if (src.url) source += `, <${src.url}>`;
    }
    lines.push(`| ${i + 1} | ${FC_SIGNS[/** @type {Verdict} */ (c.verdict)] ?? ''} ${fcVerdictName(c.verdict, report?.verdict_names)} | ` +
      `${fcMarkdownText(c.claimed?.display ?? c.text)} | ${fcMarkdownText(fact)} | ` +
      `${deviation ? fcMarkdownText(deviation.text) : '—'} | ${source} |`);
  });
  lines.push('', '**Why**', '');
  claims.forEach((/** @type {any} */ c, /** @type {number} */ i) => {
    lines.push(`${i + 1}. **${fcMarkdownText(c.text)}**: ${fcMarkdownText(c.explanation)}`);
  });
  return lines.join('\n') + '\n';
}

/**
 * The report as schema.org ClaimReview JSON-LD: one ClaimReview per claim, in an @graph. The claim's
 * sentence is the claim reviewed, the fact's source is cited, and the fact base is what it is based on.
 * @param {any} report
 * @param {string} text the checked text
 * @param {Date} [now]
 */
function fcClaimReview(report, text, now = new Date()) {
  const today = now.toISOString().slice(0, 10);
  const ratings = { supported: 5, outdated: 3, contradicted: 1 };
  const base = report?.factbase;
  const dataset = base ? {
    '@type': 'Dataset',
    name: base.name,
    version: base.version,
    identifier: base.checksum,
  } : undefined;
  const graph = (report?.claims ?? []).map((/** @type {any} */ c) => {
    const verdict = /** @type {Verdict} */ (c.verdict);
    /** @type {Record<string, any>} */
    const rating = {
      '@type': 'Rating',
      alternateName: fcVerdictName(verdict, report?.verdict_names),
      bestRating: 5,
      worstRating: 1,
    };
    if (verdict in ratings) rating.ratingValue = ratings[/** @type {'supported'} */ (verdict)];
    /** @type {Record<string, any>} */
    const review = {
      '@type': 'ClaimReview',
      claimReviewed: fcSentence(text, c.start, c.end) || c.text,
      datePublished: today,
      author: { '@type': 'Organization', name: 'factcheck' },
      itemReviewed: { '@type': 'Claim', name: c.text, text: fcSentence(text, c.start, c.end) || c.text },
      reviewRating: rating,
      reviewBody: c.explanation,
    };
    const src = fcSource(c.source);
    if (src) {
      /** @type {Record<string, any>} */
      const work = {
        '@type': 'CreativeWork',
        name: src.title || `${src.publisher}${src.isoDate ? `, ${src.isoDate}` : ''}`,
        publisher: { '@type': 'Organization', name: src.publisher },
      };
      if (src.isoDate) work.datePublished = src.isoDate;
      if (src.url) work.url = src.url;
      review.citation = work;
    }
    if (dataset) review.isBasedOn = dataset;
    return review;
  });
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }, null, 2) + '\n';
}
