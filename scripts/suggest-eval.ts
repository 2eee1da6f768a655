import path from 'node:path';
import { parseSeed } from '../lib/ingest/parse-seed';
import { readSeedBundle } from '../lib/ingest/read';
import { validateCorpus } from '../lib/ingest/validate';
import { evaluate } from '../lib/suggest/eval';
import { loadRules } from '../lib/suggest/rules';

/**
 * npm run suggest:eval [-- <seedDir>] [--details] [--only=<slug|slug@date,…>] [--except=<slug|slug@date,…>]
 * Agreement of the suggester with every reviewed cell of the seed, per topic and overall, and how
 * often a suggested quote lies in a clause the reviewer cited. --only/--except restrict the insurers,
 * e.g. to the held-out set (lib/suggest/held-out.txt) that nobody reads while writing rules.
 */
const args = process.argv.slice(2);
const seedDir = path.resolve(args.find((a) => !a.startsWith('--')) ?? 'seeds');
const parsed = parseSeed(await readSeedBundle(seedDir));
const list = (flag: string) => args.find((a) => a.startsWith(`--${flag}=`))?.slice(flag.length + 3).split(',').filter(Boolean);
const only = list('only');
const except = list('except');
const validated = validateCorpus(parsed);
// An entry is an insurer (every version) or one version of it: <slug>@<archived-date>.
const picks = (list: string[] | undefined, slug: string, date: string) => list?.some((e) => e === slug || e === `${slug}@${date}`) ?? false;
const corpus = {
  ...validated,
  insurers: validated.insurers
    .map((i) => ({ ...i, versions: i.versions.filter((v) => (!only || picks(only, i.meta.slug, v.date)) && !picks(except, i.meta.slug, v.date)) }))
    .filter((i) => i.versions.length > 0),
};
const rules = loadRules(parsed.taxonomy.topics);
const started = performance.now();
const result = evaluate(corpus, rules);
const ms = performance.now() - started;
const pct = (a: number, b: number) => (b === 0 ? '   –  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
console.log(`suggester vs reviewed cells: ${result.versions} policy versions, ${result.overall.cells} cells (rules only: nothing is learned from the seed)`);
console.log(`${'topic'.padEnd(20)} ${'cells'.padStart(5)}  stance agrees  quotes in a reviewed clause`);
for (const t of result.topics) console.log(`${t.topic.padEnd(20)} ${String(t.cells).padStart(5)}  ${pct(t.agree, t.cells)} (${t.agree})   ${pct(t.quotesInReviewedClause, t.quotes)} of ${t.quotes}`);
const o = result.overall;
console.log(`${'overall'.padEnd(20)} ${String(o.cells).padStart(5)}  ${pct(o.agree, o.cells)} (${o.agree})   ${pct(o.quotesInReviewedClause, o.quotes)} of ${o.quotes}`);
console.log(`time: ${ms.toFixed(0)} ms for ${result.versions} versions (${(ms / Math.max(1, result.versions)).toFixed(1)} ms per policy)`);
if (args.includes('--details')) for (const d of result.disagreements) console.log(`  ${d.insurer} ${d.version} ${d.topic}: reviewed ${d.reviewed}, suggested ${d.suggested} (${d.confidence})`);
