import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

/** Deterministic PRNG so a failure can be replayed (seed printed in the assertion message). */
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const COUNT = Number(process.env.FUZZ_COUNT ?? 2500);
const PIECES = ['cookies', 'dnt', 'healthpartners', 'harvard-pilgrim', '2009-10-22', '2017-02-19', '..', '%2e%2e', '%00', '%E0%A4%A', '<script>', "'", '"', '%', '%%', '~', ' ', '%20', 'ü', '😀', 'a'.repeat(300), '-', '_', '.', ',', '=', '&', '?', '#', 'null', 'undefined', '[]', '{}', '*', 'NEAR(', ')', 'OR', '%5B', '%5D'];

test('thousands of random paths and query strings: no 5xx, unknown slugs are 404', async ({ request }) => {
  // Correctness, not speed, is asserted here; thousands of sequential requests need more than the default.
  test.setTimeout(240_000);
  const random = mulberry32(SEED);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const junk = () => Array.from({ length: 1 + Math.floor(random() * 4) }, () => (random() < 0.5 ? pick(PIECES) : Math.random().toString(36).slice(2, 2 + Math.floor(random() * 10)))).join('');
  const query = () => {
    const keys = ['topics', 'groups', 'insurers', 'states', 'kinds', 'base', 'sort', 'direction', 'diff', 'asOf', 'view', 'q', 'from', 'to', 'versions', 'limit', 'offset', 'page', junk()];
    return Array.from({ length: Math.floor(random() * 4) }, () => `${pick(keys)}=${random() < 0.3 ? encodeURIComponent(junk()) : junk()}`).join('&');
  };
  const routes = [
    () => `/`,
    () => `/insurers/${junk()}`,
    () => `/insurers/${pick(['healthpartners', 'ma-health-connector'])}/${junk()}`,
    () => `/insurers/${junk()}/${pick(['cookies', 'sms'])}`,
    () => `/insurers/${pick(['healthpartners', junk()])}/history`,
    () => `/insurers/${pick(['healthpartners', junk()])}/versions/${pick(['2009-10-22', junk()])}`,
    () => `/insurers/${pick(['healthpartners', junk()])}/versions/${pick(['2009-10-22', junk()])}/${pick(['dnt', junk()])}`,
    () => `/insurers/${pick(['healthpartners', 'cigna', junk()])}/compare`,
    () => `/insurers/${pick(['healthpartners', junk()])}/compare/${pick(['2009-10-22', junk()])}/${pick(['2017-02-19', junk()])}`,
    () => `/changes/filtered`,
    () => `/changes/only/${pick(['dnt', 'any', junk()])}/${pick(['healthpartners', 'any', junk()])}/${pick(['more-exposure', 'any', junk()])}`,
    () => `/search/results/${pick(['cT1jb29raWVz', junk()])}`,
    () => `/review`,
    () => `/views/compact`,
    () => `/compact-columns.css`,
    () => `/api/insurers/${pick(['healthpartners', junk()])}/compare`,
    () => `/topics/${junk()}`,
    () => `/topics`,
    () => `/changes`,
    () => `/changes.xml`,
    () => `/search`,
    () => `/api/search`,
    () => `/api/matrix`,
    () => `/api/matrix/csv`,
    () => `/api/insurers`,
    () => `/api/insurers/${junk()}`,
    () => `/api/insurers/${pick(['healthpartners', junk()])}/versions`,
    () => `/${junk()}`,
  ];
  const failures: string[] = [];
  let notFound = 0;
  for (let i = 0; i < COUNT; i += 1) {
    const p = pick(routes)();
    const q = random() < 0.6 ? `?${query()}` : '';
    let url = `${p}${q}`;
    try {
      url = new URL(url, 'http://x').pathname + new URL(url, 'http://x').search;
    } catch {
      continue;
    }
    const res = await request.get(url, { maxRedirects: 0, failOnStatusCode: false });
    const status = res.status();
    if (status >= 500) failures.push(`${status} ${url}`);
    if (status === 404) notFound += 1;
    const pathname = new URL(url, 'http://x').pathname;
    const alwaysThere = /^\/(topics|changes|changes\.xml|search|review|views\/compact|compact-columns\.css|api\/matrix|api\/matrix\/csv|insurers\/healthpartners\/(history|compare))?$/.test(pathname);
    // The history page's old comparison address (from/to) moves to the compare page.
    const moved = pathname === '/insurers/healthpartners/history' && /[?&](from|to)=/.test(url) && status === 308;
    if (alwaysThere && status !== 200 && !moved) failures.push(`${status} for known route ${url}`);
  }
  expect(failures, `seed ${SEED}`).toEqual([]);
  expect(notFound).toBeGreaterThan(COUNT / 4);
});

