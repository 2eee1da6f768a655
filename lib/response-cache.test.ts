import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptsGzip, cached, cachedEntry, ResponseCache, sendEntry, toEntry } from './response-cache';

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

describe('answers sent compressed once', () => {
  it('reads Accept-Encoding as RFC 9110 does: gzip, x-gzip or * unless refused with q=0', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true);
    expect(acceptsGzip('br;q=1.0, GZIP;q=0.5')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip(['identity', 'x-gzip'])).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('gzip;q=0.000, br')).toBe(false);
    expect(acceptsGzip('br')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });

  const body = JSON.stringify({ cells: Array.from({ length: 200 }, (_, i) => ({ i, summary: 'The insurer says it may use cookies.' })) });
  const cache = new ResponseCache(10, 10_000_000);
  let builds = 0;
  let server: Server;
  let origin = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      void cachedEntry(cache, 'k', () => Promise.resolve({ body, headers: { 'content-type': 'application/json' } }).finally(() => (builds += 1)), { gzip: true }).then((entry) => sendEntry(req, res, entry));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends the gzip bytes made once when accepted, the plain body otherwise, 304 on a match, no body for HEAD', async () => {
    const get = (headers: Record<string, string>, method = 'GET') =>
      new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; bytes: Buffer }>((resolve, reject) => {
        const req = request(`${origin}/api`, { method, headers }, (res: IncomingMessage) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, bytes: Buffer.concat(chunks) }));
        });
        req.on('error', reject);
        req.end();
      });
    const zipped = await get({ 'accept-encoding': 'gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(zipped.bytes).toString('utf8')).toBe(body);
    expect(Number(zipped.headers['content-length'])).toBe(zipped.bytes.length);
    const plain = await get({ 'accept-encoding': 'gzip;q=0' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.bytes.toString('utf8')).toBe(body);
    const etag = String(zipped.headers.etag);
    expect((await get({ 'if-none-match': etag })).status).toBe(304);
    const head = await get({ 'accept-encoding': 'gzip' }, 'HEAD');
    expect([head.status, head.bytes.length]).toEqual([200, 0]);
    expect(builds).toBe(1);
    expect(cache.get('k')!.bytes).toBeGreaterThan(body.length * 2);
  });
});
