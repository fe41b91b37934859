// Types of the factcheck JavaScript API: `factcheck` (dist/factcheck.js, the split build: an ES module
// and a separate .wasm file) and `factcheck/single` (dist/factcheck-single.js, the wasm inlined). Both
// export exactly this. (dist/factcheck-core-classic.js, a classic script defining a global
// `createFactcheckCore` for pages opened from file://, is the bare wasm core without this API.)

/** Where a claim's verdict comes from. */
export type Verdict = 'supported' | 'contradicted' | 'outdated' | 'unverified';

/** What a claim is about. */
export type ClaimKind = 'money' | 'percent' | 'count' | 'measure' | 'duration' | 'age' | 'date' | 'relation';

/** How a figure is hedged (README, "Tolerance table"). */
export type Comparator =
  | 'none' | 'exactly' | 'approx' | 'nearly' | 'just_over' | 'more_than' | 'at_least' | 'less_than'
  | 'at_most' | 'order' | 'range' | 'until' | 'since';

/** The value a claim states, as the engine read it. */
export interface ClaimedValue {
  /** A number, or for a date an ISO 8601 string ("2030", "2025-01-21") or "FY2025". */
  value?: number | string;
  /** An ISO 4217 code for money, "%" or "pp" for a percent, the noun of a count. */
  unit?: string;
  comparator?: Comparator;
  /** The interval the claim admits; null is an open end. */
  low?: number | string | null;
  high?: number | string | null;
  /** For a relation: "members", "role" or "rank". */
  relation?: 'members' | 'role' | 'rank';
  members?: string[];
  subject?: string;
  object?: string;
  rank?: number;
  /** The claim in words, e.g. "roughly $1.4 billion". */
  display: string;
}

/** A fact's value: the current one (`expected`) or the earlier one an outdated claim fits (`earlier`). */
export interface FactValue {
  value?: number | string;
  unit?: string;
  comparator?: Comparator;
  low?: number | string | null;
  high?: number | string | null;
  members?: string[];
  entity?: string;
  rank?: number;
  as_of?: string;
  valid_from?: string;
  valid_until?: string;
  /** When the fact's event happened, e.g. "2024-10". */
  when?: string;
  /** The value in words, e.g. "nearly $14 billion". */
  display: string;
  /** When it held or happened, in words: "as of 23 January 2025", "in October 2024". */
  period?: string;
}

export interface Source {
  id: string;
  publisher: string;
  date: string;
  /** The date in words, e.g. "23 January 2025". */
  date_display: string;
    title?: string;
  url?: string;
  /** A learned source (`addSource`): the document's name. */
  document?: string;
  /** The sentence the fact was read from, shortened. */
  quote?: string;
  /** That sentence's [start, end] in the document, as UTF-8 byte offsets. */
  sentence?: [number, number];
}

/** How a figure's fact was chosen: present when a fact of the base came close. */
export interface Binding {
  /** The best candidate: the fact bound to, or for an unverified figure the closest one. */
  fact: string;
  /** Its evidence (higher is stronger). */
  score: number;
  /** The next best candidate, if any. */
  runner_up: { fact: string; score: number } | null;
  /** What counted: "cue:invested", "subject:microsoft", "context:round", "date:2024-10", "value:fits"; against sources also "source-sentence:N", the weight of the words shared with the source sentence. */
  signals: string[];
  /** The signals in words, for readers: "Bound to this fact by the word “invested”, …". */
  why: string;
  /** Why the closest fact was not used ("close call", "off scale", "another year", "denied", "fits another", "which is which", "elsewhere", "another word", "sources disagree", "said of another", "an estimate", "a new thing", "a demand", "another organisation's", "another topic", "compared", "a later source", "a higher bound", "another fact's period", "the other way", "not dated", "another kind", "not a bound", "unknown member", "another reading", …); absent when it was. */
  abstained?: string;
}

/** One claim found in the text, with its verdict and evidence. */
export interface Claim {
  /** Exactly `text.slice(start, end)` of the checked text. */
  text: string;
  /** UTF-16 code-unit index (a JavaScript string index) where the claim starts. */
  start: number;
  /** UTF-16 code-unit index where it ends, exclusive. */
  end: number;
  kind: ClaimKind;
  verdict: Verdict;
  /** The id of the fact it was weighed against; null when unverified (unless the fact had no value then). */
  fact: string | null;
  claimed: ClaimedValue;
  expected: FactValue | null;
  /** Present only for an outdated claim. */
  earlier?: FactValue;
  /** Relative deviation from the fact's value (-0.9 is 90% lower), or null. */
  deviation: number | null;
  /** The deviation in words, e.g. "about 90% lower", "the figures agree"; null with `deviation`. */
  deviation_display: string | null;
  /** For a figure that a fact came close to: how the fact was chosen, or why it was not used. */
  binding?: Binding;
  /** One sentence saying why, with the source. */
  explanation: string;
  source: Source | null;
}

