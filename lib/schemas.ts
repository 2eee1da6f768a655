import { z } from 'zod';
import { SLUG } from './slug';

/**
 * Every zod schema of the project: seed files (ingest boundary) and URL/API input (web boundary).
 */
export { SLUG };
const slug = z.string().regex(SLUG, 'must be a lowercase slug (a-z, 0-9, single hyphens)');
/** A date as the source states it: a full day or only a month. */
const isoDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be an ISO date (YYYY-MM-DD or YYYY-MM)');
/** A capture date: always a full day. */
export const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const isoDay = z.string().regex(ISO_DAY, 'must be a day (YYYY-MM-DD)');

export const VersionMetaSchema = z
  .strictObject({
    file: z.string().regex(/^[\w./-]+\.(txt|md)$/, 'must be a relative .txt or .md path'),
    format: z.enum(['markdown', 'text']),
    title: z.string().trim().min(1),
    /** The web archive's snapshot date, as the text's provenance line states it. */
    archivedOn: isoDay.optional(),
    /** For a text with no archive provenance: the day the project collected it. */
    collectedOn: isoDay.optional(),
    /** For a text the tracker fetched from the live page (its first line says where and when). */
    fetchedOn: isoDay.optional(),
    sourceUrl: z.url({ protocol: /^https?$/ }).optional(),
    lastModifiedOn: isoDate.optional(),
    effectiveOn: isoDate.optional(),
    furniture: z.array(z.string().min(1)).optional(),
    /**
     * Dates the text states for a notice printed on the same page, not for this policy (a Notice of
     * Privacy Practices "Revised: January 1, 2011" below the website policy): left out of the version's
     * dates, and the seed checks that the text does state them.
     */
    embeddedNoticeDates: z.array(z.enum(['lastModifiedOn', 'effectiveOn'])).optional(),
    /** What a reader must know about the captured text itself (e.g. it ends mid-sentence); shown with the version. */
    captureNote: z.string().trim().min(10).optional(),
  })
  .refine((v) => [v.archivedOn, v.collectedOn, v.fetchedOn].filter((d) => d !== undefined).length === 1, {
    message: 'needs exactly one of archivedOn (archived texts), fetchedOn (texts the tracker fetched) or collectedOn (texts with no provenance)',
    path: ['archivedOn'],
  });
export type VersionMeta = z.infer<typeof VersionMetaSchema>;

/** The day a version was captured, which names it in URLs and orders the versions. */
export function versionDate(v: Pick<VersionMeta, 'archivedOn' | 'collectedOn' | 'fetchedOn'>): string {
  return (v.archivedOn ?? v.fetchedOn ?? v.collectedOn)!;
}

/** How a version was captured: a web-archive snapshot, a fetch of the live page by the tracker, or collected by hand with no provenance. */
export type Capture = 'archive' | 'fetched' | 'collected';

export function captureOf(v: Pick<VersionMeta, 'archivedOn' | 'fetchedOn'>): Capture {
  return v.archivedOn ? 'archive' : v.fetchedOn ? 'fetched' : 'collected';
}

export const STATE_PATTERN = /^(US|[A-Z]{2}(, [A-Z]{2})*)$/;

/**
 * What kind of organization publishes the policy: the grid shows it and filters by it. A state or the
 * federal exchange is where people shop for plans; a Medicare plan's site serves the beneficiaries of
 * one program; every other publisher is an insurer.
 */
