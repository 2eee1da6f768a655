import { FETCHED_PROVENANCE } from '../ingest/provenance';

/**
 * The first line of a text the tracker fetched, which the seed's parser skips and reads as the text's
 * provenance (lib/ingest/provenance.ts: FETCHED_PROVENANCE), then a blank line, then the Markdown.
 */
export function fetchedText(url: string, day: string, markdown: string): string {
  const line = `> *Fetched from the live page <${url}> on ${day} by the project's tracker (npm run track).*`;
  // The seed would read a text whose line it cannot parse as having no provenance: never write one.
  const m = FETCHED_PROVENANCE.exec(line);
  if (!m || m[1] !== url || m[2] !== day) throw new Error(`cannot write a provenance line the seed reads back for ${url} on ${day}`);
  return `${line}\n\n${markdown.trim()}\n`;
}
