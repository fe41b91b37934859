// Writes the large hostile inputs tests/cli/test_hostile.sh feeds the CLI, into DIR:
//   text-10mb.txt   10 MB of news-like text: a supported claim every 1,000 bytes or so
//   facts-100mb.json  a valid fact base of about 100 MB (one entity and fact per 300 bytes)
//   aliases-1m.json   a fact base whose one entity has 1,000,000 aliases ("quay jjjjjj board" the last)
// and prints the number of claims in text-10mb.txt. Usage: node tests/cli/gen-hostile.mjs DIR
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const claim = 'Microsoft has invested nearly $14 billion in OpenAI.';
const filler = 'The weather was mild and the harbour was quiet that morning. ';

const paragraph = `${filler.repeat(15)}${claim}\n\n`;
const times = Math.ceil((10 << 20) / paragraph.length);
writeFileSync(join(dir, 'text-10mb.txt'), paragraph.repeat(times));

const head = { name: 'Hostile', version: '1.0.0', sources: [{ id: 's', publisher: 'Gazette', date: '2026-01-01' }],
  predicates: [{ id: 'budget', value: 'money', cues: ['budget'] }] };
/** The fact base `head` plus `count` entities made by `entity(i)` and, for each, a budget fact. */
function factBase(count, entity) {
  const entities = [], facts = [];
  for (let i = 0; i < count; i++) {
    entities.push(JSON.stringify(entity(i)));
    facts.push(JSON.stringify({ id: `f${i}`, subject: `e${i}`, predicate: 'budget', source: 's',
      value: { amount: 1000 + i, unit: 'EUR' }, statement: 'A budget for the port authority of this town.' }));
  }
  const top = JSON.stringify(head).slice(0, -1);
  return `${top},"entities":[${entities.join(',\n')}],"facts":[${facts.join(',\n')}]}`;
}
writeFileSync(join(dir, 'facts-100mb.json'), factBase(460000, (i) => ({ id: `e${i}`, name: `Harbour Board ${i}` })));
// "quay a board" ... "quay jjjjjj board": each number written in letters, so that no alias is a figure.
const letters = (i) => String(i).replace(/[0-9]/g, (d) => 'abcdefghij'[d]);
const aliases = Array.from({ length: 1000000 }, (_, i) => `quay ${letters(i)} board`);
writeFileSync(join(dir, 'aliases-1m.json'), factBase(1, () => ({ id: 'e0', name: 'Harbour Board', aliases })));
console.log(times);
