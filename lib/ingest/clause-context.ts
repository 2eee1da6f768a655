import { foldTypography } from '../text-fold';
import type { ParsedClause, ParsedSection } from './parse';

/**
 * The clause that introduces each list item: the paragraph a list follows ("The Health Connector
 * requires your authorization to:"), or, for a nested list, the item it hangs from. A quote from a list
 * item is shown with it, since "Sell your PII." alone reads as the opposite of what the policy says.
 * Keys of list items → keys of their lead-in, within one section.
 */
export function leadInKeys(section: Pick<ParsedSection, 'clauses'>): Map<string, string> {
  const leadIns = new Map<string, string>();
  const clauses = section.clauses;
  clauses.forEach((clause, i) => {
    if (clause.kind !== 'list-item') return;
    for (let j = i - 1; j >= 0; j -= 1) {
      const before = clauses[j]!;
      // Deeper clauses and sibling items belong to the same list; anything else ends the search.
      if (before.depth > clause.depth || (before.kind === 'list-item' && before.depth === clause.depth)) continue;
      const introduces = (before.kind === 'paragraph' && before.depth === clause.depth) || (before.kind === 'list-item' && before.depth === clause.depth - 1);
      if (introduces) leadIns.set(clause.key, before.key);
      return;
    }
  });
  return leadIns;
}

/** At most this many characters of a lead-in are shown: its last sentence, cut from the front if need be. */
export const LEAD_IN_LENGTH = 200;

/** The words of a lead-in as shown before a quote: the sentence that introduces the list. */
export function leadInText(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= LEAD_IN_LENGTH) return flat;
  const sentences = flat.split(/(?<=[.!?])\s+(?=[A-Z“"(])/);
  const last = sentences[sentences.length - 1]!;
  return last.length <= LEAD_IN_LENGTH ? last : `…${last.slice(-(LEAD_IN_LENGTH - 1)).replace(/^\S*\s/, '')}`;
}

/**
 * Clauses of a version whose key the previous version also has, with other words: a link that named
 * the key when the previous version was the newest now opens different words.
 */
export function keysWithEarlierWording(previous: readonly Pick<ParsedClause, 'key' | 'text'>[], next: readonly Pick<ParsedClause, 'key' | 'text'>[]): Set<string> {
  const before = new Map(previous.map((c) => [c.key, foldTypography(c.text)]));
  return new Set(next.filter((c) => before.has(c.key) && before.get(c.key) !== foldTypography(c.text)).map((c) => c.key));
}
