import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError, PoliteFetcher } from './fetch';
import { html, startSite, type Site } from './test-site';

let site: Site;
let other: Site;

beforeAll(async () => {
  site = await startSite('127.0.0.1');
  other = await startSite('127.0.0.2');
});
afterAll(async () => {
  await site?.close();
  await other?.close();
});

const failure = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e as FetchError);

describe('the tracker’s HTTP client', () => {
  it('follows redirects (across hosts too) to the page, and names where it ended', async () => {
    site.routes.set('/old', (_req, res) => res.writeHead(301, { location: `${other.origin}/new` }).end());
    other.routes.set('/new', html('<p>here</p>', { etag: '"n1"' }));
    const result = await new PoliteFetcher({ timeoutMs: 2000 }).getPage(`${site.origin}/old#top`);
    expect(result).toEqual({ status: 'ok', url: `${other.origin}/new`, html: '<p>here</p>', contentType: 'text/html; charset=utf-8', validators: { etag: '"n1"' } });
  });

  it('asks robots.txt once per origin per run, and sends an honest User-Agent', async () => {
    const robotsBefore = site.requests.filter((r) => r.path === '/robots.txt').length;
    site.routes.set('/a', html('<p>a</p>'));
    site.routes.set('/b', html('<p>b</p>'));
    const fetcher = new PoliteFetcher({ timeoutMs: 2000 });
    await Promise.all([fetcher.getPage(`${site.origin}/a`), fetcher.getPage(`${site.origin}/b`), fetcher.getPage(`${site.origin}/a`)]);
    expect(site.requests.filter((r) => r.path === '/robots.txt').length - robotsBefore).toBe(1);
    expect(site.requests.at(-1)!.headers['user-agent']).toBe('InsurerPrivacyCompare-Tracker/1.0 (+policy research; contact in README)');
  });

  it('obeys the robots.txt group of its own product token over the * group', async () => {
    const s = await startSite('127.0.0.3');
    try {
      s.routes.set('/robots.txt', (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nAllow: /\n\nUser-agent: InsurerPrivacyCompare-Tracker\nDisallow: /legal/\n'));
      s.routes.set('/legal/privacy', html('<p>x</p>'));
      const error = await failure(new PoliteFetcher().getPage(`${s.origin}/legal/privacy`));
      expect(error).toBeInstanceOf(FetchError);
      expect(error!.kind).toBe('robots');
      expect(error!.message).toBe(`${s.origin}/legal/privacy: robots.txt of ${s.origin} disallows it for InsurerPrivacyCompare-Tracker (line 5)`);
      expect(s.requests.map((r) => r.path)).toEqual(['/robots.txt']);
    } finally {
      await s.close();
    }
  });

  it('reads a robots.txt the server cannot give (5xx) as disallowing everything (RFC 9309)', async () => {
    const s = await startSite('127.0.0.4');
    try {
      s.routes.set('/robots.txt', (_req, res) => res.writeHead(503).end());
      s.routes.set('/privacy', html('<p>x</p>'));
      const error = await failure(new PoliteFetcher().getPage(`${s.origin}/privacy`));
      expect(error!.reason).toBe(`robots.txt of ${s.origin} answered HTTP 503; RFC 9309 reads an unreachable robots.txt as disallowing everything`);
      expect(s.requests.map((r) => r.path)).toEqual(['/robots.txt']);
    } finally {
      await s.close();
    }
  });

  it('refuses a page whose Content-Length is over the limit without reading it', async () => {
    site.routes.set('/big', html('x'.repeat(5000), { 'content-length': '5000' }));
    const error = await failure(new PoliteFetcher({ maxBytes: 1000 }).getPage(`${site.origin}/big`));
    expect(error!.kind).toBe('too-large');
    expect(error!.reason).toBe('the page is larger than the limit of 1000 bytes (Content-Length: 5000)');
  });

  it('decodes the charset the page declares (windows-1252 as browsers do, whatever its label)', async () => {
    const bytes = (meta: string) => Buffer.from(`<meta charset="${meta}"><p>Caf\xe9 \x93quoted\x94 \x96 \x80</p>`, 'latin1');
    site.routes.set('/cp1252', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(bytes('windows-1252')));
    site.routes.set('/iso', (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' }).end(bytes('utf-8')));
    site.routes.set('/utf8', (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<p>Café “quoted” – €</p>'));
    const fetcher = new PoliteFetcher();
    for (const p of ['/cp1252', '/iso', '/utf8']) {
      const result = await fetcher.getPage(`${site.origin}${p}`);
      expect(result.status === 'ok' && result.html, p).toContain('Café “quoted” – €');
    }
  });

  it('says why a host cannot be reached', async () => {
    const closed = await startSite('127.0.0.5');
    const origin = closed.origin;
    await closed.close();
    const error = await failure(new PoliteFetcher({ timeoutMs: 2000 }).getPage(`${origin}/privacy`));
    // robots.txt comes first: an unreachable one stops the page from being asked for at all.
    expect(error!.reason).toMatch(/^robots\.txt of http:\/\/127\.0\.0\.5:\d+: could not be fetched \(ECONNREFUSED\); RFC 9309 reads an unreachable robots\.txt as disallowing everything$/);
  });

  it('keeps at most perHost requests in flight to one host and concurrency in all', async () => {
    let inFlight = 0;
    let most = 0;
    const slow = (req: Parameters<Parameters<typeof site.routes.set>[1]>[0], res: Parameters<Parameters<typeof site.routes.set>[1]>[1]) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      setTimeout(() => {
        inFlight -= 1;
        html('<p>slow</p>')(req, res);
      }, 40);
    };
    for (let i = 0; i < 8; i += 1) site.routes.set(`/slow/${i}`, slow);
    const fetcher = new PoliteFetcher({ perHost: 2, concurrency: 8 });
    await Promise.all(Array.from({ length: 8 }, (_, i) => fetcher.getPage(`${site.origin}/slow/${i}`)));
    expect(most).toBe(2);

    let everywhere = 0;
    let mostEverywhere = 0;
    const counted = (s: Site) => (req: Parameters<typeof slow>[0], res: Parameters<typeof slow>[1]) => {
      everywhere += 1;
      mostEverywhere = Math.max(mostEverywhere, everywhere);
      setTimeout(() => {
        everywhere -= 1;
        html(`<p>${s.origin}</p>`)(req, res);
      }, 40);
    };
    for (let i = 0; i < 4; i += 1) {
      site.routes.set(`/c/${i}`, counted(site));
      other.routes.set(`/c/${i}`, counted(other));
    }
    const limited = new PoliteFetcher({ perHost: 4, concurrency: 3 });
    await Promise.all([site, other].flatMap((s) => Array.from({ length: 4 }, (_, i) => limited.getPage(`${s.origin}/c/${i}`))));
    expect(mostEverywhere).toBe(3);
  });

  it('sends If-None-Match / If-Modified-Since and reports a 304 as not modified', async () => {
    site.routes.set('/cond', (req, res) => (req.headers['if-none-match'] === '"e"' ? void res.writeHead(304).end() : html('<p>c</p>', { etag: '"e"' })(req, res)));
    const fetcher = new PoliteFetcher();
    expect(await fetcher.getPage(`${site.origin}/cond`, { etag: '"e"', lastModified: 'Tue, 01 Sep 2026 10:00:00 GMT' })).toEqual({ status: 'not-modified', url: `${site.origin}/cond`, validators: { etag: '"e"', lastModified: 'Tue, 01 Sep 2026 10:00:00 GMT' } });
    expect(site.requests.at(-1)!.headers).toMatchObject({ 'if-none-match': '"e"', 'if-modified-since': 'Tue, 01 Sep 2026 10:00:00 GMT' });
  });
});
