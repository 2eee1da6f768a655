import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatProblem } from '../lib/ingest/errors';
import { parseSeed } from '../lib/ingest/parse-seed';
import { readSeedBundle } from '../lib/ingest/read';
import { validateCorpus } from '../lib/ingest/validate';
import { checkReading, dumpPolicy, findReadingVersion } from '../lib/readings/reading';

/**
 * npm run --silent reading -- dump <domain>__<date>     the version's clauses, one per line with its key
 * npm run --silent reading -- check <reading.yaml>…     a finished reading checked by the seed's rules
 * Reading aids (docs/readings/GUIDE.md): the seed folder must be valid, and the version in it.
 */
const [command, ...files] = process.argv.slice(2);
if ((command !== 'dump' && command !== 'check') || files.length === 0) {
  console.error('usage: npm run --silent reading -- dump <domain>__<date> | check <reading.yaml>…');
  process.exit(2);
}
const corpus = validateCorpus(parseSeed(await readSeedBundle(path.resolve('seeds'))));
let failed = 0;
for (const file of files) {
  const target = findReadingVersion(corpus, command === 'dump' ? `${path.basename(file).replace(/\.ya?ml$/, '')}.yaml` : path.basename(file));
  if (!target) {
    console.error(`${file}: no version of the seed folder is named by it (<domain>__<date>)`);
    failed += 1;
    continue;
  }
  if (command === 'dump') {
    const v = target.version;
    console.log(`# ${target.insurer.meta.name} (${target.insurer.meta.slug}), ${v.meta.file}; the summary must name it: ${[target.insurer.meta.name, ...(target.insurer.meta.shortNames ?? [])].join(' | ')}\n`);
    console.log(dumpPolicy(v.policy));
    continue;
  }
  const problems = checkReading(file, await readFile(file, 'utf8'), corpus, target);
  if (problems.length) failed += 1;
  console.log(problems.length ? problems.map(formatProblem).join('\n') : `${file}: ok`);
}
process.exitCode = failed ? 1 : 0;
