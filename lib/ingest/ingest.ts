import { createHash } from 'node:crypto';
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { ORGANIZATION_KINDS, STATE_PATTERN, type OrganizationKind, type VersionMeta } from '../schemas';
import type { CompiledRules } from '../suggest/rules';
import { suggestPolicy } from '../suggest/suggest';
import { carryForward } from './carry-forward';
import type { ParsedPolicy } from './parse';
import { SLUG } from '../slug';
import type { Corpus, CorpusTopic } from './validate';

/** Raised when a policy cannot be ingested as asked (unknown state, a version already on file, …). */
export class IngestError extends Error {
  override name = 'IngestError';
}

export interface IngestRequest {
  /** The policy text as read, byte for byte. */
  bytes: Buffer;
  rawText: string;
  policy: ParsedPolicy;
  sourceName: string;
  insurer: string;
  name?: string;
  state?: string;
  /** A new insurer's kind of organization (default: insurer). */
  kind?: string;
  /** A new insurer's short names, which summaries may use. */
  shortNames?: string[];
  /** The day used for texts with no archive provenance (collectedOn). */
  today: string;
  /** Policy paths that other plans of the same run will write (the tracker plans several at once). */
  reservedPaths?: ReadonlySet<string>;
}

export interface IngestPlan {
  /** Where the text goes, relative to the seed folder, and the bytes to write there (unchanged). */
  policyPath: string;
  bytes: Buffer;
  insurersYaml: string;
  annotationPath: string;
  annotationYaml: string;
  version: VersionMeta;
  isNewInsurer: boolean;
  cells: { topic: string; stance: string; review: 'suggested' | 'carried'; flag?: string }[];
}

type Cell = Record<string, unknown>;