/** One fact-base file of a stack. */
export interface FactbaseLayer {
  name: string;
  version: string;
  /** "sha256:..." of the file's canonical JSON. */
  checksum: string;
  facts: number;
}

/** The report of `check()`: the CLI's `check --format json`, with UTF-16 offsets. */
export interface Report {
  factbase: {
    /** What the facts come from: written facts, learned sources, or a stack of both. */
    basis: Basis;
    name: string;
    version: string;
    /** For a stack, the SHA-256 of its layers' checksums. */
    checksum: string;
    facts: number;
    layers: FactbaseLayer[];
  };
  claims: Claim[];
  summary: Record<Verdict, number>;
  /**
   * What a reader's view calls each verdict: "Supported", "Contradicted", "Outdated", and "Not in the fact
   * base", "Not in the sources" when the base was learned from documents alone, or "Not in the fact base or
   * the sources" for a stack of both.
   */
  verdict_names: Record<Verdict, string>;
}

/** What a fact base's facts come from: written facts, learned sources, or a stack of both. */
export type Basis = 'facts' | 'sources' | 'both';

/** What `factbase()` and `loadFacts()` return: the fact base the checker now uses. */
export interface FactbaseInfo {
  basis: Basis;
  name: string;
  version: string;
  checksum: string;
  facts: number;
  layers: FactbaseLayer[];
  sources: number;
  entities: number;
  predicates: number;
}

/** A fact base: its JSON text or the parsed object (docs/fact-base.md). */
export type Facts = string | object;

export interface LoadOptions {
  /** "replace" (default): these facts instead of the current ones; "merge": on top of them. */
  mode?: 'replace' | 'merge';
}

/** A trusted text to check against: `addSource(text, {name, date})`. */
export interface SourceOptions {
  /** Unique among the checker's sources; explanations cite it ("report.txt, 2025-01-23"). */
  name: string;
  /** ISO 8601 publication date ("2025-01-23"): a later source makes an earlier figure outdated. */
  date?: string;
}

/** A source as the checker holds it. */
export interface SourceInfo {
  name: string;
  /** "" when none was given. */
  date: string;
  /** Its size in UTF-8 bytes (all sources together are limited by `limits.maxSourcesBytes`). */
  bytes: number;
  /** How many facts were learned from it, read alone. */
  facts: number;
}

/** What `check()` uses: the fact base alone, the sources alone (the default once one is added), or both. */
export type CheckAgainst = 'facts' | 'sources' | 'both';

/** An Emscripten factory of the wasm core, e.g. the default export of factcheck-core-single.mjs. */
export type CoreFactory = (overrides?: object) => Promise<unknown>;

export interface CheckerOptions {
  /** A fact base to load once the checker is created; without it the bundled one is used. */
  facts?: Facts;
  /** How `facts` is loaded: "replace" (default) or "merge" onto the bundled fact base. */
  mode?: 'replace' | 'merge';
  /**
   * Run the engine in a Web Worker (in Node, a worker_threads Worker): every method then returns a
   * Promise and a long text never blocks the calling thread. Default false.
   */
  worker?: boolean;
  /**
   * Advanced: the wasm core to use instead of the entry's own. A factory (main thread only), or the
   * absolute URL of an ES module whose default export is one (also with `worker: true`); a separate .wasm
   * is looked for beside that module under the same name.
   */
  core?: CoreFactory | string | URL;
  /** Size limits; a member left out keeps its default (README, "Limits"). */
  limits?: Partial<Limits>;
}

/**
 * The largest inputs a checker takes, in UTF-8 bytes: a longer text is refused with
 * `engine.text_too_large`, a longer fact-base file with `factbase.too_large`, before any work. The defaults
 * are the engine's (README, "Limits"); `checker.limits` says which are in force.
 */
