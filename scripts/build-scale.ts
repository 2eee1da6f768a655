import { spawnSync } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { generateCorpus } from '../bench/generate-corpus';
import { seed } from '../lib/ingest/pipeline';

/**
 * Builds the app a second time, into .next-scale, over a synthetic corpus with more insurers than the
 * grid's page, so e2e can check the grid stays one page in size and finds the rest by search.
 * Usage: tsx scripts/build-scale.ts [insurers=30]
 */
export const SCALE_DIR = path.resolve('.scale-corpus');
export const SCALE_DB = path.join(SCALE_DIR, 'policies.db');

const count = Number(process.argv[2] ?? 30);
await rm(SCALE_DIR, { recursive: true, force: true });
await mkdir(SCALE_DIR, { recursive: true });
await generateCorpus(count, path.join(SCALE_DIR, 'seeds'));
const { counts } = await seed({ seedDir: path.join(SCALE_DIR, 'seeds'), dbPath: SCALE_DB });
console.log(`synthetic corpus: ${counts.insurers} insurers, ${counts.practices} practices`);
const build = spawnSync('node_modules/.bin/next', ['build'], {
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: `file:${SCALE_DB}`, NEXT_DIST_DIR: '.next-scale', NEXT_TELEMETRY_DISABLED: '1' },
});
process.exit(build.status ?? 1);
