// Types of dist/widget.js: importing it defines the <fact-check> custom element.
//   <script type="module" src="widget.js"></script>
//   <fact-check text="..." facts="my-facts.json" facts-mode="merge"></fact-check>
import type { CheckAgainst, FactbaseInfo, Facts, Report, SourceInfo, SourceOptions } from './factcheck.js';

/** The formats of `exportReport()`: Markdown, the report as JSON, or schema.org ClaimReview JSON-LD. */
export type ExportFormat = 'markdown' | 'json' | 'claimreview';

/**
 * <fact-check>: checks a text's claims against a fact base and marks each one in place with its verdict.
 * Attributes: `text` (checked on load and on change), `facts` (URL of a fact base to use instead of the
 * bundled one), `facts-mode` ("replace", the default, or "merge" onto the bundled one) and `against`
 * ("facts", "sources" or "both": what to check against once sources are added).
 *
 * The element shows a Sources area (opened by the "Sources" button beside Check): a reader pastes a source
 * or drops .txt, .md and .html files (HTML is reduced to its visible text in an inert document), sees each
 * with its date and facts learned, removes them and chooses what to check against; it uses the methods
 * below, so sources added by a script show there too. A card whose evidence is a source quotes the source's
 * sentence, and the quote opens the source at it. Parts for `::part()`: `sources-button` and `sources`
 * (the button and the area: a page that offers sources by script alone hides both, e.g.
 * `fact-check::part(sources-button) { display: none }`), `source-drop` (the drop zone) and `source-view`
 * (the dialog showing a source).
 */
export interface FactCheckElement extends HTMLElement {
  /** The last report, or null before the first check (and after a fact base failed to load). */
  readonly report: Report | null;
  /** How long the last check took, in milliseconds (performance.now() around the checker's check). */
  readonly lastCheckMs: number | null;
  /** The text in the box now: what the reader typed or pasted (an `input` event follows each edit). */
  readonly value: string;
  /** The error that stops checking (a fact base that did not load: its `code` says why), or null. */
  readonly error: (Error & { code?: string }) | null;
  /** Resolves with the element once the engine, and the `facts` fact base if any, have loaded or failed to. */
  readonly ready: Promise<FactCheckElement>;
  /**
   * Checks `text` (or the text in the box) now. A check asked for while one runs waits; of several
   * waiting, only the latest text is checked, and they all resolve with its report.
   */
  check(text?: string): Promise<Report>;
  /** The last report as Markdown, JSON or ClaimReview JSON-LD (one ClaimReview per claim, in an @graph). */
  exportReport(format: ExportFormat): string;
  /**
   * Uses `facts` instead of the bundled fact base (or merged onto it), until the `facts` attribute changes
   * or `loadFacts(null)`; re-checks the text. Rejects with the error the widget shows (with a `code`).
   */
  loadFacts(facts: Facts | null, options?: { mode?: 'replace' | 'merge'; name?: string }): Promise<FactbaseInfo>;
  /**
   * Adds a trusted text to check against (its figures, names and roles become facts) and checks the text
   * again. Rejects with the engine's coded error (`learn.duplicate_name`, `learn.too_large`, `learn.bad_date`,
   * …) and keeps nothing of a refused source. Sources outlive a change of fact base.
   */
  addSource(text: string, options: SourceOptions): Promise<SourceInfo>;
  /** Removes a source (rejects with `api.unknown_source` for a name it does not hold); returns the rest. */
  removeSource(name: string): Promise<SourceInfo[]>;
  /** Removes every source. */
  clearSources(): Promise<void>;
  /** The sources in the order they were added. */
  sources(): SourceInfo[];
  /** The text of a source as it was given (a claim's `source.sentence` offsets point into it), or null. */
  sourceText(name: string): string | null;
  /**
   * What checks use (the `against` attribute): the fact base, the sources or both; by default the sources
   * alone once there are any.
   */
  against: CheckAgainst;
}

declare global {
  interface HTMLElementTagNameMap {
    'fact-check': FactCheckElement;
  }
  interface HTMLElementEventMap {
    /** Fired by <fact-check> after every check (bubbles, composed); `detail` is the report. */
    'factcheck-result': CustomEvent<Report>;
    /** Fired by <fact-check> when a source is added or removed (bubbles, composed); `detail` is the list. */
    'factcheck-sources': CustomEvent<SourceInfo[]>;
  }
}
