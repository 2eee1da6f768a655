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

  it('leaves other addresses to the router', () => {
    for (const p of ['/', '/topics/dnt', '/insurers', '/api/insurers/nope']) expect(isKnownInsurerPath(p, index), p).toBe(true);
  });
});