export const ORGANIZATION_KINDS = ['insurer', 'state-exchange', 'federal-exchange', 'medicare-plan'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const InsurerMetaSchema = z.strictObject({
  slug,
  name: z.string().trim().min(1),
  kind: z.enum(ORGANIZATION_KINDS),
  /** Other names the readings may call it by ("BCBSMA", "Health Connector"); a summary must name it by one of these or its name. */
  shortNames: z.array(z.string().trim().min(2)).optional(),
  /** The insurer whose separate website this is (a Medicare plan's site of a national insurer). */
  parent: slug.optional(),
  state: z.string().regex(STATE_PATTERN, 'must be two-letter state codes ("MA" or "OR, WA") or US for national plans'),
  domain: z.string().regex(/^[a-z0-9.-]+\.[a-z]+$/, 'must be a domain name').optional(),
  versions: z.array(VersionMetaSchema).min(1, 'needs at least one policy version'),
});
export type InsurerMeta = z.infer<typeof InsurerMetaSchema>;

export const InsurersFileSchema = z.strictObject({ insurers: z.array(InsurerMetaSchema).min(1) });

export const TONES = ['good', 'caution', 'concern', 'unknown'] as const;
export type Tone = (typeof TONES)[number];

/**
 * A compact cell's word must read as the answer it stands for: each of its words is a word of the label,
 * or the start of one ending in a full stop ("Not addr." for "Not addressed").
 */
export function shortMatchesLabel(short: string, label: string): boolean {
  const labelWords = label.toLowerCase().split(/[\s,]+/).filter(Boolean);
  return short
    .toLowerCase()
    .split(/\s+/)
    .every((w) => (w.endsWith('.') ? labelWords.some((l) => l.startsWith(w.slice(0, -1)) && w.length > 1) : labelWords.some((l) => l === w || l.startsWith(w))));
}

export const StanceGuideSchema = z.strictObject({
  label: z.string().trim().min(1),
  short: z.string().trim().min(1).max(16, 'must fit a compact cell (16 characters at most)'),
  tone: z.enum(TONES),
  description: z.string().trim().min(1),
}).refine((s) => shortMatchesLabel(s.short, s.label), { message: 'short must be words of the label, or their starts with a full stop ("Not addr." for "Not addressed")', path: ['short'] });

export const TopicGuideFileSchema = z.strictObject({
  topics: z.record(
    slug,
    z.strictObject({
      name: z.string().trim().min(1),
      explanation: z.string().trim().min(1),
      stances: z.record(slug, StanceGuideSchema),
    }),
  ),
});

export const CitationInputSchema = z.strictObject({
  clause: z.string().regex(/^[a-z0-9-]+$/, 'must be a clause key'),
  quote: z.string().trim().min(3, 'must quote at least a few words'),
});

export const REVIEW_STATES = ['reviewed', 'carried', 'suggested'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const PracticeInputSchema = z.strictObject({
  stance: slug,
  /** reviewed: read by a person; carried: an earlier version's reviewed reading whose quotes all still occur; suggested: machine output. */
  review: z.enum(REVIEW_STATES),
  summary: z
    .string()
    .trim()
    .min(10, 'must be a plain-language sentence')
    .max(300, 'must be one sentence (300 characters at most)')
    .refine((s) => !s.includes('\n'), 'must be a single line'),
  citations: z.array(CitationInputSchema).default([]),
  /** Suggested cells: how sure the suggester was, and why (the cue or the nearest reviewed clause). */
  confidence: z.number().min(0).max(1).optional(),
  why: z.string().trim().min(1).optional(),
  /** Carried cells: the version whose reviewed reading this is. */
  carriedFrom: isoDay.optional(),
  /** Why a person must look at this cell (e.g. an earlier reading's quotes no longer occur). */
  flag: z.string().trim().min(1).optional(),
});
export type PracticeInput = z.infer<typeof PracticeInputSchema>;

export const AnnotationFileSchema = z.strictObject({
  insurer: slug,
  /** One reading per policy version, keyed by the version's capture day. */
  versions: z.record(isoDay, z.record(z.string(), PracticeInputSchema)),
});
export type AnnotationFile = z.infer<typeof AnnotationFileSchema>;

/**
 * seeds/sources.yaml: where each insurer's live policy is fetched from by the tracker (lib/track).
 * `select` keeps the first element matching any of the CSS selectors (else the whole body), `remove`
 * drops elements inside it, `render: browser` loads the page in headless Chromium first.
 */
export const PolicySourceSchema = z.strictObject({
  insurer: slug,
  url: z.url({ protocol: /^https?$/ }),
  select: z.array(z.string().trim().min(1)).min(1).optional(),
  remove: z.array(z.string().trim().min(1)).min(1).optional(),
  render: z.enum(['static', 'browser']).default('static'),
});
export type PolicySource = z.infer<typeof PolicySourceSchema>;
export const SourcesFileSchema = z.strictObject({ sources: z.array(PolicySourceSchema) });

export const CHECK_OUTCOMES = ['unchanged', 'changed', 'failed'] as const;
export type CheckOutcome = (typeof CHECK_OUTCOMES)[number];

/**
 * seeds/tracking.yaml, written by the tracker: the last check of each source. unchanged: the live words
 * matched `version`; changed: the tracker wrote `version` from it; failed: `reason` says why, nothing
 * was written. etag/lastModified are what the server sent, for the next conditional request.
 */
export const SourceCheckSchema = z.strictObject({
  insurer: slug,
  url: z.url({ protocol: /^https?$/ }),
  checkedAt: z.iso.datetime({ offset: true }),
  outcome: z.enum(CHECK_OUTCOMES),
  reason: z.string().trim().min(1).optional(),
  version: isoDay.optional(),
  etag: z.string().min(1).optional(),
  lastModified: z.string().min(1).optional(),
})
  .refine((c) => (c.outcome === 'failed') === (c.reason !== undefined), { message: 'a failed check gives its reason, and only a failed one', path: ['reason'] })
  .refine((c) => c.outcome === 'failed' || c.version !== undefined, { message: 'an unchanged or changed check names the version', path: ['version'] });
export type SourceCheck = z.infer<typeof SourceCheckSchema>;
export const TrackingFileSchema = z.strictObject({ checks: z.array(SourceCheckSchema) });

export const INSURER_QUERY_MAX = 100;

/** One cue of the suggester's knowledge (lib/suggest/rules.yaml). */
export const SuggestCueSchema = z.strictObject({
  cue: z.string().min(3),
  weight: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  negated: slug.optional(),
  negatable: z.boolean().optional(),
  also: z.string().min(1).optional(),
  unless: z.string().min(1).optional(),
  document: z.string().min(1).optional(),
  documentNot: z.string().min(1).optional(),
});
export type SuggestCue = z.infer<typeof SuggestCueSchema>;

export const SuggestRulesSchema = z.strictObject({
  patterns: z.record(z.string(), z.string()).optional(),
  negation: z.strictObject({
    negators: z.array(z.string().min(1)).min(1),
    pseudo: z.array(z.string().min(1)),
    resets: z.array(z.string().min(1)),
    clauseStarters: z.array(z.string().min(1)),
    window: z.number().int().min(1).max(20),
  }),
  scope: z.strictObject({
    sections: z.string().min(1),
    sentences: z.array(z.string().min(1)),
    consentLeadIn: z.string().min(1),
    ownSite: z.string().min(1),
  }),
  topics: z.record(
    slug,
    z.strictObject({
      mention: z.string().min(1),
      precedence: z.array(slug).min(1),
      stances: z.record(slug, z.array(SuggestCueSchema).min(1)),
    }),
  ),
});
export type SuggestRules = z.infer<typeof SuggestRulesSchema>;

/** The one field of Next's `build-manifest.json` the build step reads (lib/build/compile-hints.ts); it has many more. */
export const BuildManifestSchema = z.object({ polyfillFiles: z.array(z.string()) });
