import { createHash } from 'node:crypto';
import type { z } from 'zod';
import {
  AnnotationFileSchema,
  captureOf,
  SourcesFileSchema,
  TrackingFileSchema,
  InsurersFileSchema,
  SLUG,
  TopicGuideFileSchema,
  versionDate,
  type Capture,
  type InsurerMeta,
  type PolicySource,
  type PracticeInput,
  type SourceCheck,
  type ReviewState,
  type Tone,
  type VersionMeta,
} from '../schemas';
import { ValidationError, type SeedProblem } from './errors';
import { normalizeWhitespace } from './inline';
import type { ParsedPolicy } from './parse';
import type { ParsedSeed } from './parse-seed';
import { quoteInClause } from './quotes';
import type { TaxonomyTopic, YamlSeed } from './seed-syntax';

/** The validated, self-consistent corpus that the load stage writes. */
export interface Corpus {
  groups: { slug: string; name: string; ordinal: number }[];
  topics: CorpusTopic[];
  insurers: CorpusInsurer[];
  /** Filled by the history stage: where a topic's stance differs between consecutive versions. */
  changes: CorpusStanceChange[];
  /** Where the tracker fetches each insurer's live policy, with its last check (empty without sources.yaml). */
  sources: CorpusSource[];
}

export interface CorpusSource extends PolicySource {
  lastCheck?: SourceCheck;
}

export interface CorpusTopic {
  slug: string;
  name: string;
  question: string;
  explanation: string;
  groupSlug: string;
  ordinal: number;
  stances: { value: string; label: string; short: string; description: string; tone: Tone; ordinal: number }[];
}

export interface CorpusInsurer {
  meta: Omit<InsurerMeta, 'versions'>;
  ordinal: number;
  /** Oldest first. */
  versions: CorpusVersion[];
}

export interface CorpusVersion {
  meta: VersionMeta;
  /** The capture day that names the version (archive snapshot, tracker fetch, or collection day). */
  date: string;
  capture: Capture;
  ordinal: number;
  rawText: string;
  sha256: string;
  policy: ParsedPolicy;
  practices: CorpusPractice[];
}

export interface CorpusPractice {
  topicSlug: string;
  stance: string;
  summary: string;
  review: ReviewState;
  confidence?: number;
  why?: string;
  carriedFrom?: string;
  flag?: string;
  citations: { clauseKey: string; quote: string }[];
}

