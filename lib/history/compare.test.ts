import { describe, expect, it } from 'vitest';
import { compareClauses, similarity, type ClauseRef } from './compare';

const c = (key: string, text: string, section = 's'): ClauseRef => ({ key, section, text });

describe('comparing two versions clause by clause', () => {
  it('aligns equal clauses even when their keys and wrapping differ', () => {
    const r = compareClauses([c('a-1', 'We use cookies.'), c('a-2', 'We  do not\nsell data.')], [c('b-1', 'We use cookies.'), c('b-2', 'We do not sell data.')]);
    expect(r.counts).toEqual({ unchanged: 2, added: 0, removed: 0, changed: 0 });
    expect(r.changes[1]).toMatchObject({ kind: 'unchanged', from: { key: 'a-2' }, to: { key: 'b-2' } });
  });

  it('reports added and removed clauses in document order', () => {
    const r = compareClauses(
      [c('x-1', 'Intro text stays.'), c('x-2', 'Old paragraph about fax machines only.'), c('x-3', 'Closing words.')],
      [c('x-1', 'Intro text stays.'), c('x-2', 'We do not currently respond to Do Not Track signals.'), c('x-3', 'Closing words.'), c('x-4', 'A brand new contact section.')],
    );
    expect(r.changes.map((ch) => ch.kind)).toEqual(['unchanged', 'removed', 'added', 'unchanged', 'added']);
    expect(r.counts).toEqual({ unchanged: 2, added: 2, removed: 1, changed: 0 });
  });

  it('pairs an edited clause and marks the changed words', () => {
    const r = compareClauses(
      [c('p-1', 'We may share your information with our contractors to provide services.')],
      [c('p-1', 'We may share your information with our contractors and affiliates to provide services.')],
    );
    expect(r.counts.changed).toBe(1);
    const change = r.changes[0]!;
    if (change.kind !== 'changed') throw new Error('expected a changed clause');
    expect(change.words.filter((w) => w.op === 'added').map((w) => w.text.trim()).join(' ')).toContain('affiliates');
    expect(change.words.filter((w) => w.op === 'removed')).toEqual([]);
    expect(change.words.map((w) => (w.op === 'removed' ? '' : w.text)).join('')).toBe('We may share your information with our contractors and affiliates to provide services.');
  });

  it('does not pair clauses that merely share a few words', () => {
    expect(similarity('We use cookies to remember you.', 'Contact our privacy office by mail.')).toBeLessThan(0.4);
    const r = compareClauses([c('a', 'We use cookies to remember you.')], [c('b', 'Contact our privacy office by mail.')]);
    expect(r.changes.map((ch) => ch.kind)).toEqual(['removed', 'added']);
  });

  it('takes typographic differences alone for no change', () => {
    const r = compareClauses([c('a', 'We don’t sell “personal” data — ever.')], [c('a', 'We don\'t sell "personal" data - ever.')]);
    expect(r.counts).toEqual({ unchanged: 1, added: 0, removed: 0, changed: 0 });
  });

  it('pairs a reworded clause that moved elsewhere in the policy, by similarity rather than position', () => {
    const r = compareClauses(
      [c('a-1', 'We use cookies to remember your preferences on our site.'), c('a-2', 'Email sent to us over the Internet is not secure, so do not send health information.'), c('a-3', 'Call us with questions.')],
      [c('b-1', 'Call us with questions.'), c('b-2', 'We use cookies to remember your site preferences.'), c('faq-1', 'Is email secure? No: email sent to us over the Internet is not secure, so please do not send health information by email.')],
    );
    expect(r.counts).toEqual({ unchanged: 1, added: 0, removed: 0, changed: 2 });
    const email = r.changes.find((ch) => ch.kind === 'changed' && ch.to.key === 'faq-1');
    expect(email).toMatchObject({ from: { key: 'a-2' } });
  });

  it('pairs each clause at most once, the most similar first', () => {
    const r = compareClauses(
      [c('a', 'We share information with contractors who help us run the site.')],
      [c('b', 'We share information with contractors who help us run the site and our affiliates.'), c('c', 'We share information with contractors.')],
    );
    expect(r.changes.filter((ch) => ch.kind === 'changed').map((ch) => (ch.kind === 'changed' ? ch.to.key : ''))).toEqual(['b']);
    expect(r.counts.added).toBe(1);
  });

  it('compares a version with itself as all unchanged', () => {
    const v = [c('a', 'One.'), c('b', 'Two.'), c('c', 'Three.')];
    expect(compareClauses(v, v).counts).toEqual({ unchanged: 3, added: 0, removed: 0, changed: 0 });
  });
});
