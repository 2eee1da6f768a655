import { normalizeWhitespace } from './inline';
import type { ParsedClause } from './parse';

/**
 * The one rule for "verbatim": after folding runs of white space (line wraps, no-break spaces) the
 * quote occurs in the clause's displayed text and in its raw source slice. Requiring both keeps a
 * quote from spanning markup (link syntax, emphasis markers) or layout debris the display drops.
 */
export function quoteInClause(quote: string, clause: Pick<ParsedClause, 'text' | 'start' | 'end'>, rawText: string): boolean {
  const q = normalizeWhitespace(quote);
  if (!q) return false;
  return normalizeWhitespace(clause.text).includes(q) && normalizeWhitespace(rawText.slice(clause.start, clause.end)).includes(q);
}

/** The first clause (in document order, repeats excluded) that holds the quote verbatim. */
export function findQuoteClause<C extends ParsedClause>(quote: string, clauses: readonly C[], rawText: string): C | undefined {
  return clauses.find((c) => !c.duplicateOfKey && quoteInClause(quote, c, rawText));
}
