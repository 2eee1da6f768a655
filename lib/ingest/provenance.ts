/**
 * Where a text says it comes from, in its first line: a web-archive snapshot (the historical archive's
 * note), or a fetch of the live page by the project's tracker (lib/track).
 */
export type Provenance =
  | { kind: 'archive'; domain: string; date: string; snapshotUrl: string; sourceUrl: string }
  | { kind: 'fetched'; domain: string; date: string; sourceUrl: string };

const PROVENANCE =
  /extracted and transformed from the (\S+) privacy policy that was archived on (\d{4}-\d{2}-\d{2})[\s\S]*?\((https:\/\/web\.archive\.org\/web\/\d+id_\/([^)\s]+))\)/;

/** The first line the tracker writes above a fetched text (lib/track/provenance.ts writes it). */
export const FETCHED_PROVENANCE = /Fetched from the live page <?(https?:\/\/[^\s>]+)>? on (\d{4}-\d{2}-\d{2})/;

export function parseProvenance(text: string): Provenance | undefined {
  const fetched = FETCHED_PROVENANCE.exec(text);
  if (fetched) {
    const sourceUrl = fetched[1]!;
    return { kind: 'fetched', domain: new URL(sourceUrl).hostname.replace(/^www\./, ''), date: fetched[2]!, sourceUrl };
  }
  const m = PROVENANCE.exec(text);
  if (!m) return undefined;
  let sourceUrl: string;
  try {
    sourceUrl = decodeURIComponent(m[4]!);
  } catch {
    sourceUrl = m[4]!;
  }
  return { kind: 'archive', domain: m[1]!, date: m[2]!, snapshotUrl: m[3]!, sourceUrl };
}

