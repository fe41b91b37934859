// Writes the fuzz targets' seed corpora into DIR/<target>/, one input per file, from the test data:
// the labelled corpus texts and the example story (check, extract), the fact bases (factbase), the CSV
// examples (csv_import), and every target's regression inputs. Usage: node tests/fuzz/seeds.mjs DIR
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const out = process.argv[2];
if (!out) {
  console.error('usage: node tests/fuzz/seeds.mjs DIR');
  process.exit(2);
}

/** Files of `dir` whose names end with `suffix`, as full paths. */
const files = (dir, suffix) =>
  existsSync(join(root, dir)) ? readdirSync(join(root, dir)).filter((f) => f.endsWith(suffix)).map((f) => join(root, dir, f)) : [];

const texts = files('tests/corpus', '.json').flatMap((f) => JSON.parse(readFileSync(f, 'utf8')).cases.map((c) => c.text));
texts.push(...files('docs/examples', '.txt').map((f) => readFileSync(f, 'utf8')));
const factBases = [...files('core/facts', '.json'), ...files('docs/examples', '.json'), ...files('tests/browser/fixtures', '.json')].map((f) => readFileSync(f));
const csvs = files('docs/examples', '.csv').map((f) => readFileSync(f));

const seeds = { check: texts, extract: texts, factbase: factBases, csv_import: csvs, learn_check: texts };
for (const [target, inputs] of Object.entries(seeds)) {
  const dir = join(out, target);
  mkdirSync(dir, { recursive: true });
  const regressions = files(`tests/fuzz/regressions/${target}`, '').filter((f) => !f.endsWith('.md'));
  [...inputs, ...regressions.map((f) => readFileSync(f))].forEach((input, i) => writeFileSync(join(dir, `seed-${i}`), input));
  console.log(`seeds: ${target}: ${inputs.length + regressions.length} inputs`);
}