/** Bytes and files under a folder. */
function footprint(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { bytes, files };
}

test('unknown insurer, topic, version and practice slugs are 404, never stored, never cached for a year', async ({ request }) => {
  test.setTimeout(180_000);
  const build = path.resolve(process.env.NEXT_DIST_DIR ?? '.next');
  const before = footprint(build);
  const random = mulberry32(SEED + 1);
  for (let i = 0; i < 200; i += 1) {
    const slug = `zz-${Math.floor(random() * 1e9).toString(36)}`;
    for (const p of [
      `/insurers/${slug}`, `/topics/${slug}`, `/insurers/healthpartners/${slug}`, `/insurers/${slug}/cookies`, `/insurers/${slug}/history`, `/insurers/${slug}/compare`,
      `/insurers/healthpartners/versions/${slug}`, `/insurers/${slug}/versions/2009-10-22`, `/insurers/healthpartners/versions/2009-10-22/${slug}`,
      `/insurers/healthpartners/compare/${slug}/2017-02-19`, `/api/insurers/${slug}`, `/api/insurers/${slug}/versions`, `/api/insurers/${slug}/compare`,
      `/changes/only/${slug}/any/any`, `/changes/only/any/${slug}/any`, `/search/results/${slug}`,
    ]) {
      const res = await request.get(p);
      expect(res.status(), p).toBe(404);
      expect(res.headers()['cache-control'] ?? '', p).not.toMatch(/max-age=31536000|s-maxage=31536000/);
      // The prerendered not-found page may be a cache HIT; a MISS would mean this address was rendered and stored.
      expect(res.headers()['x-nextjs-cache'] ?? 'none', p).not.toMatch(/MISS|STALE/);
    }
  }
  expect(footprint(build), 'the build folder must not grow with unknown requests').toEqual(before);
});

test('crafted requests that used to crash Next are 4xx', async ({ request, baseURL }) => {
  const expectStatus = async (status: number, method: string, p: string, headers: Record<string, string> = {}) => {
    const res = await request.fetch(p, { method, headers, maxRedirects: 0, failOnStatusCode: false });
    expect(res.status(), `${method} ${p}`).toBe(status);
  };
  for (const p of ['/insurers/%5Binsurer%5D', '/topics/%5Btopic%5D', '/insurers/%5Binsurer%5D/%5Btopic%5D', '/insurers/healthpartners/versions/%5Bdate%5D', '/insurers/%5Binsurer%5D/history', '/_global-error', '/insurers/%00/dnt', `/insurers/${'a'.repeat(10_000)}/dnt`, `/insurers/healthpartners/${'b'.repeat(10_000)}`, '/insurers/%', '/insurers/%E0%A4%A'])
    await expectStatus(404, 'GET', p);
  for (const p of ['/api/matrix', '/api/matrix/csv', '/api/insurers', '/api/insurers/healthpartners', '/api/insurers/healthpartners/versions', '/api/search?q=x', '/changes.xml', '/insurers/healthpartners', '/'])
    await expectStatus(405, 'TRACE', p);
  for (const p of ['/insurers/healthpartners', '/insurers/healthpartners/dnt', '/insurers/healthpartners/history', '/topics/cookies', '/changes', '/search?q=x', '/'])
    await expectStatus(405, 'POST', p);
  const html = await (await request.get('/')).text();
  const chunk = html.match(/\/_next\/static\/[^"]+\.js/)![0];
  await expectStatus(405, 'POST', chunk);
  await expectStatus(416, 'GET', chunk, { range: 'bytes=99999999-' });
  await expectStatus(206, 'GET', chunk, { range: 'bytes=0-9' });
  await expectStatus(200, 'GET', chunk);
  expect(baseURL).toBeTruthy();
});
