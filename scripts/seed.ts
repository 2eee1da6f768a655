import path from 'node:path';
import { formatProblem } from '../lib/ingest/errors';
import { seed } from '../lib/ingest/pipeline';

// Usage: tsx scripts/seed.ts [seedDir] [dbPath]   (defaults: seeds/ → prisma/policies.db)
const seedDir = path.resolve(process.argv[2] ?? 'seeds');
const dbPath = path.resolve(process.argv[3] ?? process.env.SEED_DB_PATH ?? path.join('prisma', 'policies.db'));
const started = performance.now();
try {
  const { counts, searchIndexMs } = await seed({ seedDir, dbPath });
  const ms = Math.round(performance.now() - started);
  console.log(`seeded ${path.relative(process.cwd(), dbPath)}: ${counts.insurers} insurers, ${counts.versions} versions, ${counts.topics} topics, ${counts.practices} practices, ${counts.citations} citations, ${counts.clauses} clauses, ${counts.changes} stance changes in ${ms} ms (search index ${Math.round(searchIndexMs)} ms)`);
} catch (err) {
  const e = err as Error & { problems?: Parameters<typeof formatProblem>[0][] };
  console.error(`seed failed (${e.name}); the existing database was left as it was:`);
  console.error(e.problems ? e.problems.map(formatProblem).join('\n') : e.message);
  process.exitCode = 1;
}
