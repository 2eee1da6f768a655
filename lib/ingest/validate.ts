import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { AnnotationFileSchema, InsurersFileSchema, SLUG, TopicGuideFileSchema, type InsurerMeta, type Tone } from '../schemas';
import { ValidationError, type SeedProblem } from './errors';
import { normalizeWhitespace } from './inline';
import { parsePolicy, type ParsedPolicy } from './parse';
import type { SeedBundle } from './read';
import { parseTaxonomy, parseYamlSeed, type TaxonomyTopic, type YamlSeed } from './seed-syntax';

/** The validated, self-consistent corpus that the load stage writes. */
export interface Corpus {
  groups: { slug: string; name: string; ordinal: number }[];
  topics: {
    slug: string;
    name: string;
    question: string;
    explanation: string;
    groupSlug: string;
    ordinal: number;
    stances: { value: string; label: string; description: string; tone: Tone; ordinal: number }[];
  }[];
  insurers: CorpusInsurer[];
}

export interface CorpusInsurer {
  meta: InsurerMeta;
  ordinal: number;
  rawText: string;
  sha256: string;
  policy: ParsedPolicy;
  practices: { topicSlug: string; stance: string; summary: string; citations: { clauseKey: string; quote: string }[] }[];
}

function zodProblems(seed: YamlSeed, error: z.ZodError, prefix: PropertyKey[] = []): SeedProblem[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path];
    return { file: seed.file, line: seed.lineOf(path), field: fieldName(path), message: issue.message };
  });
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '');
}

