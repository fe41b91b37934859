#!/usr/bin/env node
// Packages the <fact-check> widget into dist/, after the wasm build (scripts/build.sh runs it last):
//
//   dist/widget.js       the element as an ES module over the JS API (imports ./factcheck.js), and
//                        dist/widget.d.ts its types
//   dist/factcheck-core-inline.mjs
//                        the engine the widget runs: factcheck-core.mjs with factcheck-core.wasm carried
//                        in the script, so that it loads under a policy that allows no fetch
//   dist/index.html      the demo page (web/index.html with the sample text), and dist/page.css
//   dist/factcheck.html  one self-contained page: the classic wasm core, the fact base and the widget
//                        inlined as classic scripts, under a policy listing each script's SHA-256
//
// The widget's source (web/widget/) is written so that the same files make both: its parts (WIDGET_PARTS,
// the element split by concern) have no import or export, and only its entry differs (entry-module.js or
// entry-classic.js). Assembling is concatenation, in the order of WIDGET_PARTS, plus the stylesheet turned
// into a string constant for a constructable stylesheet.
import { createHash } from 'node:crypto';
import vm from 'node:vm';
import { readFile, writeFile, access } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// FACTCHECK_DIST packages a copy elsewhere (scripts/bench.sh builds one), as the browser tests read it.
const dist = process.env.FACTCHECK_DIST ?? join(root, 'dist');

/** @param {string} path relative to the repository root */
const read = (path) => readFile(join(root, path), 'utf8');

/** @param {string} message */
function fail(message) {
  console.error(`package-web: ${message}`);
  process.exit(1);
}

const core = join(dist, 'factcheck-core-classic.js');
for (const name of ['factcheck-core-classic.js', 'factcheck-core.mjs', 'factcheck-core.wasm', 'factcheck.js']) {
  await access(join(dist, name)).catch(() => fail(`dist/${name} is missing: run scripts/build.sh`));
}
const wasm = await readFile(join(dist, 'factcheck-core.wasm'));

// The widget's parts, in the order they are joined: each uses only what comes before it when it runs, and
// the element (fact-check.js) comes last, before the entry.
const WIDGET_PARTS = ['wording.js', 'export-formats.js', 'dom.js', 'sources-view.js', 'layout.js', 'report-view.js',
  'fact-check.js'];
/** @type {[string, string][]} each part's name and source */
const widgetParts = await Promise.all(WIDGET_PARTS.map(async (name) => [name, await read(`web/widget/${name}`)]));

const [css, entryModule, entryClassic, widgetTypes, pageCss, indexTemplate, singleTemplate, sample,
  coreScript, bundledFacts, packageJson] = await Promise.all([
  read('web/widget/fact-check.css'),
  read('web/widget/entry-module.js'), read('web/widget/entry-classic.js'), read('web/widget/widget.d.ts'),
  read('web/pages/page.css'),
  read('web/index.html'), read('web/pages/factcheck.html'), read('web/pages/sample.txt'), readFile(core, 'utf8'),
  read('core/facts/bundled.json'), read('package.json'),
]);

// The parts shared by both builds must run as a classic script as well as in a module.
for (const [name, source] of [...widgetParts, ['entry-classic.js', entryClassic]]) {
  if (/^\s*(import|export)\b/m.test(source)) fail(`web/widget/${name} must not import or export: it is also a classic script`);
}

/** A stylesheet without comments and runs of white space (none of ours is significant). @param {string} text */
function compactCss(text) {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1').replace(/;}/g, '}').trim();
}
/**
 * A script without its comment lines: whole-line // comments and /* … *\/ blocks that fill their lines,
 * which are for readers of web/widget/ (a third of its bytes), not for the browsers that load dist/. Code
 * and comments that share a line are kept as they are; the result is compiled below, so a slip fails the
 * build, not a page.
 * @param {string} source
 */
function withoutComments(source) {
  const kept = [];
  let inBlock = false;
  for (const line of source.split('\n')) {
    const text = line.trim();
    if (inBlock) {
      if (text.includes('*/')) inBlock = false;
      continue;
    }
    if (text.startsWith('//') || text === '') continue;
    if (text.startsWith('/*')) {
      const end = text.indexOf('*/');
      if (end < 0) {
        inBlock = true;
        continue;
      }
      if (end + 2 === text.length) continue;
    }
    kept.push(line);
  }
  return kept.join('\n');
}

const styles = `const FC_STYLES = ${JSON.stringify(compactCss(css))};\n`;
const shared = [styles, ...widgetParts.map(([, source]) => withoutComments(source))].join('\n');

