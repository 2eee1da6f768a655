/**
 * Inline text as segments: plain text and links. The parser builds them (lib/ingest/parse-markdown.ts)
 * and the renderer shows them, so what is shown is exactly what quotes are checked against.
 */
export type InlineSegment = { type: 'text'; text: string } | { type: 'link'; text: string; href: string };

/** Only http(s) and mailto links survive; anything else (javascript:, data:, relative) renders as text. */
export function isSafeHref(href: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(href);
}

export function segmentsToText(segments: InlineSegment[]): string {
  return segments.map((s) => s.text).join('');
}

/** Whitespace (including no-break spaces) folds to one space: quotes match text, not its line wrapping. */
export function normalizeWhitespace(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}
