import { normalizeWhitespace } from '../ingest/inline';
import { DEFAULT_FURNITURE, type ParsedPolicy } from '../ingest/parse';

/**
 * Whether the live words changed. Both texts are read by the seed's own parser, so markup, the
 * provenance line, furniture lines and white space never count: only the headings and clause texts
 * in document order, white space folded.
 */
const FURNITURE = new Set(DEFAULT_FURNITURE);

export function policyWords(policy: ParsedPolicy): string[] {
  const blocks = [
    // The section the parser opens for text before any heading starts where that text does: it has no heading in the text.
    ...policy.sections.filter((s) => s.clauses[0]?.start !== s.start).map((s) => ({ at: s.start, text: s.heading })),
    ...policy.clauses.map((c) => ({ at: c.start, text: c.text })),
  ];
  return blocks
    .sort((a, b) => a.at - b.at)
    .map((b) => normalizeWhitespace(b.text))
    // An older text may hold "Back to Top" as a link the parser keeps; a fetched page's bare line of it is skipped.
    .filter((w) => w && !FURNITURE.has(w));
}

export function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

/** Characters of text the words make, one space between blocks. */
export function textLength(words: readonly string[]): number {
  return words.reduce((n, w) => n + w.length, 0) + Math.max(0, words.length - 1);
}

/** A fetched text the tracker will not take as the policy: too short to be it, or never the same twice. */
export class TextCheckError extends Error {
  override name = 'TextCheckError';
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`${url}: ${reason}`);
  }
}

/** Below either bound the page is taken for a block page, an error page or a cookie wall. */
export const MIN_TEXT_CHARS = 500;
export const MIN_SHARE_OF_PREVIOUS = 0.3;

/** Throws TextCheckError when the text is too short to be the policy the insurer had. */
export function checkLength(url: string, words: readonly string[], previous: readonly string[] | undefined): void {
  const length = textLength(words);
  if (length < MIN_TEXT_CHARS)
    throw new TextCheckError(url, `the page's text is only ${length} characters (under ${MIN_TEXT_CHARS}): a block page, an error page or a cookie wall, not the policy`);
  const before = previous ? textLength(previous) : 0;
  if (previous && length < MIN_SHARE_OF_PREVIOUS * before)
    throw new TextCheckError(url, `the page's text is ${length} characters, under ${MIN_SHARE_OF_PREVIOUS * 100}% of the ${before} of the newest version: a block page, an error page or a cookie wall, not the policy`);
}
