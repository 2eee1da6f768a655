import { afterEach, describe, expect, it } from 'vitest';
import { canonicalAlternate, matchesIfNoneMatch, publicOrigin } from './http';

const req = (headers: Record<string, string>) => new Request('http://127.0.0.1:3000/changes.xml', { headers });

describe('a page canonical', () => {
  afterEach(() => {
    delete process.env.SITE_URL;
  });

  it('is absolute at SITE_URL, and absent without it or with a malformed one (a relative canonical is invalid)', () => {
    expect(canonicalAlternate('/?view=compact')).toEqual({});
    process.env.SITE_URL = 'https://compare.example.org/ignored';
    expect(canonicalAlternate('/insurers/aetna/compare?from=2010-12-31&to=2013-06-06')).toEqual({ canonical: 'https://compare.example.org/insurers/aetna/compare?from=2010-12-31&to=2013-06-06' });
    process.env.SITE_URL = 'not a url';
    expect(canonicalAlternate('/changes')).toEqual({});
  });
});

describe('the origin of exported links', () => {
  afterEach(() => {
    delete process.env.SITE_URL;
    delete process.env.TRUST_PROXY;
  });

  it('is SITE_URL when set, whatever the request says, and then depends on no header', () => {
    process.env.SITE_URL = 'https://compare.example.org/some/path';
    expect(publicOrigin(req({ host: 'evil.example', 'x-forwarded-host': 'evil.example' }))).toEqual({ ok: true, origin: 'https://compare.example.org', vary: null });
  });

  it('is the Host otherwise, and says so for Vary; forwarding headers are ignored unless TRUST_PROXY=1', () => {
    expect(publicOrigin(req({ host: 'policies.example.net', 'x-forwarded-host': 'evil.example' }))).toEqual({ ok: true, origin: 'http://policies.example.net', vary: 'Host' });
    process.env.TRUST_PROXY = '1';
    expect(publicOrigin(req({ host: 'internal:3000', 'x-forwarded-host': 'compare.example.org', 'x-forwarded-proto': 'https' }))).toEqual({
      ok: true, origin: 'https://compare.example.org', vary: 'X-Forwarded-Host, X-Forwarded-Proto',
    });
  });

  it('refuses a host that cannot make a URL, or one longer than a host can be', () => {
    for (const host of ['xn--zz', 'localhost:99999', 'localhost:65536', '999.999.999.999', 'evil.example/"><script>', `${'a'.repeat(300)}.example`])
      expect(publicOrigin(req({ host })).ok, host).toBe(false);
    process.env.TRUST_PROXY = '1';
    expect(publicOrigin(req({ host: '127.0.0.1', 'x-forwarded-host': 'xn--zz' })).ok).toBe(false);
  });
});

describe('If-None-Match', () => {
  const etag = '"abc"';
  it('matches weakly, in lists and with *', () => {
    for (const h of ['"abc"', 'W/"abc"', '"x", "abc"', '"x",W/"abc"', '*', ' * ']) expect(matchesIfNoneMatch(h, etag), h).toBe(true);
  });
  it('does not match other tags or nothing', () => {
    for (const h of [null, '', '"abcd"', 'abc', '"x"']) expect(matchesIfNoneMatch(h, etag), String(h)).toBe(false);
  });
});