export interface Limits {
  /** A text to check, in UTF-8 bytes: a check needs about 30 times its text's size in wasm memory. */
  maxTextBytes: number;
    /** One fact-base file loaded, in bytes. */
  maxFactsBytes: number;
  /** All sources added together, in UTF-8 bytes: one more is refused with `learn.too_large`. */
  maxSourcesBytes: number;
}

/**
 * A checker on the calling thread: methods return their results directly. `await` works on them too, so
 * code written for `AsyncChecker` runs unchanged.
 */
export interface Checker {
  /** The engine's version, e.g. "0.1.0". */
  readonly version: string;
  readonly worker: false;
  /** The size limits in force. */
  readonly limits: Limits;
  /** Finds and checks every claim. Throws FactcheckError (`api.bad_argument`, `engine.*`). */
  check(text: string): Report;
  /**
   * Loads a fact base. Throws FactcheckError with the first problem's `code` and every problem in
   * `errors`; the checker then keeps its previous facts.
   */
    loadFacts(facts: Facts, options?: LoadOptions): FactbaseInfo;
  factbase(): FactbaseInfo;
  /**
   * Adds a trusted text to check against: its figures, names and roles become facts, and each claim's
   * `source` then carries `document`, `quote` and `sentence` (UTF-8 byte offsets into that text). Throws
   * FactcheckError (`learn.duplicate_name`, `learn.bad_date`, `learn.too_large`, `learn.no_name`,
   * `api.bad_argument`) and then changes nothing.
   */
  addSource(text: string, options: SourceOptions): SourceInfo;
  /** Removes a source; throws `api.unknown_source` for a name it does not hold. Returns the rest. */
  removeSource(name: string): SourceInfo[];
  sources(): SourceInfo[];
  /** Chooses what `check()` uses; throws `api.bad_argument` for anything else. */
  use(what: CheckAgainst): CheckAgainst;
  /** Frees the engine's memory. Idempotent; afterwards every method throws `api.disposed`. */
  dispose(): void;
}

/** A checker whose engine runs in a worker: the same methods, returning Promises that reject on failure. */
export interface AsyncChecker {
  readonly version: string;
  readonly worker: true;
  readonly limits: Limits;
  check(text: string): Promise<Report>;
    loadFacts(facts: Facts, options?: LoadOptions): Promise<FactbaseInfo>;
  factbase(): Promise<FactbaseInfo>;
  addSource(text: string, options: SourceOptions): Promise<SourceInfo>;
  removeSource(name: string): Promise<SourceInfo[]>;
  sources(): Promise<SourceInfo[]>;
  use(what: CheckAgainst): Promise<CheckAgainst>;
  /** Stops the worker. Idempotent; calls still running and every later call reject with `api.disposed`. */
  dispose(): Promise<void>;
}

/**
 * Creates a checker over the bundled fact base, or over `options.facts`. Rejects with a FactcheckError
 * when the fact base is invalid or the wasm core cannot load.
 */
export function createChecker(options: CheckerOptions & { worker: true }): Promise<AsyncChecker>;
export function createChecker(options?: CheckerOptions & { worker?: false }): Promise<Checker>;
export function createChecker(options?: CheckerOptions): Promise<Checker | AsyncChecker>;

/** The engine's version, e.g. "0.1.0". Loads the entry's wasm core once, if no checker has yet. */
export function version(): Promise<string>;

/** One problem in a fact base, e.g. `{code: "factbase.unknown_entity", pointer: "/facts/0/subject"}`. */
export interface Problem {
  code: string;
  /** JSON pointer into the fact base. */
  pointer?: string;
  message: string;
}

/**
 * Every failure of the API. `code` is stable: `factbase.*` (the same codes as the CLI's, e.g.
 * `factbase.json_syntax`, `factbase.unknown_entity`, `factbase.merge_conflict`), `api.disposed`,
 * `api.bad_argument`, `api.bad_mode`, `api.core_unavailable` (the wasm core did not load),
 * `api.no_worker`, `api.worker_failed` (the worker died; the checker is then unusable),
 * `engine.text_too_large`, `engine.out_of_memory`, `engine.internal`, `learn.*` and `api.unknown_source`
 * (sources); after any of the `engine.*` errors
 * the checker stays usable.
 */
export class FactcheckError extends Error {
  constructor(code: string, message: string, errors?: Problem[]);
  readonly name: 'FactcheckError';
  readonly code: string;
  /** Every problem found (for a fact base); empty otherwise. */
  readonly errors: Problem[];
}
