import { readPolicyFile, readTaxonomy } from '../lib/suggest/policy-file';
import { loadRules } from '../lib/suggest/rules';
import { suggestPolicy } from '../lib/suggest/suggest';

/**
 * npm run suggest -- <policy-file> [--json]
 * Suggests a stance, a confidence and up to three verbatim citations per topic. Writes nothing, needs
 * no database or network. With --json it prints exactly one JSON object and nothing else.
 */
const args = process.argv.slice(2);
const json = args.includes('--json');
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npm run suggest -- <policy-file> [--json]');
  process.exit(2);
}
try {
  const taxonomy = readTaxonomy();
  const rules = loadRules(taxonomy);
  const cells = suggestPolicy(readPolicyFile(file), rules, taxonomy.map((t) => t.slug));
  if (json) {
    process.stdout.write(`${JSON.stringify({ file, cells })}\n`);
  } else {
    const pad = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));
    console.log(`${pad('topic', 20)} ${pad('stance', 29)} conf  citation`);
    for (const c of cells) {
      const first = c.citations[0];
      console.log(`${pad(c.topic, 20)} ${pad(c.stance, 29)} ${c.confidence.toFixed(2)}  ${first ? `${first.clauseKey}: “${pad(first.quote, 70)}”` : '—'}`);
      for (const more of c.citations.slice(1)) console.log(`${' '.repeat(57)}${more.clauseKey}: “${pad(more.quote, 70)}”`);
    }
  }
} catch (err) {
  console.error(`suggest failed: ${(err as Error).message}`);
  process.exit(1);
}
