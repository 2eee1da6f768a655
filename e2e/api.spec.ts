import { expect, test } from '@playwright/test';

interface Cell {
  insurer: string;
  topic: string;
  stance: string;
  summary: string;
  review: string;
  archivedOn: string;
  citations: { clauseKey: string; quote: string; url: string }[];
}
interface MatrixBody {
  asOf: string | null;
  insurers: { slug: string; name: string; kind: string; state: string; archivedOn: string | null; capture: string | null; isLatest: boolean }[];
  topics: { slug: string; name: string; group: string }[];
  cells: Cell[];
}

test('GET /api/matrix returns every insurer, all 17 topics read by a person at their newest versions, each citation linked to the version it quotes', async ({ request }) => {
  const body = (await (await request.get('/api/matrix')).json()) as MatrixBody;
  expect(body.asOf).toBeNull();
  expect(body.insurers.length).toBeGreaterThanOrEqual(30);
  expect(body.insurers.find((i) => i.slug === 'healthpartners')).toEqual(
    expect.objectContaining({ slug: 'healthpartners', name: 'HealthPartners', kind: 'insurer', state: 'MN', archivedOn: '2017-02-19', capture: 'archive', isLatest: true }),
  );
  expect(body.topics).toHaveLength(17);
  expect(body.topics[0]).toEqual({ slug: 'cookies', name: 'Cookies', group: 'tracking-and-collection' });
  expect(body.cells).toHaveLength(body.insurers.length * 17);
  // A person read each cell, or a person's earlier reading was carried to an unchanged clause.
  expect(body.cells.every((c) => c.review === 'reviewed' || c.review === 'carried')).toBe(true);
  for (const i of body.insurers) expect(body.cells.filter((c) => c.insurer === i.slug).every((c) => c.archivedOn === i.archivedOn)).toBe(true);
  const cited = body.cells.flatMap((c) => c.citations.map((q) => ({ ...q, insurer: c.insurer, archivedOn: c.archivedOn })));
  expect(cited.length).toBeGreaterThan(300);
  for (const q of cited) expect(q.url).toBe(`/insurers/${q.insurer}/versions/${q.archivedOn}#${q.clauseKey}`);
  const sample = cited.find((q) => q.insurer === 'carepartners-connecticut')!;
  const html = await (await request.get(sample.url.split('#')[0]!)).text();
  expect(html).toContain(`id="${sample.clauseKey}"`);
});

test('GET /api/matrix takes the grid filters', async ({ request }) => {
  const body = (await (await request.get('/api/matrix?topics=dnt&insurers=healthpartners,bogus')).json()) as MatrixBody;
  expect(body.cells).toEqual([expect.objectContaining({ insurer: 'healthpartners', topic: 'dnt', stance: 'not-honored', review: 'reviewed' })]);
});

