/** Slugs in URLs and seed files. Kept apart from lib/schemas.ts so client code does not bundle zod. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Clause keys are `<section-key>-<n>` (see lib/ingest/parse.ts). */
export function isClauseKey(s: string): boolean {
  return s.length <= 80 && /^[a-z0-9]+(?:-[a-z0-9]+)*-\d+$/.test(s);
}
