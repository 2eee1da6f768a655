import { randomUUID } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadRules } from '../suggest/rules';
import { withHistory } from './history';
import { IngestError, planIngest, type IngestPlan } from './ingest';
import { detectFormat, parsePolicy } from './parse';
import { loadCorpus } from './load';
import { parseSeed } from './parse-seed';
import { readSeedBundle } from './read';
import { validateCorpus, type Corpus } from './validate';

export interface SeedResult {
  corpus: Corpus;
  /** Time spent building the full-text search index, inside the load stage. */
  searchIndexMs: number;
  counts: { insurers: number; versions: number; topics: number; practices: number; citations: number; clauses: number; changes: number };
}

/**
 * The seed, stage by stage: read → parse → validate → history → load (with the search index). Each stage has its own error
 * type (ReadError, SeedSyntaxError/ParseError, ValidationError, LoadError), and any error stops the
 * seed before the database is touched.
 */
export async function seed(options: { seedDir: string; dbPath: string; migrationsDir?: string }): Promise<SeedResult> {
  const bundle = await readSeedBundle(options.seedDir);
  const parsed = parseSeed(bundle);
  const validated = validateCorpus(parsed);
  const corpus = withHistory(validated);
  const { searchIndexMs } = await loadCorpus(corpus, options.dbPath, options.migrationsDir ?? path.join(process.cwd(), 'prisma', 'migrations'));
  return { corpus, searchIndexMs, counts: countCorpus(corpus) };
}

export function countCorpus(corpus: Corpus): SeedResult['counts'] {
  const versions = corpus.insurers.flatMap((i) => i.versions);
  const practices = versions.flatMap((v) => v.practices);
  return {
    insurers: corpus.insurers.length,
    versions: versions.length,
    topics: corpus.topics.length,
    practices: practices.length,
    citations: practices.reduce((n, p) => n + p.citations.length, 0),
    clauses: versions.reduce((n, v) => n + v.policy.clauses.length, 0),
    changes: corpus.changes.length,
  };
}

/** A file to put into the seed folder: its path relative to the folder and its bytes. */
export interface SeedWrite {
  path: string;
  data: string | Buffer;
}

/** The files one ingest plan writes: the text unchanged, insurers.yaml and the insurer's annotations. */
export function planWrites(plan: IngestPlan): SeedWrite[] {
  return [
    { path: plan.policyPath, data: plan.bytes },
    { path: plan.annotationPath, data: plan.annotationYaml },
    { path: 'insurers.yaml', data: plan.insurersYaml },
  ];
}

async function writeInto(dir: string, writes: readonly SeedWrite[], atomically: boolean): Promise<void> {
  for (const w of writes) {
    const target = path.join(dir, w.path);
    await mkdir(path.dirname(target), { recursive: true });
    if (!atomically) {
      await writeFile(target, w.data);
      continue;
    }
    // Beside the target so the rename stays on one file system; the name ends in neither .md nor .yaml,
    // so a seed reading the folder meanwhile never picks it up.
    const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomUUID()}.tmp`);
    try {
      await writeFile(temp, w.data);
      await rename(temp, target);
    } catch (err) {
      await rm(temp, { force: true });
      throw err;
    }
  }
}

/**
 * The seed as it would be with these files: they are written into a scratch copy of the folder and the
 * copy is validated as the seed would be (ValidationError, ParseError, … otherwise). Nothing of the
 * folder itself changes. Later writes of the same path win.
 */
export async function checkSeedFiles(seedDir: string, writes: readonly SeedWrite[]): Promise<Corpus> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'seed-scratch-'));
  try {
    await cp(seedDir, scratch, { recursive: true });
    await writeInto(scratch, writes, false);
    return validateCorpus(parseSeed(await readSeedBundle(scratch)));
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * Puts files into the seed folder only if the seed stays valid (checkSeedFiles), then moves each into
 * place by a rename, so a reader never sees half a file and a failure leaves the folder as it was.
 */
export async function writeSeedFiles(seedDir: string, writes: readonly SeedWrite[]): Promise<Corpus> {
  const corpus = await checkSeedFiles(seedDir, writes);
  await writeInto(seedDir, writes, true);
  return corpus;
}

/**
 * `npm run ingest`, stage by stage: read the file → parse it with the seed's parser → plan the seed
 * files (suggest each topic, carry forward an earlier version's reviewed cells) → validate the seed as
 * it would be, in a scratch copy → write. Any failure leaves the seed folder as it was.
 */
export async function ingest(options: {
  seedDir: string;
  file: string;
  insurer: string;
  name?: string;
  state?: string;
  kind?: string;
  shortNames?: string[];
  today: string;
}): Promise<IngestPlan> {
  const bytes = await readFile(options.file);
  const rawText = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  const format = options.file.endsWith('.md') ? 'markdown' : detectFormat(rawText);
  const policy = parsePolicy(rawText, { file: options.file, format });
  const seed = parseSeed(await readSeedBundle(options.seedDir));
  const corpus = validateCorpus(seed);
  const rules = loadRules(seed.taxonomy.topics);
  const annotationFile = path.join(options.seedDir, 'annotations', `${options.insurer}.yaml`);
  const plan = planIngest(
    {
      bytes, rawText, policy, sourceName: options.file, insurer: options.insurer, name: options.name, state: options.state,
      kind: options.kind, shortNames: options.shortNames, today: options.today,
    },
    corpus,
    {
      insurersYaml: await readFile(path.join(options.seedDir, 'insurers.yaml'), 'utf8'),
      annotationYaml: await readFile(annotationFile, 'utf8').catch(() => null),
    },
    rules,
  );
  await writeSeedFiles(options.seedDir, planWrites(plan));
  return plan;
}

export { IngestError };