// dist/widget.js: the ES module. Its import goes first, where a reader looks for it.
const imports = entryModule.match(/^import .*;$/gm) ?? [];
if (imports.length === 0) fail('web/widget/entry-module.js imports nothing: it must import ./factcheck.js');
const widgetModule = [
  '// <fact-check>: the fact-checking widget, a custom element. To embed it:',
  '//   <script type="module" src="widget.js"></script>',
  '//   <fact-check text="optional text to check" facts="optional-fact-base.json"></fact-check>',
  '// Built by scripts/package-web.mjs from web/widget/: fact-check.css,',
  `//   ${WIDGET_PARTS.join(', ')} and entry-module.js.`,
  ...imports,
  '',
  shared,
  entryModule.replace(/^import .*;$\n?/gm, ''),
].join('\n');

// dist/factcheck.html: everything inline, as classic scripts, each one allowed by its hash.
const widgetClassic = `(() => {\n'use strict';\n${shared}\n${withoutComments(entryClassic)}\n})();\n`;
try {
  new vm.Script(widgetClassic, { filename: 'widget (classic)' });  // compiled, not run
} catch (e) {
  fail(`the widget does not compile once its comments are left out: ${e}`);
}
const pageScript = `(() => {\n  const sheet = new CSSStyleSheet();\n  sheet.replaceSync(${JSON.stringify(compactCss(pageCss))});\n` +
  '  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];\n})();\n';

for (const [name, script] of [['the wasm core', coreScript], ['the widget', widgetClassic], ['the page styles', pageScript]]) {
  // Inside <script>, "</script" would end the element and "<!--" can change how the rest is parsed.
  if (/<\/script|<!--/i.test(script)) fail(`${name} contains "</script" or "<!--" and cannot be inlined`);
}

/** @param {string} script */
const hash = (script) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
const policy = [
  "default-src 'none'",
  `script-src ${[pageScript, coreScript, widgetClassic].map(hash).join(' ')} 'wasm-unsafe-eval'`,
  "style-src 'self'",
  // The single-file core reads its inlined wasm with fetch() on a data: URL.
  'connect-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** @param {string} text */
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Fills the {{name}} slots of a template in one pass, so that nothing inserted is read as a slot.
 * @param {string} template
 * @param {Record<string, string>} values
 * @param {string} name for errors
 */
function fill(template, values, name) {
  return template.replace(/\{\{(\w+)\}\}/g, (slot, key) => {
    if (!(key in values)) fail(`${name} has an unknown slot ${slot}`);
    return values[key];
  });
}

const facts = JSON.parse(bundledFacts);
const { version } = JSON.parse(packageJson);
const sampleText = escapeHtml(sample.trimEnd());

// The split build's core with its wasm in the script. A page may fetch nothing under default-src 'none'
// (connect-src falls back to it), yet may run same-origin scripts: so the bytes come as a script. Handing
// them over as `wasmBinary` keeps Emscripten from fetching anything, even its data: URL.
// The bytes are written one character per byte (U+0000 to U+00FF), not in base64: base64 cuts bytes into
// 6-bit pieces that gzip cannot match up, and costs 50 KB gzipped more (190 KB against 146 KB).
const byteString = (bytes) => {
  let out = '';
  for (const b of bytes) {
    if (b === 0x5c) out += '\\\\';
    else if (b === 0x27) out += "\\'";
    // Only line ends must be escaped in a string literal; other control bytes may stand as they are
    // in a script file (never inside an HTML page, whose parser replaces NUL).
    else if (b === 0x0a || b === 0x0d) out += b === 0x0a ? '\\n' : '\\r';
    else out += String.fromCharCode(b);
  }
  return out;
};
const inlineCore = `// Generated by scripts/package-web.mjs: factcheck-core.mjs with factcheck-core.wasm (${wasm.length} bytes,
// sha256 ${createHash('sha256').update(wasm).digest('hex')}) below, one character per byte, for pages that
// may fetch nothing. The default export is the core's factory, like factcheck-core.mjs's, and needs no .wasm.
import createFactcheckCore from './factcheck-core.mjs';

const wasm = '${byteString(wasm)}';

/** @param {string} text one character per byte */
function decode(text) {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** @param {object} [overrides] Emscripten module settings */
export default function createInlineCore(overrides = {}) {
  return createFactcheckCore({ ...overrides, wasmBinary: decode(wasm) });
}
`;

const outputs = {
  'widget.js': widgetModule,
  'factcheck-core-inline.mjs': inlineCore,
  'widget.d.ts': widgetTypes,
  'page.css': pageCss,
  'index.html': fill(indexTemplate, { sample: sampleText }, 'web/index.html'),
  'factcheck.html': fill(singleTemplate, {
    csp: escapeHtml(policy),
    page_script: pageScript,
    core_script: coreScript,
    widget_script: widgetClassic,
    sample: sampleText,
    factbase: escapeHtml(`“${facts.name}” ${facts.version}`),
    version: escapeHtml(version),
  }, 'web/pages/factcheck.html'),
};

for (const [name, content] of Object.entries(outputs)) await writeFile(join(dist, name), content);
console.log(`package-web: ${Object.keys(outputs).map((name) => relative(root, join(dist, name))).join(', ')}`);