test('GET /api/insurers/:insurer returns the newest version with its versions, sections, clauses and practices, and no internal file names', async ({ request }) => {
  const response = await request.get('/api/insurers/harvard-pilgrim');
  const body = (await response.json()) as Record<string, unknown> & {
    insurer: { slug: string };
    versions: { archivedOn: string }[];
    sections: { key: string; clauses: { key: string; text: string }[] }[];
    practices: unknown[];
  };
  expect(body.insurer.slug).toBe('harvard-pilgrim');
  expect(body.practices).toHaveLength(17);
  expect(body.versions.length).toBeGreaterThanOrEqual(1);
  expect(body).not.toHaveProperty('sourceFile');
  expect(JSON.stringify(body)).not.toMatch(/004_f2cdfeea71a745d9|\.txt"/);
  const texts = body.sections.flatMap((s) => s.clauses.map((c) => c.text));
  expect(texts).not.toContain('Button Container');
  expect(texts.some((t) => t.includes('strong encryption'))).toBe(true);
});

test('API answers are compressed and carry a cache policy and an ETag', async ({ request }) => {
  for (const path of ['/api/matrix', '/api/matrix/csv', '/api/insurers/healthpartners', '/api/insurers/healthpartners/versions', '/api/search?q=cookies', '/changes.xml']) {
    const response = await request.get(path, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expect(headers['cache-control'], path).toMatch(/^public, max-age=\d+/);
    expect(headers.etag, path).toMatch(/^"[\w-]+"$/);
    expect(headers['content-encoding'], path).toBe('gzip');
    const again = await request.get(path, { headers: { 'if-none-match': headers.etag! } });
    expect(again.status(), path).toBe(304);
  }
});

test('insurer search treats % and _ literally and refuses an over-long query instead of listing everyone', async ({ request }) => {
  for (const q of ['%', '_', 'm_ss', '%25', '%_%'])
    expect(((await (await request.get(`/api/insurers?q=${encodeURIComponent(q)}`)).json()) as { total: number }).total, q).toBe(0);
  expect(((await (await request.get('/api/insurers?q=mass')).json()) as { insurers: { slug: string }[] }).insurers.map((i) => i.slug)).toContain('ma-health-connector');
  const long = await request.get(`/api/insurers?q=${'a'.repeat(101)}`);
  expect(long.status()).toBe(400);
  expect(((await long.json()) as { error: string }).error).toContain('at most 100 characters');
});

test('exported links start at the public origin: SITE_URL when set, else the Host; forwarding headers only behind TRUST_PROXY=1', async ({ request }) => {
  const viaHost = await request.get('/api/matrix/csv?topics=dnt&insurers=healthpartners', { headers: { host: 'policies.example.net' } });
  expect(await viaHost.text()).toContain('http://policies.example.net/insurers/healthpartners/versions/2017-02-19#');
  expect(viaHost.headers()['vary']).toMatch(/(^|, )Host(,|$)/);
  const forwarded = await (await request.get('/api/matrix/csv?topics=dnt&insurers=healthpartners', { headers: { 'x-forwarded-host': 'compare.example.org', 'x-forwarded-proto': 'https' } })).text();
  expect(forwarded).not.toContain('compare.example.org');
  const hostile = await (await request.get('/api/matrix/csv?topics=dnt&insurers=healthpartners', { headers: { 'x-forwarded-host': 'evil.example/"><script>' } })).text();
  expect(hostile).not.toContain('evil.example');
});

test('GET /api/insurers/:insurer/compare pairs the clauses of two versions, in either order of the dates, and says which two it compared', async ({ request }) => {
  const forward = await request.get('/api/insurers/cigna/compare?from=2000-04-15&to=2001-06-07');
  expect(forward.status()).toBe(200);
  const body = (await forward.json()) as { from: string; to: string; counts: Record<string, number>; pairs: { kind: string; from: { url: string } | null; to: { url: string } | null }[] };
  expect(body.from).toBe('2000-04-15');
  expect(body.to).toBe('2001-06-07');
  // Reworded clauses are paired as changed, not listed as one removed and one added.
  expect(body.counts.changed).toBeGreaterThanOrEqual(5);
  for (const p of body.pairs) {
    if (p.from) expect(p.from.url).toMatch(/^\/insurers\/cigna\/versions\/2000-04-15#/);
    if (p.to) expect(p.to.url).toMatch(/^\/insurers\/cigna\/versions\/2001-06-07#/);
  }
  // The dates given backwards compare the same two versions, older first.
  const backward = (await (await request.get('/api/insurers/cigna/compare?from=2001-06-07&to=2000-04-15')).json()) as typeof body;
  expect([backward.from, backward.to]).toEqual(['2000-04-15', '2001-06-07']);
  expect(backward.counts).toEqual(body.counts);
  // A date that is no version (or no date) is ignored like any filter: the other date and its neighbour.
  for (const q of ['from=1999-01-01&to=2001-06-07', 'from=2000-13-45&to=2001-06-07', 'to=2001-06-07']) {
    const ignored = (await (await request.get(`/api/insurers/cigna/compare?${q}`)).json()) as typeof body;
    expect([ignored.from, ignored.to], q).toEqual(['2000-04-15', '2001-06-07']);
  }
  expect((await request.get('/api/insurers/nobody/compare?from=2000-04-15&to=2001-06-07')).status()).toBe(404);
});
