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
const PIECES = ['cookies', 'dnt', 'healthpartners', 'harvard-pilgrim', '..', '%2e%2e', '%00', '%E0%A4%A', '<script>', "'", '"', '%', '%%', '~', ' ', '%20', 'ü', '😀', 'a'.repeat(300), '-', '_', '.', ',', '=', '&', '?', '#', 'null', 'undefined', '[]', '{}'];

test('thousands of random paths and query strings: no 5xx, unknown slugs are 404', async ({ request }) => {
  // Correctness, not speed, is asserted here; thousands of sequential requests need more than the default.
  test.setTimeout(180_000);
  const random = mulberry32(SEED);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const junk = () => Array.from({ length: 1 + Math.floor(random() * 4) }, () => (random() < 0.5 ? pick(PIECES) : Math.random().toString(36).slice(2, 2 + Math.floor(random() * 10)))).join('');
  const query = () => {
    const keys = ['topics', 'groups', 'insurers', 'diff', 'page', junk()];
    return Array.from({ length: Math.floor(random() * 4) }, () => `${pick(keys)}=${random() < 0.3 ? encodeURIComponent(junk()) : junk()}`).join('&');
  };
  const routes = [
    () => `/`,
    () => `/insurers/${junk()}`,
    () => `/insurers/${pick(['healthpartners', 'ma-health-connector'])}/${junk()}`,
    () => `/insurers/${junk()}/${pick(['cookies', 'sms'])}`,
    () => `/topics/${junk()}`,
    () => `/topics`,
    () => `/api/matrix`,
    () => `/api/matrix/csv`,
    () => `/api/insurers/${junk()}`,
    () => `/${junk()}`,
  ];
  const failures: string[] = [];
  let notFound = 0;
  for (let i = 0; i < COUNT; i += 1) {
    const path = pick(routes)();
    const q = random() < 0.6 ? `?${query()}` : '';
    let url = `${path}${q}`;
    try {
      url = new URL(url, 'http://x').pathname + new URL(url, 'http://x').search;
    } catch {
      continue;
    }
    const res = await request.get(url, { maxRedirects: 0, failOnStatusCode: false });
    const status = res.status();
    if (status >= 500) failures.push(`${status} ${url}`);
    if (status === 404) notFound += 1;
    const isKnown = /^\/(topics|api\/matrix|api\/matrix\/csv)?$/.test(new URL(url, 'http://x').pathname);
    if (isKnown && status !== 200) failures.push(`${status} for known route ${url}`);
  }
  expect(failures, `seed ${SEED}`).toEqual([]);
  expect(notFound).toBeGreaterThan(COUNT / 3);
});

test('unknown insurer, topic and practice slugs are 404, never 200 or 5xx', async ({ request }) => {
  test.setTimeout(120_000);
  const random = mulberry32(SEED + 1);
  for (let i = 0; i < 200; i += 1) {
    const slug = `zz-${Math.floor(random() * 1e9).toString(36)}`;
    for (const path of [`/insurers/${slug}`, `/topics/${slug}`, `/insurers/healthpartners/${slug}`, `/insurers/${slug}/cookies`, `/api/insurers/${slug}`]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  }
});
