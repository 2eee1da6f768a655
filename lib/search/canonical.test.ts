import { describe, expect, it } from 'vitest';
import { canonicalSearch, searchOfKey } from './canonical';

const known = { topics: new Set(['dnt', 'sale']), insurers: new Set(['aetna', 'cigna']) };
const key = (q: string) => canonicalSearch(new URLSearchParams(q), known);

describe('a search’s canonical key', () => {
  it('is the same for the same search however it is spelled', () => {
    expect(key('q=do%20%20not+track&topics=sale,dnt&insurers=zz,cigna,aetna')).toBe(key('q=do+not+track&insurers=aetna,cigna&topics=dnt,sale'));
    expect(key('q=x&page=1')).toBe(key('q=x'));
    expect(key('q=x&versions=current')).toBe(key('q=x'));
  });
  it('differs where the results differ', () => {
    expect(key('q=x&page=2')).not.toBe(key('q=x'));
    expect(key('q=x&versions=all')).not.toBe(key('q=x'));
    expect(key('q=x&topics=dnt')).not.toBe(key('q=x'));
  });
  it('is none for what is not a plain results page', () => {
    for (const q of ['', 'q=', 'q=%28%29', `q=${'x'.repeat(501)}`, 'q=x&limit=5', 'q=x&offset=3', 'q=x&page=abc']) expect(key(q), q).toBeNull();
  });
  it('reads back only keys it would give, so no other address is rendered', () => {
    const k = key('q=%E2%80%9Ctext+messages%E2%80%9D&topics=sale')!;
    expect(k).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(searchOfKey(k, known)!.get('q')).toBe('“text messages”');
    expect(searchOfKey(Buffer.from('q=x&topics=zz').toString('base64url'), known)).toBeNull();
    expect(searchOfKey(Buffer.from('q=x ').toString('base64url'), known)).toBeNull();
    expect(searchOfKey('not base64!', known)).toBeNull();
  });
});
