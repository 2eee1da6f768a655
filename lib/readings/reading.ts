import { z } from 'zod';
import type { SeedProblem } from '../ingest/errors';
import type { ParsedPolicy } from '../ingest/parse';
import { parseYamlSeed } from '../ingest/seed-syntax';
import { insurerNames, validateCell, type Corpus, type CorpusInsurer, type CorpusVersion } from '../ingest/validate';
import { PracticeInputSchema } from '../schemas';

/**
 * Reading aids for the people (or reader agents) who read a policy version into cells: the policy as
 * the site parses it, one clause per line with its key, and a check of a finished reading by the
 * seed's own rules. A reading is `docs/readings/<reader>/<domain>__<date>.yaml`: per topic a stance,
 * a summary, citations and an optional note (see docs/readings/GUIDE.md).
 */
export function dumpPolicy(policy: ParsedPolicy): string {
  const out: string[] = [];
  for (const s of policy.sections) {
    out.push(`## ${s.heading}`);
    for (const c of s.clauses) {
      const indent = c.kind === 'list-item' ? `${'  '.repeat(c.depth)}- ` : '';
      out.push(`[${c.key}] ${indent}${c.text.replace(/\n/g, ' / ')}${c.duplicateOfKey ? ` (repeats ${c.duplicateOfKey}; do not cite)` : ''}`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** A reader's cell: an annotation cell's stance, summary and citations (same rules), and an optional note to the editor. */
const ReadingCellSchema = PracticeInputSchema.pick({ stance: true, summary: true, citations: true }).extend({ note: z.string().optional() });

/** The version a reading file names (`<domain>__<date>.yaml`), or undefined. */
export function findReadingVersion(corpus: Corpus, fileName: string): { insurer: CorpusInsurer; version: CorpusVersion } | undefined {
  const m = /([a-z0-9.-]+)__(\d{4}-\d{2}-\d{2})\.ya?ml$/.exec(fileName);
  if (!m) return undefined;
  for (const insurer of corpus.insurers)
    for (const version of insurer.versions)
      if (version.meta.file === `policies/${m[1]}/${m[2]}.md` || version.meta.file === `policies/${m[1]}/${m[2]}.txt`) return { insurer, version };
  return undefined;
}

/** Problems of a reading, by the rules the seed applies to annotations (every topic once, known clauses, verbatim quotes, named insurer). */
export function checkReading(file: string, text: string, corpus: Corpus, target: { insurer: CorpusInsurer; version: CorpusVersion }): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const add = (p: SeedProblem) => problems.push(p);
  const y = parseYamlSeed({ path: file, text });
  const data = (y.data ?? {}) as Record<string, unknown>;
  const topics = new Map(corpus.topics.map((t) => [t.slug, t]));
  for (const t of corpus.topics) if (!(t.slug in data)) add({ file, field: t.slug, message: 'missing topic' });
  const version = { ...target.version, practices: [] };
  for (const [topic, value] of Object.entries(data)) {
    const at = (...rest: PropertyKey[]) => ({ file, line: y.lineOf([topic, ...rest]), field: [topic, ...rest].join('.') });
    const parsed = ReadingCellSchema.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) add({ ...at(...issue.path), message: issue.message });
      continue;
    }
    const { stance, summary, citations } = parsed.data;
    validateCell({ stance, summary, citations, review: 'reviewed' }, topic, topics, version, insurerNames(target.insurer.meta), at, add);
  }
  return problems;
}
