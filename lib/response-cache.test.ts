import { describe, expect, it } from 'vitest';
import { cached, ResponseCache, toEntry } from './response-cache';

describe('the per-process answer cache', () => {
  it('keeps at most its number of entries, dropping the least recently used', () => {
    const cache = new ResponseCache(2, 1_000_000);
    cache.set('a', toEntry({ body: 'A', headers: {} }));
    cache.set('b', toEntry({ body: 'B', headers: {} }));
    cache.get('a');
    cache.set('c', toEntry({ body: 'C', headers: {} }));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.body).toBe('A');
    expect(cache.size.entries).toBe(2);
  });

  it('keeps at most its bytes, and never an answer larger than all of them', () => {
    const cache = new ResponseCache(100, 2_000);
    for (let i = 0; i < 10; i += 1) cache.set(`k${i}`, toEntry({ body: 'x'.repeat(200), headers: {} }));
    expect(cache.size.bytes).toBeLessThanOrEqual(2_000);
    cache.set('huge', toEntry({ body: 'y'.repeat(5_000), headers: {} }));
    expect(cache.get('huge')).toBeUndefined();
  });

  it('builds an answer once, serves it with its ETag, answers a matching If-None-Match with 304 and keeps no error', async () => {
    const cache = new ResponseCache(10, 1_000_000);
    let builds = 0;
    const build = () => Promise.resolve({ body: '{"a":1}', headers: { 'content-type': 'application/json' } }).finally(() => (builds += 1));
    const first = await cached(cache, new Request('http://x/api'), 'k', build);
    const etag = first.headers.get('etag')!;
    const again = await cached(cache, new Request('http://x/api', { headers: { 'if-none-match': `W/${etag}` } }), 'k', build);
    expect(again.status).toBe(304);
    expect(builds).toBe(1);
    await cached(cache, new Request('http://x/api'), 'missing', () => Promise.resolve({ body: 'no', headers: {}, status: 404 }));
    expect(cache.get('missing')).toBeUndefined();
  });
});
