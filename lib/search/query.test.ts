import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, parseSearchQuery } from './query';

const match = (q: string) => {
  const r = parseSearchQuery(q);
  return r.ok ? r.match : `ERROR ${r.message}`;
};

describe('turning user text into a safe FTS5 query', () => {
  it('quotes every word and ANDs them; keeps quoted phrases together', () => {
    expect(match('cookies')).toBe('"cookies"');
    expect(match('do not track')).toBe('"do" AND "not" AND "track"');
    expect(match('"do not track" cookies')).toBe('"do not track" AND "cookies"');
    expect(match('“do not track”')).toBe('"do not track"');
  });

  it('treats FTS5 operators and syntax as words or drops them', () => {
    expect(match('cookies OR tracking')).toBe('"cookies" AND "OR" AND "tracking"');
    expect(match('NEAR(cookies tracking)')).toBe('"NEAR cookies" AND "tracking"');
    expect(match('text: ^cookies -rented +data')).toBe('"text" AND "cookies" AND "rented" AND "data"');
    expect(match('((unbalanced')).toBe('"unbalanced"');
    expect(match('say "hi')).toBe('"say" AND "hi"');
    expect(match('e-mail')).toBe('"e mail"');
  });

  it('allows a prefix search on a word, but not a lone star', () => {
    expect(match('track*')).toBe('"track"*');
    expect(match('*')).toMatch(/^ERROR /);
    expect(match('t*')).toBe('"t"');
  });

  it('gives a clear message instead of a query for empty, punctuation-only, control-character or over-long input', () => {
    expect(match('')).toMatch(/^ERROR Type a word/);
    expect(match('   ')).toMatch(/^ERROR Type a word/);
    expect(match('\u0000\u0001')).toMatch(/^ERROR Type a word/);
    expect(match('()"*:^')).toMatch(/^ERROR .*not only punctuation/);
    expect(match('a'.repeat(MAX_QUERY_LENGTH + 1))).toMatch(/at most 500 characters/);
    expect(match('x'.repeat(10_000))).toMatch(/at most 500 characters/);
  });

  it('keeps letters of any script and strips NUL bytes inside words', () => {
    expect(match('Público')).toBe('"Público"');
    expect(match('coo\u0000kies')).toBe('"coo" AND "kies"');
  });

  it('counts and cuts by characters, never splitting a surrogate pair', () => {
    const long = parseSearchQuery('𝓬'.repeat(200));
    expect([...long.display]).toHaveLength(120);
    expect(long.display.endsWith('…')).toBe(true);
    expect(long.display.slice(0, -1)).toBe('𝓬'.repeat(119));
    // 251 emoji are 502 UTF-16 units but 251 characters: not over-long, and no words to search for.
    const cookies = parseSearchQuery('🍪'.repeat(251));
    expect(!cookies.ok && cookies.message).toMatch(/not only punctuation/);
    expect(cookies.display).toBe(`${'🍪'.repeat(119)}…`);
    const over = parseSearchQuery('𝓬'.repeat(501));
    expect(!over.ok && over.message).toBe('A search can be at most 500 characters long; this one has 501.');
    expect(parseSearchQuery('𝓬'.repeat(500)).ok).toBe(true);
  });

  it('lets a policy word find its irregular forms and nouns, but not inside a phrase or a prefix', () => {
    expect(match('sell')).toBe('("sell" OR "sold" OR "sale" OR "sales" OR "resell" OR "resold")');
    expect(match('Sold data')).toBe('("sold" OR "sell" OR "sale" OR "sales" OR "resell" OR "resold") AND "data"');
    expect(match('"sell data"')).toBe('"sell data"');
    expect(match('sel*')).toBe('"sel"*');
    const r = parseSearchQuery('sell');
    expect(r.ok && r.terms).toEqual(['sell (also sold, sale, sales, resell, resold)']);
  });

  it('caps the number of terms', () => {
    const r = parseSearchQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '));
    expect(r.ok && r.terms.length).toBe(16);
  });
});
