import { spawnSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { generateCorpus } from '../bench/generate-corpus';
import { parsePolicy } from '../lib/ingest/parse';
import { ingest, seed } from '../lib/ingest/pipeline';
import { html, policyHtml, startSite } from '../lib/track/test-site';
import { trackSources } from '../lib/track/track';

/**
 * Builds the app a second time, into .next-scale, over a synthetic corpus with more insurers than
 * the grid lists, so e2e can check the grid stays one page in size and finds the rest by search. New
 * texts arrive the ways a curator and the tracker add them:
 * - through `npm run ingest`'s pipeline: a real archived policy as a new insurer (every cell
 *   machine-suggested) and a newer text of a synthetic insurer (its reviewed cells carried forward where
 *   their quotes still occur);
 * - through the tracker (`npm run track`'s trackSources) against a local web site: one insurer's page
 *   with the same words (unchanged), one with a changed sentence (a fetched version awaiting review),
 *   one missing (failed).
 * Usage: tsx scripts/build-scale.ts [insurers=60]
 */
export const SCALE_DIR = path.resolve('.scale-corpus');
export const SCALE_DB = path.join(SCALE_DIR, 'policies.db');

const count = Number(process.argv[2] ?? 60);
const seeds = path.join(SCALE_DIR, 'seeds');
await rm(SCALE_DIR, { recursive: true, force: true });
await mkdir(SCALE_DIR, { recursive: true });
await generateCorpus(count, seeds);
await ingest({ seedDir: seeds, file: path.resolve('seeds', 'policies', 'wellcare.com', '2002-12-08.md'), insurer: 'ingested-wellcare', name: 'Ingested WellCare', state: 'FL', today: '2026-11-24' });
const newer = path.join(SCALE_DIR, 'synthetic-insurer-3-newer.txt');
const older = await readFile(path.join(seeds, 'policies', 'synthetic-insurer-3', '2020-06-01.txt'), 'utf8');
await writeFile(newer, older.replace(/Synthetic Insurer 3 states its practice number 4 about [a-z-]+ in this sentence\./, 'This practice was rewritten.'));
await ingest({ seedDir: seeds, file: newer, insurer: 'synthetic-insurer-3', today: '2026-11-24' });

// The tracker: every insurer gets a source on the local site; three of them are checked.
const site = await startSite();
const slugs = [...Array(count).keys()].map((n) => `synthetic-insurer-${n + 1}`).concat('ingested-wellcare');
await writeFile(path.join(seeds, 'sources.yaml'), stringify({ sources: slugs.map((insurer) => ({ insurer, url: `${site.origin}/${insurer}/privacy`, select: ['#policy'], remove: ['.cookie-banner'], render: 'static' })) }));
const page = async (insurer: string, edit?: (text: string) => string) => {
  const file = path.join(seeds, 'policies', insurer, '2020-06-01.txt');
  return policyHtml(parsePolicy(await readFile(file, 'utf8'), { file, format: 'text' }), { layout: 'site', ...(edit ? { edit } : {}) });
};
site.routes.set('/synthetic-insurer-2/privacy', html(await page('synthetic-insurer-2')));
site.routes.set('/synthetic-insurer-4/privacy', html(await page('synthetic-insurer-4', (t) => t.replace(/^Synthetic Insurer 4 states its practice number 2 about [a-z-]+ in this sentence\.$/, 'Synthetic Insurer 4 now says something else about this practice.'))));
try {
  const report = await trackSources({
    seedDir: seeds, insurers: ['synthetic-insurer-2', 'synthetic-insurer-4', 'synthetic-insurer-6'], today: '2026-12-01', now: new Date('2026-12-01T06:00:00Z'),
    confirmDelayMs: 20, log: () => undefined,
  });
  console.log(`tracker: ${report.checked} checked, ${report.changed.length} changed, ${report.unchanged.length} unchanged, ${report.failed.length} failed`);
} finally {
  await site.close();
}

const { counts } = await seed({ seedDir: seeds, dbPath: SCALE_DB });
console.log(`synthetic corpus: ${counts.insurers} insurers, ${counts.versions} versions, ${counts.practices} practices`);
const build = spawnSync('node_modules/.bin/tsx', ['scripts/build.ts'], {
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: `file:${SCALE_DB}`, NEXT_DIST_DIR: '.next-scale', NEXT_TELEMETRY_DISABLED: '1' },
});
process.exit(build.status ?? 1);