/** Seed YAML is block style with quoted strings (a plain scalar can turn into another type or split on a comma). */
const SEED_YAML = { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' } as const;

/**
 * Stage of `npm run ingest`: plans the seed files for one more policy text. The text is copied
 * unchanged; its version takes the archive date and the dates the text states; a new insurer's cells
 * are suggestions (review: suggested), and a new version of a known insurer carries every reviewed
 * cell whose quotes all still occur (review: carried) and suggests the rest, flagged for review.
 */
export function planIngest(
  req: IngestRequest,
  corpus: Corpus,
  files: { insurersYaml: string; annotationYaml: string | null },
  rules: CompiledRules,
): IngestPlan {
  if (!SLUG.test(req.insurer)) throw new IngestError(`--insurer "${req.insurer}" must be a lowercase slug (a-z, 0-9, single hyphens)`);
  const existing = corpus.insurers.find((i) => i.meta.slug === req.insurer);
  if (!existing && !req.name) throw new IngestError(`${req.insurer} is a new insurer: give its --name`);
  const state = req.state ?? existing?.meta.state ?? 'US';
  if (!STATE_PATTERN.test(state)) throw new IngestError(`--state "${state}" must be two-letter state codes ("MA" or "OR, WA") or US for national plans`);
  const kind = (req.kind ?? existing?.meta.kind ?? 'insurer') as OrganizationKind;
  if (!ORGANIZATION_KINDS.includes(kind)) throw new IngestError(`--kind "${req.kind}" must be one of ${ORGANIZATION_KINDS.join(', ')}`);
  const insurerName = existing?.meta.name ?? req.name!;

  const provenance = req.policy.provenance;
  const date = provenance?.date ?? req.today;
  const sha = createHash('sha256').update(req.rawText).digest('hex');
  for (const v of existing?.versions ?? []) {
    if (v.sha256 === sha) throw new IngestError(`${req.sourceName} is already on file as ${existing!.meta.slug}'s version of ${v.date} (${v.meta.file})`);
    if (v.date === date) throw new IngestError(`${existing!.meta.slug} already has a version of ${date} (${v.meta.file})`);
  }
  const ext = req.policy.format === 'markdown' ? 'md' : 'txt';
  const folder = `policies/${provenance?.domain ?? req.insurer}`;
  const taken = (p: string) => req.reservedPaths?.has(p) || corpus.insurers.some((i) => i.versions.some((v) => v.meta.file === p));
  // Two insurers can publish on one domain (a plan's pages on its parent's site): the second one's
  // text of the same day goes into a folder of its own rather than over the first one's.
  const policyPath = taken(`${folder}/${date}.${ext}`) ? `${folder}/${req.insurer}/${date}.${ext}` : `${folder}/${date}.${ext}`;
  const version: VersionMeta = {
    file: policyPath,
    format: req.policy.format,
    title: req.policy.title || 'Privacy policy',
    ...(provenance?.kind === 'archive' ? { archivedOn: provenance.date } : provenance?.kind === 'fetched' ? { fetchedOn: provenance.date } : { collectedOn: req.today }),
    ...(provenance ? { sourceUrl: provenance.sourceUrl } : {}),
    ...(req.policy.statedDates.lastModifiedOn ? { lastModifiedOn: req.policy.statedDates.lastModifiedOn } : {}),
    ...(req.policy.statedDates.effectiveOn ? { effectiveOn: req.policy.statedDates.effectiveOn } : {}),
  };

  const suggestions = suggestPolicy({ policy: req.policy, rawText: req.rawText }, rules, corpus.topics.map((t) => t.slug));
  const previous = existing?.versions.filter((v) => v.date < date).at(-1);
  const carried = previous ? carryForward(previous, { policy: req.policy, rawText: req.rawText }) : null;
  const cells: IngestPlan['cells'] = [];
  const block: Record<string, Cell> = {};
  for (const topic of corpus.topics) {
    const keep = carried?.carried.find((c) => c.topicSlug === topic.slug);
    if (keep) {
      block[topic.slug] = { stance: keep.stance, review: 'carried', carriedFrom: keep.carriedFrom, summary: keep.summary, citations: keep.citations.map((c) => ({ clause: c.clauseKey, quote: c.quote })) };
      cells.push({ topic: topic.slug, stance: keep.stance, review: 'carried' });
      continue;
    }
    const s = suggestions.find((x) => x.topic === topic.slug)!;
    const flag = carried?.flagged.find((f) => f.topicSlug === topic.slug)?.reason;
    block[topic.slug] = {
      stance: s.stance,
      review: 'suggested',
      confidence: s.confidence,
      why: s.why,
      ...(flag ? { flag } : {}),
      summary: summaryOf(topic, s.stance, insurerName),
      citations: s.citations.map((c) => ({ clause: c.clauseKey, quote: c.quote })),
    };
    cells.push({ topic: topic.slug, stance: s.stance, review: 'suggested', ...(flag ? { flag } : {}) });
  }

  const insurersDoc = parseDocument(files.insurersYaml);
  const list = insurersDoc.get('insurers');
  if (!isSeq(list)) throw new IngestError('insurers.yaml has no insurers list');
  if (existing) {
    const entry = list.items.find((n) => isMap(n) && n.get('slug') === req.insurer);
    const versions = isMap(entry) ? entry.get('versions') : null;
    if (!isSeq(versions)) throw new IngestError(`insurers.yaml: ${req.insurer} has no versions list`);
    versions.items.push(insurersDoc.createNode(version));
  } else {
    list.items.push(
      insurersDoc.createNode({
        slug: req.insurer, name: req.name, kind, ...(req.shortNames?.length ? { shortNames: req.shortNames } : {}), state,
        ...(provenance ? { domain: provenance.domain } : {}), versions: [version],
      }),
    );
  }

  let annotationDoc: Document;
  if (files.annotationYaml) {
    annotationDoc = parseDocument(files.annotationYaml);
    const versions = annotationDoc.get('versions');
    if (!isMap(versions)) throw new IngestError(`annotations/${req.insurer}.yaml has no versions map`);
    versions.set(date, annotationDoc.createNode(block));
  } else {
    annotationDoc = parseDocument('');
    annotationDoc.contents = annotationDoc.createNode({ insurer: req.insurer, versions: { [date]: block } });
    annotationDoc.commentBefore = ' Written by `npm run ingest`: every cell is machine-suggested. Read the policy, correct each cell\n and mark it `review: reviewed` (remove confidence, why and flag) before it is shown as a reading.';
  }
  return {
    policyPath,
    bytes: req.bytes,
    insurersYaml: insurersDoc.toString(SEED_YAML),
    annotationPath: `annotations/${req.insurer}.yaml`,
    annotationYaml: annotationDoc.toString(SEED_YAML),
    version,
    isNewInsurer: !existing,
    cells,
  };
}

/** A suggested cell's summary: the stance's meaning as the site explains it, until a person writes one. */
function summaryOf(topic: CorpusTopic, stance: string, insurer: string): string {
  const meaning = topic.stances.find((s) => s.value === stance)?.description ?? stance;
  // The meaning's first sentence: a summary is one sentence.
  return `${insurer} (machine-suggested): ${meaning.split(/(?<=\.)\s/)[0]}`;
}