/** Stage 3: parse every seed file and check that they agree with each other and with the policy texts. */
export function buildCorpus(bundle: SeedBundle): Corpus {
  const problems: SeedProblem[] = [];
  const add = (p: SeedProblem) => problems.push(p);

  // Topics: the taxonomy is the contract; the guide must give words for exactly its topics and stances.
  const taxonomy = parseTaxonomy(bundle.taxonomy);
  const seenTopics = new Map<string, TaxonomyTopic>();
  for (const t of taxonomy) {
    if (!SLUG.test(t.slug)) add({ file: bundle.taxonomy.path, line: t.line, field: 'topic slug', message: `"${t.slug}" is not a slug` });
    if (seenTopics.has(t.slug)) add({ file: bundle.taxonomy.path, line: t.line, field: 'topic slug', message: `duplicate topic "${t.slug}"` });
    seenTopics.set(t.slug, t);
    if (t.stances.length < 2 || !t.stances.includes('not-addressed'))
      add({ file: bundle.taxonomy.path, line: t.line, field: 'stance values', message: 'needs at least one stance and not-addressed' });
  }

  const guideYaml = parseYamlSeed(bundle.topicGuide);
  const guide = TopicGuideFileSchema.safeParse(guideYaml.data);
  if (!guide.success) problems.push(...zodProblems(guideYaml, guide.error));
  const guideTopics = guide.success ? guide.data.topics : {};
  for (const t of taxonomy) {
    const g = guideTopics[t.slug];
    if (!g) {
      if (guide.success) add({ file: guideYaml.file, line: guideYaml.lineOf(['topics']), field: `topics.${t.slug}`, message: 'missing topic' });
      continue;
    }
    for (const s of t.stances)
      if (!g.stances[s]) add({ file: guideYaml.file, line: guideYaml.lineOf(['topics', t.slug, 'stances']), field: `topics.${t.slug}.stances.${s}`, message: 'missing stance' });
    for (const s of Object.keys(g.stances))
      if (!t.stances.includes(s)) add({ file: guideYaml.file, line: guideYaml.lineOf(['topics', t.slug, 'stances', s]), field: `topics.${t.slug}.stances.${s}`, message: `unknown stance for ${t.slug}` });
  }
  for (const slug of Object.keys(guideTopics))
    if (!seenTopics.has(slug)) add({ file: guideYaml.file, line: guideYaml.lineOf(['topics', slug]), field: `topics.${slug}`, message: 'unknown topic (not in taxonomy.md)' });

  // Insurers and their policy texts.
  const insurersYaml = parseYamlSeed(bundle.insurers);
  const insurersParsed = InsurersFileSchema.safeParse(insurersYaml.data);
  if (!insurersParsed.success) problems.push(...zodProblems(insurersYaml, insurersParsed.error));
  const metas = insurersParsed.success ? insurersParsed.data.insurers : [];
  const bySlug = new Map<string, CorpusInsurer>();
  metas.forEach((meta, i) => {
    const at = (field: keyof InsurerMeta) => ({ file: insurersYaml.file, line: insurersYaml.lineOf(['insurers', i, field]), field: `insurers[${i}].${field}` });
    if (bySlug.has(meta.slug)) {
      add({ ...at('slug'), message: `duplicate slug "${meta.slug}"` });
      return;
    }
    const source = bundle.policies.get(meta.file);
    if (!source) {
      add({ ...at('file'), message: `policy file ${meta.file} not found in the seed folder` });
      return;
    }
    // A policy that cannot be parsed stops the seed with its own ParseError (file and line).
    const policy = parsePolicy(source.text, { file: source.path, format: meta.format, furniture: meta.furniture ?? [] });
    const stated: [keyof InsurerMeta, string | undefined][] = [
      ['sourceUrl', policy.provenance?.sourceUrl],
      ['archivedOn', policy.provenance?.archivedOn],
      ['lastModifiedOn', policy.statedDates.lastModifiedOn],
      ['effectiveOn', policy.statedDates.effectiveOn],
    ];
    for (const [field, fromText] of stated) {
      const given = meta[field] as string | undefined;
      if (given !== fromText)
        add({ ...at(field), message: fromText ? `is ${given ?? 'missing'} but ${meta.file} states ${fromText}` : `${given} is not stated in ${meta.file}` });
    }
    for (const f of meta.furniture ?? [])
      if (!policy.skipped.some((s) => s.reason === 'furniture' && s.text === f.trim()))
        add({ ...at('furniture'), message: `"${f}" does not occur as a line of ${meta.file}` });
    bySlug.set(meta.slug, {
      meta,
      ordinal: i + 1,
      rawText: source.text,
      sha256: createHash('sha256').update(source.text).digest('hex'),
      policy,
      practices: [],
    });
  });

  // Annotations: one file per insurer, every topic exactly once, every citation verbatim in its clause.
  const annotated = new Map<string, string>();
  for (const file of bundle.annotations) {
    const y = parseYamlSeed(file);
    const parsed = AnnotationFileSchema.safeParse(y.data);
    if (!parsed.success) {
      problems.push(...zodProblems(y, parsed.error));
      continue;
    }
    const { insurer: slug, practices } = parsed.data;
    const insurer = bySlug.get(slug);
    if (!insurer) {
      if (!metas.some((m) => m.slug === slug)) add({ file: y.file, line: y.lineOf(['insurer']), field: 'insurer', message: `unknown insurer "${slug}"` });
      continue;
    }
    const other = annotated.get(slug);
    if (other) {
      add({ file: y.file, line: y.lineOf(['insurer']), field: 'insurer', message: `"${slug}" is already annotated in ${other}` });
      continue;
    }
    annotated.set(slug, y.file);
    const clauses = new Map(insurer.policy.clauses.map((c) => [c.key, c]));
    for (const t of taxonomy) {
      if (!practices[t.slug]) add({ file: y.file, line: y.lineOf(['practices']), field: `practices.${t.slug}`, message: 'missing topic' });
    }
    for (const [topicSlug, p] of Object.entries(practices)) {
      const at = (...rest: PropertyKey[]) => {
        const path = ['practices', topicSlug, ...rest];
        return { file: y.file, line: y.lineOf(path), field: fieldName(path) };
      };
      const topic = seenTopics.get(topicSlug);
      if (!topic) {
        add({ ...at(), message: `unknown topic (taxonomy.md has ${[...seenTopics.keys()].join(', ')})` });
        continue;
      }
      if (!topic.stances.includes(p.stance)) add({ ...at('stance'), message: `unknown stance "${p.stance}" (allowed: ${topic.stances.join(', ')})` });
      if (p.stance === 'not-addressed' && p.citations.length > 0) add({ ...at('citations'), message: 'not-addressed takes no citations' });
      if (p.stance !== 'not-addressed' && p.citations.length === 0) add({ ...at('citations'), message: `stance "${p.stance}" needs at least one citation` });
      p.citations.forEach((c, ci) => {
        const clause = clauses.get(c.clause);
        if (!clause) {
          add({ ...at('citations', ci, 'clause'), message: `no clause "${c.clause}" in ${insurer.meta.file}` });
          return;
        }
        if (clause.duplicateOfKey) {
          add({ ...at('citations', ci, 'clause'), message: `"${c.clause}" repeats ${clause.duplicateOfKey}; cite the first occurrence` });
          return;
        }
        const quote = normalizeWhitespace(c.quote);
        const inText = normalizeWhitespace(clause.text).includes(quote);
        const inSource = normalizeWhitespace(insurer.rawText.slice(clause.start, clause.end)).includes(quote);
        if (!inText || !inSource) add({ ...at('citations', ci, 'quote'), message: `quote not found verbatim in clause "${c.clause}" of ${insurer.meta.file}` });
      });
      insurer.practices.push({
        topicSlug,
        stance: p.stance,
        summary: p.summary,
        citations: p.citations.map((c) => ({ clauseKey: c.clause, quote: normalizeWhitespace(c.quote) })),
      });
    }
  }
  for (const slug of bySlug.keys())
    if (!annotated.has(slug)) add({ file: 'annotations/', field: slug, message: `no annotation file for insurer "${slug}"` });

  if (problems.length > 0) throw new ValidationError(problems);

  const groups: Corpus['groups'] = [];
  for (const t of taxonomy)
    if (!groups.some((g) => g.slug === t.groupSlug)) groups.push({ slug: t.groupSlug, name: t.groupName, ordinal: groups.length + 1 });
  return {
    groups,
    topics: taxonomy.map((t, i) => {
      const g = guideTopics[t.slug]!;
      return {
        slug: t.slug,
        name: g.name,
        question: t.question,
        explanation: g.explanation,
        groupSlug: t.groupSlug,
        ordinal: i + 1,
        stances: t.stances.map((value, si) => ({ value, ...g.stances[value]!, ordinal: si + 1 })),
      };
    }),
    insurers: [...bySlug.values()],
  };
}
