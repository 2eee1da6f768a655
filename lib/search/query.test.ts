import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, parseSearchQuery } from './query';

const match = (q: string) => {
  const r = parseSearchQuery(q);
  return r.ok ? r.match : `ERROR ${r.message}`;
};

describe('turning user text into a safe FTS5 query', () => {
  it('quotes every word and ANDs them; keeps quoted phrases together', () => {
    expect(match('cookies')).toBe('"cookies"');
    expect(match('do not track')).toBe('"do" "not" "track"');
    expect(match('"do not track" cookies')).toBe('"do not track" "cookies"');
    expect(match('“do not track”')).toBe('"do not track"');
  });

  it('treats FTS5 operators and syntax as words or drops them', () => {
    expect(match('cookies OR tracking')).toBe('"cookies" "OR" "tracking"');
    expect(match('NEAR(cookies tracking)')).toBe('"NEAR cookies" "tracking"');
    expect(match('text: ^cookies -sell +data')).toBe('"text" "cookies" "sell" "data"');
    expect(match('((unbalanced')).toBe('"unbalanced"');
    expect(match('say "hi')).toBe('"say" "hi"');
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
    expect(match('coo\u0000kies')).toBe('"coo" "kies"');
  });

  it('caps the number of terms', () => {
    const r = parseSearchQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '));
    expect(r.ok && r.terms.length).toBe(16);
  });
});
