import path from 'node:path';
import { loadCorpus } from './load';
import { readSeedBundle } from './read';
import { buildCorpus, type Corpus } from './validate';

export interface SeedResult {
  corpus: Corpus;
  counts: { insurers: number; topics: number; practices: number; citations: number; clauses: number };
}

/** read → parse → validate → load. Any stage's error stops the seed before the database is touched. */
export async function seed(options: { seedDir: string; dbPath: string; migrationsDir?: string }): Promise<SeedResult> {
  const bundle = await readSeedBundle(options.seedDir);
  const corpus = buildCorpus(bundle);
  await loadCorpus(corpus, options.dbPath, options.migrationsDir ?? path.join(process.cwd(), 'prisma', 'migrations'));
  return {
    corpus,
    counts: {
      insurers: corpus.insurers.length,
      topics: corpus.topics.length,
      practices: corpus.insurers.reduce((n, i) => n + i.practices.length, 0),
      citations: corpus.insurers.reduce((n, i) => n + i.practices.reduce((m, p) => m + p.citations.length, 0), 0),
      clauses: corpus.insurers.reduce((n, i) => n + i.policy.clauses.length, 0),
    },
  };
}