export interface CorpusStanceChange {
  insurer: string;
  topic: string;
  from: string;
  to: string;
  fromStance: string;
  toStance: string;
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

function validateTopics(seed: ParsedSeed, add: (p: SeedProblem) => void): { topics: CorpusTopic[]; groups: Corpus['groups'] } {
  const { file, topics: taxonomy } = seed.taxonomy;
  const seen = new Map<string, TaxonomyTopic>();
  for (const t of taxonomy) {
    if (!SLUG.test(t.slug)) add({ file, line: t.line, field: 'topic slug', message: `"${t.slug}" is not a slug` });
    if (seen.has(t.slug)) add({ file, line: t.line, field: 'topic slug', message: `duplicate topic "${t.slug}"` });
    seen.set(t.slug, t);
    if (t.stances.length < 2 || !t.stances.includes('not-addressed')) add({ file, line: t.line, field: 'stance values', message: 'needs at least one stance and not-addressed' });
  }
  // The guide must give words for exactly the taxonomy's topics and stances.
  const guideYaml = seed.topicGuide;
  const guide = TopicGuideFileSchema.safeParse(guideYaml.data);
  if (!guide.success) zodProblems(guideYaml, guide.error).forEach(add);
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
    if (!seen.has(slug)) add({ file: guideYaml.file, line: guideYaml.lineOf(['topics', slug]), field: `topics.${slug}`, message: 'unknown topic (not in taxonomy.md)' });

  const groups: Corpus['groups'] = [];
  for (const t of taxonomy) if (!groups.some((g) => g.slug === t.groupSlug)) groups.push({ slug: t.groupSlug, name: t.groupName, ordinal: groups.length + 1 });
  const topics = taxonomy.flatMap((t, i) => {
    const g = guideTopics[t.slug];
    if (!g || !t.stances.every((s) => g.stances[s])) return [];
    return [{
      slug: t.slug, name: g.name, question: t.question, explanation: g.explanation, groupSlug: t.groupSlug, ordinal: i + 1,
      stances: t.stances.map((value, si) => ({ value, ...g.stances[value]!, ordinal: si + 1 })),
    }];
  });
  return { topics, groups };
}

/** Every version's file exists and parsed, and every date it gives is one the text states. */
function validateInsurers(seed: ParsedSeed, add: (p: SeedProblem) => void): CorpusInsurer[] {
  const y = seed.insurers;
  const parsed = InsurersFileSchema.safeParse(y.data);
  if (!parsed.success) {
    zodProblems(y, parsed.error).forEach(add);
    return [];
  }
  const bySlug = new Map<string, CorpusInsurer>();
  const fileOwner = new Map<string, string>();
  parsed.data.insurers.forEach((meta, i) => {
    if (bySlug.has(meta.slug)) {
      add({ file: y.file, line: y.lineOf(['insurers', i, 'slug']), field: `insurers[${i}].slug`, message: `duplicate slug "${meta.slug}"` });
      return;
    }
    const versions: CorpusVersion[] = [];
    meta.versions.forEach((v, vi) => {
      const at = (field: keyof VersionMeta) => {
        const path = ['insurers', i, 'versions', vi, field];
        return { file: y.file, line: y.lineOf(path), field: fieldName(path) };
      };
      const parsedPolicy = seed.policies.get(v.file);
      if (!parsedPolicy) {
        add({ ...at('file'), message: `policy file ${v.file} not found in the seed folder` });
        return;
      }
      const owner = fileOwner.get(v.file);
      if (owner) add({ ...at('file'), message: `${v.file} is already a version of ${owner}` });
      fileOwner.set(v.file, meta.slug);
      const { policy, source } = parsedPolicy;
      const provenance = policy.provenance;
      const dateField = provenance?.kind === 'fetched' ? 'fetchedOn' : 'archivedOn';
      const says = provenance?.kind === 'fetched' ? `was fetched by the tracker (its first line says ${provenance.date})` : `is archived (its provenance line says ${provenance?.date})`;
      if (provenance && v.collectedOn) add({ ...at('collectedOn'), message: `${v.file} ${says}: give ${dateField}` });
      if ((provenance?.kind === 'archive' && v.fetchedOn) || (provenance?.kind === 'fetched' && v.archivedOn))
        add({ ...at(provenance.kind === 'archive' ? 'fetchedOn' : 'archivedOn'), message: `${v.file} ${says}: give ${dateField}` });
      if (!provenance && v.fetchedOn) add({ ...at('fetchedOn'), message: `${v.file} has no tracker provenance line; a fetched text starts with one` });
      const stated: [keyof VersionMeta, string | undefined][] = [
        [dateField, provenance?.date],
        ['sourceUrl', provenance?.sourceUrl],
        ['lastModifiedOn', policy.statedDates.lastModifiedOn],
        ['effectiveOn', policy.statedDates.effectiveOn],
      ];
      for (const [field, fromText] of stated) {
        const given = v[field] as string | undefined;
        if (v.embeddedNoticeDates?.includes(field as 'lastModifiedOn' | 'effectiveOn')) {
          if (given) add({ ...at(field), message: `is listed in embeddedNoticeDates, so it is not this policy's date: remove one of them` });
          else if (!fromText) add({ ...at('embeddedNoticeDates'), message: `${v.file} states no ${field} date` });
          continue;
        }
        if (given !== fromText && !(field === dateField && !fromText && v.collectedOn))
          add({ ...at(field), message: fromText ? `is ${given ?? 'missing'} but ${v.file} states ${fromText}` : `${given} is not stated in ${v.file}` });
      }
      for (const f of v.furniture ?? [])
        if (!policy.skipped.some((s) => s.reason === 'furniture' && s.text === f.trim())) add({ ...at('furniture'), message: `"${f}" does not occur as a line of ${v.file}` });
      const date = versionDate(v);
      if (versions.some((o) => o.date === date)) add({ ...at(v.archivedOn ? 'archivedOn' : 'collectedOn'), message: `${meta.slug} already has a version of ${date}` });
      versions.push({
        meta: v, date, capture: captureOf(v), ordinal: 0,
        rawText: source.text, sha256: createHash('sha256').update(source.text).digest('hex'), policy, practices: [],
      });
    });
    versions.sort((a, b) => a.date.localeCompare(b.date)).forEach((v, n) => (v.ordinal = n + 1));
    bySlug.set(meta.slug, {
      meta: { slug: meta.slug, name: meta.name, kind: meta.kind, state: meta.state, ...(meta.shortNames ? { shortNames: meta.shortNames } : {}), ...(meta.parent ? { parent: meta.parent } : {}), ...(meta.domain ? { domain: meta.domain } : {}) },
      ordinal: i + 1,
      versions,
    });
  });
  parsed.data.insurers.forEach((meta, i) => {
    // "any" stands for no choice in /changes/only/<topic>/<insurer>/<direction>.
    if (meta.slug === 'any') add({ file: y.file, line: y.lineOf(['insurers', i, 'slug']), field: `insurers[${i}].slug`, message: '"any" is reserved (it means "any insurer" in the addresses of /changes)' });
    if (meta.parent && (meta.parent === meta.slug || !bySlug.has(meta.parent)))
      add({ file: y.file, line: y.lineOf(['insurers', i, 'parent']), field: `insurers[${i}].parent`, message: `"${meta.parent}" is not another insurer of insurers.yaml` });
  });
  // The roster reads in alphabetical order ("Plan 2" before "Plan 10"), whatever order insurers.yaml lists them in (ingest appends).
  return [...bySlug.values()]
    .sort((a, b) => a.meta.name.localeCompare(b.meta.name, 'en', { sensitivity: 'base', numeric: true }))
    .map((insurer, n) => ({ ...insurer, ordinal: n + 1 }));
}

interface PendingCarry {
  insurer: CorpusInsurer;
  version: CorpusVersion;
  cell: CorpusPractice;
  at: (...rest: PropertyKey[]) => Omit<SeedProblem, 'message'>;
}

/** One reading per version: every topic once, known stances, every quote verbatim in its clause. */
function validateAnnotations(seed: ParsedSeed, topics: CorpusTopic[], insurers: CorpusInsurer[], add: (p: SeedProblem) => void): PendingCarry[] {
  const topicBySlug = new Map(topics.map((t) => [t.slug, t]));
  const insurerBySlug = new Map(insurers.map((i) => [i.meta.slug, i]));
  const annotated = new Map<string, string>();
  const carried: PendingCarry[] = [];
  const knownSlugs = InsurersFileSchema.safeParse(seed.insurers.data).data?.insurers.map((i) => i.slug) ?? [];

  for (const y of seed.annotations) {
    const parsed = AnnotationFileSchema.safeParse(y.data);
    if (!parsed.success) {
      zodProblems(y, parsed.error).forEach(add);
      continue;
    }
    const { insurer: slug, versions } = parsed.data;
    const insurer = insurerBySlug.get(slug);
    if (!insurer) {
      if (!knownSlugs.includes(slug)) add({ file: y.file, line: y.lineOf(['insurer']), field: 'insurer', message: `unknown insurer "${slug}"` });
      continue;
    }
    const other = annotated.get(slug);
    if (other) {
      add({ file: y.file, line: y.lineOf(['insurer']), field: 'insurer', message: `"${slug}" is already annotated in ${other}` });
      continue;
    }
    annotated.set(slug, y.file);
    for (const v of insurer.versions)
      if (!versions[v.date]) add({ file: y.file, line: y.lineOf(['versions']), field: `versions.${v.date}`, message: `missing the reading of ${slug}'s version of ${v.date} (${v.meta.file})` });
    for (const [date, practices] of Object.entries(versions)) {
      const version = insurer.versions.find((v) => v.date === date);
      if (!version) {
        add({ file: y.file, line: y.lineOf(['versions', date]), field: `versions.${date}`, message: `${slug} has no version of ${date} (versions: ${insurer.versions.map((v) => v.date).join(', ')})` });
        continue;
      }
      for (const t of topics)
        if (!practices[t.slug]) add({ file: y.file, line: y.lineOf(['versions', date]), field: `versions.${date}.${t.slug}`, message: 'missing topic' });
      for (const [topicSlug, p] of Object.entries(practices)) {
        const at = (...rest: PropertyKey[]) => {
          const path = ['versions', date, topicSlug, ...rest];
          return { file: y.file, line: y.lineOf(path), field: fieldName(path) };
        };
        const cell = validateCell(p, topicSlug, topicBySlug, version, insurerNames(insurer.meta), at, add);
        if (!cell) continue;
        version.practices.push(cell);
        if (cell.review === 'carried') carried.push({ insurer, version, cell, at });
      }
      version.practices.sort((a, b) => topicBySlug.get(a.topicSlug)!.ordinal - topicBySlug.get(b.topicSlug)!.ordinal);
    }
  }
  for (const i of insurers)
    if (!annotated.has(i.meta.slug)) add({ file: 'annotations/', field: i.meta.slug, message: `no annotation file for insurer "${i.meta.slug}"` });
  return carried;
}

/** The names a summary may call an insurer by: its name and the short names insurers.yaml gives. */
export function insurerNames(meta: Pick<InsurerMeta, 'name' | 'shortNames'>): string[] {
  return [meta.name, ...(meta.shortNames ?? [])];
}

export function validateCell(
  p: PracticeInput,
  topicSlug: string,
  topics: Map<string, CorpusTopic>,
  version: CorpusVersion,
  names: string[],
  at: (...rest: PropertyKey[]) => Omit<SeedProblem, 'message'>,
  add: (p: SeedProblem) => void,
): CorpusPractice | undefined {
  const topic = topics.get(topicSlug);
  if (!topic) {
    add({ ...at(), message: `unknown topic (taxonomy.md has ${[...topics.keys()].join(', ')})` });
    return undefined;
  }
  const stances = topic.stances.map((s) => s.value);
  if (!stances.includes(p.stance)) add({ ...at('stance'), message: `unknown stance "${p.stance}" (allowed: ${stances.join(', ')})` });
  if (p.stance === 'not-addressed' && p.citations.length > 0) add({ ...at('citations'), message: 'not-addressed takes no citations' });
  if (p.stance !== 'not-addressed' && p.citations.length === 0) add({ ...at('citations'), message: `stance "${p.stance}" needs at least one citation` });
  if (p.review === 'carried' && !p.carriedFrom) add({ ...at('carriedFrom'), message: 'a carried cell names the version it was carried from' });
  if (p.review !== 'carried' && p.carriedFrom) add({ ...at('carriedFrom'), message: `only carried cells name a version to carry from (this one is ${p.review})` });
  if (p.review === 'reviewed' && p.flag) add({ ...at('flag'), message: 'a reviewed cell cannot stay flagged: resolve the flag and remove it' });
  // A cell is read on its own (a shared link, a search result, the CSV): its summary says whose policy it reads.
  if (!names.some((n) => p.summary.includes(n))) add({ ...at('summary'), message: `must name the insurer (${names.map((n) => `"${n}"`).join(' or ')})` });
  const clauses = new Map(version.policy.clauses.map((c) => [c.key, c]));
  p.citations.forEach((c, ci) => {
    const clause = clauses.get(c.clause);
    if (!clause) return add({ ...at('citations', ci, 'clause'), message: `no clause "${c.clause}" in ${version.meta.file}` });
    if (clause.duplicateOfKey) return add({ ...at('citations', ci, 'clause'), message: `"${c.clause}" repeats ${clause.duplicateOfKey}; cite the first occurrence` });
    if (!quoteInClause(c.quote, clause, version.rawText)) add({ ...at('citations', ci, 'quote'), message: `quote not found verbatim in clause "${c.clause}" of ${version.meta.file}` });
  });
  return {
    topicSlug,
    stance: p.stance,
    summary: p.summary,
    review: p.review,
    ...(p.confidence !== undefined ? { confidence: p.confidence } : {}),
    ...(p.why ? { why: p.why } : {}),
    ...(p.carriedFrom ? { carriedFrom: p.carriedFrom } : {}),
    ...(p.flag ? { flag: p.flag } : {}),
    citations: p.citations.map((c) => ({ clauseKey: c.clause, quote: normalizeWhitespace(c.quote) })),
  };
}

/**
 * A carried cell is an earlier version's reading, kept because every quote still occurs verbatim:
 * it must name an earlier version whose cell has the same stance and the same quotes and was itself
 * read by a person (reviewed, or carried from such a reading).
 */
function validateCarried(pending: PendingCarry[], add: (p: SeedProblem) => void): void {
  for (const { insurer, version, cell, at } of pending) {
    const source = insurer.versions.find((v) => v.date === cell.carriedFrom);
    if (!source || source.date >= version.date) {
      add({ ...at('carriedFrom'), message: `${insurer.meta.slug} has no version of ${cell.carriedFrom} before ${version.date}` });
      continue;
    }
    const from = source.practices.find((p) => p.topicSlug === cell.topicSlug);
    if (!from) continue;
    if (from.review === 'suggested') add({ ...at('carriedFrom'), message: `the ${source.date} cell is only suggested; only a reviewed reading can be carried` });
    if (from.stance !== cell.stance) add({ ...at('stance'), message: `is ${cell.stance} but the ${source.date} reading it was carried from says ${from.stance}` });
    const quotes = (p: CorpusPractice) => p.citations.map((c) => c.quote).sort().join('\u0000');
    if (quotes(from) !== quotes(cell)) add({ ...at('citations'), message: `a carried cell keeps the quotes of the ${source.date} reading; changed quotes make it a new reading (review: reviewed)` });
  }
}

/**
 * sources.yaml (when the folder has one): every insurer has at least one source, each source names a
 * known insurer once; tracking.yaml's checks name known sources and versions.
 */
function validateSources(seed: ParsedSeed, insurers: CorpusInsurer[], add: (p: SeedProblem) => void): CorpusSource[] {
  if (!seed.sources) {
    if (seed.tracking) add({ file: seed.tracking.file, message: 'tracking.yaml needs a sources.yaml beside it' });
    return [];
  }
  const y = seed.sources;
  const parsed = SourcesFileSchema.safeParse(y.data);
  if (!parsed.success) {
    zodProblems(y, parsed.error).forEach(add);
    return [];
  }
  const bySlug = new Map(insurers.map((i) => [i.meta.slug, i]));
  const sources: CorpusSource[] = [];
  parsed.data.sources.forEach((s, i) => {
    const at = (field: string) => ({ file: y.file, line: y.lineOf(['sources', i, field]), field: `sources[${i}].${field}` });
    if (!bySlug.has(s.insurer)) return add({ ...at('insurer'), message: `unknown insurer "${s.insurer}"` });
    if (sources.some((o) => o.insurer === s.insurer && o.url === s.url)) return add({ ...at('url'), message: `${s.insurer} already has a source at ${s.url}` });
    sources.push({ ...s });
  });
  for (const i of insurers)
    if (!sources.some((s) => s.insurer === i.meta.slug)) add({ file: y.file, line: y.lineOf(['sources']), field: 'sources', message: `no source for insurer "${i.meta.slug}"` });
  if (seed.tracking) {
    const t = seed.tracking;
    const checks = TrackingFileSchema.safeParse(t.data);
    if (!checks.success) zodProblems(t, checks.error).forEach(add);
    else
      checks.data.checks.forEach((c, i) => {
        const at = (field: string) => ({ file: t.file, line: t.lineOf(['checks', i, field]), field: `checks[${i}].${field}` });
        const source = sources.find((s) => s.insurer === c.insurer && s.url === c.url);
        if (!source) return add({ ...at('url'), message: `no source of ${c.insurer} at ${c.url} in sources.yaml` });
        if (source.lastCheck) return add({ ...at('url'), message: `${c.url} is checked twice; keep the last check only` });
        if (c.version && !bySlug.get(c.insurer)!.versions.some((v) => v.date === c.version)) return add({ ...at('version'), message: `${c.insurer} has no version of ${c.version}` });
        source.lastCheck = c;
      });
  }
  return sources;
}

/** Stage 3: check that the seed files agree with each other and with the policy texts. */
export function validateCorpus(seed: ParsedSeed): Corpus {
  const problems: SeedProblem[] = [];
  const add = (p: SeedProblem) => problems.push(p);
  const { topics, groups } = validateTopics(seed, add);
  const insurers = validateInsurers(seed, add);
  const carried = validateAnnotations(seed, topics, insurers, add);
  validateCarried(carried, add);
  const sources = validateSources(seed, insurers, add);
  if (problems.length > 0) throw new ValidationError(problems);
  return { groups, topics, insurers, changes: [], sources };
}
