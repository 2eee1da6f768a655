import { readFile } from 'node:fs/promises';
import { parse, stringify } from 'yaml';
import { TrackingFileSchema, type PolicySource, type SourceCheck } from '../schemas';

export const TRACKING_FILE = 'tracking.yaml';

/** A tracking.yaml that is not what the tracker writes. */
export class TrackingFileError extends Error {
  override name = 'TrackingFileError';
}

const HEADER = [
  '# Written by the tracker (npm run track, lib/track): the last check of each source of sources.yaml.',
  '# unchanged: the live words matched `version`; changed: the tracker wrote `version` from the page;',
  '# failed: `reason` says why and nothing was written (`version`, etag and lastModified stay those of the',
  '# last good check). etag/lastModified are sent back as If-None-Match/If-Modified-Since next time.',
].join('\n');

/** Same YAML style as the other seed files: block style, quoted strings. */
const SEED_YAML = { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' } as const;

export function sourceKey(s: Pick<PolicySource, 'insurer' | 'url'>): string {
  return `${s.insurer} ${s.url}`;
}

/** The checks of a tracking.yaml (none when there is no file); the seed checks it against sources.yaml. */
export async function readTrackingFile(file: string): Promise<SourceCheck[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const parsed = TrackingFileSchema.safeParse(parse(text));
  if (!parsed.success) throw new TrackingFileError(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data.checks;
}

/**
 * The next tracking.yaml: one entry per source of the seed's sources.yaml, in its order: this run's
 * check where the source was checked, else its last one. Entries of sources no longer listed go.
 */
export function nextChecks(sources: readonly (Pick<PolicySource, 'insurer' | 'url'> & { lastCheck?: SourceCheck })[], checked: ReadonlyMap<string, SourceCheck>): SourceCheck[] {
  return sources.flatMap((s) => {
    const check = checked.get(sourceKey(s)) ?? s.lastCheck;
    return check ? [check] : [];
  });
}

export function renderTrackingFile(checks: readonly SourceCheck[]): string {
  const parsed = TrackingFileSchema.safeParse({ checks });
  if (!parsed.success) throw new TrackingFileError(`${TRACKING_FILE} would not be valid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return `${HEADER}\n${stringify({ checks: parsed.data.checks }, SEED_YAML)}`;
}
