import { spawnSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateCorpus } from '../bench/generate-corpus';
import { ingest, seed } from '../lib/ingest/pipeline';

/**
 * Builds the app a second time, into .next-scale, over a synthetic corpus with more insurers than
 * the grid lists, so e2e can check the grid stays one page in size and finds the rest by search. Two
 * policies arrive through `npm run ingest`'s pipeline, as a curator would add them: a real archived
 * policy as a new insurer (every cell machine-suggested) and a newer text of a synthetic insurer
 * (its reviewed cells carried forward where their quotes still occur).
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
const { counts } = await seed({ seedDir: seeds, dbPath: SCALE_DB });
console.log(`synthetic corpus: ${counts.insurers} insurers, ${counts.versions} versions, ${counts.practices} practices`);
const build = spawnSync('node_modules/.bin/next', ['build'], {
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: `file:${SCALE_DB}`, NEXT_DIST_DIR: '.next-scale', NEXT_TELEMETRY_DISABLED: '1' },
});
process.exit(build.status ?? 1);
