import { z } from 'zod';
import { SLUG } from './slug';

/**
 * Every zod schema of the project: seed files (ingest boundary) and URL/API input (web boundary).
 */
export { SLUG };
const slug = z.string().regex(SLUG, 'must be a lowercase slug (a-z, 0-9, single hyphens)');
/** A date as the source states it: a full day or only a month. */
const isoDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be an ISO date (YYYY-MM-DD or YYYY-MM)');

export const InsurerMetaSchema = z.strictObject({
  slug,
  name: z.string().trim().min(1),
  state: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter state code'),
  file: z.string().regex(/^[\w./-]+\.(txt|md)$/, 'must be a relative .txt or .md path'),
  format: z.enum(['markdown', 'text']),
  title: z.string().trim().min(1),
  sourceUrl: z.url({ protocol: /^https?$/ }).optional(),
  archivedOn: isoDate.optional(),
  lastModifiedOn: isoDate.optional(),
  effectiveOn: isoDate.optional(),
  furniture: z.array(z.string().min(1)).optional(),
});
export type InsurerMeta = z.infer<typeof InsurerMetaSchema>;

export const InsurersFileSchema = z.strictObject({ insurers: z.array(InsurerMetaSchema).min(1) });

export const TONES = ['good', 'caution', 'concern', 'unknown'] as const;
export type Tone = (typeof TONES)[number];

export const StanceGuideSchema = z.strictObject({
  label: z.string().trim().min(1),
  tone: z.enum(TONES),
  description: z.string().trim().min(1),
});

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

export const PracticeInputSchema = z.strictObject({
  stance: slug,
  summary: z
    .string()
    .trim()
    .min(10, 'must be a plain-language sentence')
    .max(300, 'must be one sentence (300 characters at most)')
    .refine((s) => !s.includes('\n'), 'must be a single line'),
  citations: z.array(CitationInputSchema).default([]),
});

export const AnnotationFileSchema = z.strictObject({
  insurer: slug,
  practices: z.record(z.string(), PracticeInputSchema),
});
export type AnnotationFile = z.infer<typeof AnnotationFileSchema>;

/** GET /api/insurers query. Malformed values fall back to defaults, never an error. */
export const InsurerSearchQuerySchema = z.object({
  q: z.string().max(100).catch(''),
  limit: z.coerce.number().int().min(1).max(50).catch(20),
});
