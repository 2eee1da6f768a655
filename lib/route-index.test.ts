import { describe, expect, it } from 'vitest';
import { isKnownInsurerPath, type RouteIndex } from './route-index';

const index: RouteIndex = {
  insurers: new Map([['healthpartners', new Set(['2009-10-22', '2017-02-19'])]]),
  topics: new Set(['dnt', 'cookies']),
};

describe('isKnownInsurerPath', () => {
  it('knows the insurer, its topics, history and versions', () => {
    for (const p of ['/insurers/healthpartners', '/insurers/healthpartners/dnt', '/insurers/healthpartners/history', '/insurers/healthpartners/versions/2009-10-22'])
      expect(isKnownInsurerPath(p, index), p).toBe(true);
  });

  it('rejects an unknown insurer, topic or version date', () => {
    for (const p of ['/insurers/nope', '/insurers/nope/dnt', '/insurers/healthpartners/nope', '/insurers/healthpartners/versions/2010-01-01', '/insurers/healthpartners/versions/latest', '/insurers/nope/history'])
      expect(isKnownInsurerPath(p, index), p).toBe(false);
  });

  it('knows the compare page and every reading of every version', () => {
    for (const p of ['/insurers/healthpartners/compare', '/insurers/healthpartners/compare/2009-10-22/2017-02-19', '/insurers/healthpartners/versions/2009-10-22/dnt', '/insurers/healthpartners/versions/2017-02-19/cookies'])
      expect(isKnownInsurerPath(p, index), p).toBe(true);
    for (const p of ['/insurers/healthpartners/versions/2009-10-22/nope', '/insurers/healthpartners/versions/2010-01-01/dnt', '/insurers/healthpartners/dnt/extra', '/insurers/healthpartners/history/x', '/insurers/healthpartners/compare/2017-02-19/2009-10-22', '/insurers/healthpartners/compare/2009-10-22/2001-01-01'])
      expect(isKnownInsurerPath(p, index), p).toBe(false);
  });

  it('decodes each segment on its own: an encoded slash is part of a segment, never a separator', () => {
    for (const p of ['/insurers/healthpartners/cookies%2Fx', '/insurers/healthpartners/history%2Fx', '/insurers/healthpartners/versions/2009-10-22%2Fx', '/insurers/healthpartners/versions%2F2009-10-22', '/insurers/healthpartners/%'])
      expect(isKnownInsurerPath(p, index), p).toBe(false);
    expect(isKnownInsurerPath('/insurers/health%70artners/dnt', index)).toBe(true);
  });

  it('leaves other addresses to the router', () => {
    for (const p of ['/', '/topics/dnt', '/insurers', '/api/insurers/nope']) expect(isKnownInsurerPath(p, index), p).toBe(true);
  });
});
