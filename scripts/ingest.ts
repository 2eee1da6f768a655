import path from 'node:path';
import { formatProblem } from '../lib/ingest/errors';
import { ingest } from '../lib/ingest/pipeline';
import { versionDate } from '../lib/schemas';

/**
 * npm run ingest -- <policy-file> --insurer <slug> --name "<name>" [--state XX] [--kind insurer|state-exchange|federal-exchange|medicare-plan] [--short-names "A,B"] [--seeds <dir>]
 * Copies the text into seeds/policies/ unchanged, adds the insurer (or the version) to insurers.yaml
 * and writes its cells to seeds/annotations/<slug>.yaml, every one marked suggested or carried.
 */
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const insurer = option('insurer');
if (!file || !insurer) {
  console.error('usage: npm run ingest -- <policy-file> --insurer <slug> --name "<name>" [--state XX]');
  process.exit(2);
}
try {
  const seedDir = path.resolve(option('seeds') ?? 'seeds');
  const shortNames = option('short-names')?.split(',').map((n) => n.trim()).filter(Boolean);
  const plan = await ingest({ seedDir, file, insurer, name: option('name'), state: option('state'), kind: option('kind'), shortNames, today: new Date().toISOString().slice(0, 10) });
  const carried = plan.cells.filter((c) => c.review === 'carried').length;
  const flagged = plan.cells.filter((c) => c.flag).length;
  console.log(`ingested ${file} as ${insurer}'s version of ${versionDate(plan.version)}${plan.isNewInsurer ? ' (new insurer)' : ''}`);
  console.log(`  text:        seeds/${plan.policyPath} (unchanged, ${plan.bytes.length} bytes)`);
  console.log(`  insurer:     seeds/insurers.yaml`);
  console.log(`  cells:       seeds/${plan.annotationPath}: ${plan.cells.length - carried} suggested${carried ? `, ${carried} carried forward` : ''}${flagged ? `, ${flagged} flagged for review` : ''}`);
  console.log('Review each suggested cell, mark it "review: reviewed", then run npm run db:seed.');
} catch (err) {
  const e = err as Error & { problems?: Parameters<typeof formatProblem>[0][] };
  console.error(`ingest failed (${e.name}); the seed folder was left as it was:`);
  console.error(e.problems ? e.problems.map(formatProblem).join('\n') : e.message);
  process.exitCode = 1;
}
