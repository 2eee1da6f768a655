import { inflectionsOf } from './inflections';

/**
 * User text → a safe FTS5 MATCH expression. Every word and every quoted phrase becomes a quoted FTS5
 * string, so nothing the user types is ever FTS5 syntax: AND/OR/NOT/NEAR, parentheses, colons,
 * carets and stars are searched as words or dropped. Words are ANDed; a word also finds its other
 * forms (lib/search/inflections.ts: "sell" finds "sold" and "sale"), ORed in an expression this code
 * writes; "quoted text" is a phrase, word for word; a trailing * on a word of two or more letters is
 * a prefix search.
 */
export const MAX_QUERY_LENGTH = 500;
export const MAX_TERMS = 16;

export type ParsedQuery = { ok: true; match: string; terms: string[]; display: string } | { ok: false; message: string; display: string };

// Letters and digits of any script are what the unicode61 tokenizer indexes; everything else separates words.
const WORD = /[\p{L}\p{N}]+/gu;

function quote(parts: string[]): string {
  return `"${parts.join(' ').replace(/"/g, '""')}"`;
}

/** Text cut to at most `max` characters, counted and cut by code points so no surrogate pair is split. */
export function cutText(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

export function parseSearchQuery(input: string | null | undefined): ParsedQuery {
  // Control characters (NUL included) are never part of a search.
  const text = (input ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  const display = cutText(text, 120);
  const length = [...text].length;
  if (!text) return { ok: false, message: 'Type a word or a phrase to search for.', display };
  if (length > MAX_QUERY_LENGTH) return { ok: false, message: `A search can be at most ${MAX_QUERY_LENGTH} characters long; this one has ${length}.`, display };
  const terms: string[] = [];
  const parts: string[] = [];
  // "phrases" (straight or curly quotes), else runs of non-space characters.
  for (const m of text.matchAll(/["“”]([^"“”]*)["“”]?|(\S+)/g)) {
    if (parts.length >= MAX_TERMS) break;
    const phrase = m[1];
    const raw = phrase ?? m[2] ?? '';
    const words = raw.match(WORD) ?? [];
    if (words.length === 0) continue;
    const prefix = phrase === undefined && /[\p{L}\p{N}]\*$/u.test(raw) && words.length === 1 && (words[0] ?? '').length >= 2;
    const forms = phrase === undefined && !prefix && words.length === 1 ? inflectionsOf(words[0]) : [];
    if (forms.length > 1) {
      parts.push(`(${forms.map((f) => quote([f])).join(' OR ')})`);
      terms.push(`${words[0]} (also ${forms.slice(1).join(', ')})`);
      continue;
    }
    parts.push(prefix ? `${quote(words)}*` : quote(words));
    terms.push(phrase !== undefined ? `“${words.join(' ')}”` : `${words.join(' ')}${prefix ? '*' : ''}`);
  }
  if (parts.length === 0) return { ok: false, message: 'Type a word or a phrase to search for: letters or digits, not only punctuation.', display };
  // FTS5 allows an implicit AND only between strings, not next to a parenthesized OR group: AND is spelled out.
  return { ok: true, match: parts.join(' AND '), terms, display };
}
