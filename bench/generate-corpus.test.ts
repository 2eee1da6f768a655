import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { seed } from '../lib/ingest/pipeline';
import { generateCorpus } from './generate-corpus';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

it('generates a synthetic corpus that passes the full seed validation', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'synthetic-'));
  dirs.push(dir);
  await generateCorpus(12, path.join(dir, 'seeds'));
  const { counts } = await seed({ seedDir: path.join(dir, 'seeds'), dbPath: path.join(dir, 'db.sqlite') });
  // Insurers 5 and 10 also have an older version, whose first topic reads differently.
  expect(counts).toMatchObject({ insurers: 12, versions: 14, topics: 17, practices: 14 * 17, changes: 2 });
  expect(counts.citations).toBeGreaterThan(100);
});
