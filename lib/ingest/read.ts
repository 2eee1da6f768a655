import { access, readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { ReadError, type SeedProblem } from './errors';

/** Stage 1: the seed folder as text. Nothing is interpreted here. */
export interface SeedFile {
  /** Path relative to the seed folder, as named in error messages. */
  path: string;
  text: string;
}

export interface SeedBundle {
  dir: string;
  taxonomy: SeedFile;
  topicGuide: SeedFile;
  insurers: SeedFile;
  /** Optional: where the tracker fetches each insurer's live policy, and its last check of each (lib/track). */
  sources?: SeedFile;
  tracking?: SeedFile;
  annotations: SeedFile[];
  /** Policy texts by path relative to the seed folder. */
  policies: Map<string, SeedFile>;
}

async function readText(dir: string, rel: string, problems: SeedProblem[]): Promise<SeedFile> {
  try {
    const bytes = await readFile(path.join(dir, rel));
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { path: rel, text };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    problems.push({ file: rel, message: code === 'ENOENT' ? 'file not found' : code ? `cannot read (${code})` : 'not valid UTF-8' });
    return { path: rel, text: '' };
  }
}

/** A file the seed folder may lack; any other read failure is a problem. */
async function readOptional(dir: string, rel: string, problems: SeedProblem[]): Promise<SeedFile | undefined> {
  try {
    await access(path.join(dir, rel));
  } catch {
    return undefined;
  }
  return readText(dir, rel, problems);
}

async function listFolder(dir: string, rel: string, ext: RegExp, problems: SeedProblem[], recursive = false): Promise<string[]> {
  try {
    const entries = await readdir(path.join(dir, rel), { recursive });
    return entries.map((f) => f.split(path.sep).join('/')).filter((f) => ext.test(f)).sort().map((f) => `${rel}/${f}`);
  } catch {
    problems.push({ file: `${rel}/`, message: 'folder not found' });
    return [];
  }
}

/** Reads the fixed files, every annotation and every policy text of the seed folder. */
export async function readSeedBundle(dir: string): Promise<SeedBundle> {
  const problems: SeedProblem[] = [];
  const [taxonomy, topicGuide, insurers] = await Promise.all([
    readText(dir, 'taxonomy.md', problems),
    readText(dir, 'topic-guide.yaml', problems),
    readText(dir, 'insurers.yaml', problems),
  ]);
  const annotationPaths = await listFolder(dir, 'annotations', /\.ya?ml$/, problems);
  // Policies may sit in one folder per domain (policies/<domain>/<archived-date>.md).
  const policyPaths = await listFolder(dir, 'policies', /\.(txt|md)$/, problems, true);
  const annotations = await Promise.all(annotationPaths.map((f) => readText(dir, f, problems)));
  const policyFiles = await Promise.all(policyPaths.filter((f) => !/(^|\/)INDEX\.md$/.test(f)).map((f) => readText(dir, f, problems)));
  const [sources, tracking] = await Promise.all([readOptional(dir, 'sources.yaml', problems), readOptional(dir, 'tracking.yaml', problems)]);
  if (problems.length > 0) throw new ReadError(problems);
  return {
    dir, taxonomy, topicGuide, insurers, annotations, policies: new Map(policyFiles.map((f) => [f.path, f])),
    ...(sources ? { sources } : {}), ...(tracking ? { tracking } : {}),
  };
}
