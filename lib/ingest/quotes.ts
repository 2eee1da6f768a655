import { normalizeWhitespace } from './inline';
import type { ParsedClause } from './parse';

/**
 * The source as a reader sees its words: emphasis markers dropped and link syntax reduced to the
 * link's text, so "We will **not** sell" can be quoted as "We will not sell". Single underscores stay
 * (they occur in addresses), and so does a lone asterisk (a footnote mark the display shows too).
 * A backslash escape (CommonMark: a backslash before ASCII punctuation, as "help\@insurer.com" or
 * "cookies\*" in Markdown the tracker converted from HTML) reads as the character it escapes, and
 * that character is never taken for markup.
 */
export function withoutInlineMarkup(raw: string): string {
  const escaped: string[] = [];
  return raw
    .replace(/\\([!-/:-@[-`{-~])/g, (_, c: string) => `\uE000${escaped.push(c) - 1}\uE001`)
    .replace(/!?\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]*)>/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/\*(?=\S)([^*\n]+?)(?<=\S)\*/g, '$1')
    .replace(/\uE000(\d+)\uE001/g, (_, i: string) => escaped[Number(i)]!);
}

/**
 * The one rule for "verbatim": after folding runs of white space (line wraps, no-break spaces) the
 * quote occurs in the clause's displayed text and in its source slice read without inline markup.
 * Requiring both keeps a quote from spanning layout debris the display drops (table pipes, furniture)
 * while letting it run across a bold word or a link, as a reader would quote it.
 */
export function quoteInClause(quote: string, clause: Pick<ParsedClause, 'text' | 'start' | 'end'>, rawText: string): boolean {
  const q = normalizeWhitespace(quote);
  if (!q) return false;
  return normalizeWhitespace(clause.text).includes(q) && normalizeWhitespace(withoutInlineMarkup(rawText.slice(clause.start, clause.end))).includes(q);
}

/** The first clause (in document order, repeats excluded) that holds the quote verbatim. */
export function findQuoteClause<C extends ParsedClause>(quote: string, clauses: readonly C[], rawText: string): C | undefined {
  return clauses.find((c) => !c.duplicateOfKey && quoteInClause(quote, c, rawText));
}
