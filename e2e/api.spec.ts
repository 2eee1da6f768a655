import { expect, test } from '@playwright/test';

test('GET /api/matrix returns insurers, topics and cells whose citation URLs are clause deep links', async ({ request }) => {
  const body = (await (await request.get('/api/matrix')).json()) as {
    insurers: { slug: string; name: string }[];
    topics: { slug: string; name: string; group: string }[];
    cells: { insurer: string; topic: string; stance: string; summary: string; citations: { clauseKey: string; quote: string; url: string }[] }[];
  };
  expect(body.insurers).toHaveLength(5);
  expect(body.insurers[0]).toEqual({ slug: 'ma-health-connector', name: 'Massachusetts Health Connector', state: 'MA' });
  expect(body.topics).toHaveLength(17);
  expect(body.topics[0]).toEqual({ slug: 'cookies', name: 'Cookies', group: 'tracking-and-collection' });
  expect(body.cells).toHaveLength(85);
  const cited = body.cells.flatMap((c) => c.citations.map((q) => ({ ...q, insurer: c.insurer })));
  for (const q of cited) expect(q.url).toBe(`/insurers/${q.insurer}#${q.clauseKey}`);
  const sample = cited.find((q) => q.insurer === 'carepartners-connecticut')!;
  const html = await (await request.get(sample.url.split('#')[0]!)).text();
  expect(html).toContain(`id="${sample.clauseKey}"`);
});

test('GET /api/matrix takes the grid filters', async ({ request }) => {
  const body = (await (await request.get('/api/matrix?topics=dnt&insurers=healthpartners,bogus')).json()) as { cells: { insurer: string; stance: string }[] };
  expect(body.cells).toEqual([expect.objectContaining({ insurer: 'healthpartners', topic: 'dnt', stance: 'not-honored' })]);
});

test('GET /api/insurers/:insurer returns the policy with sections, clauses and practices', async ({ request }) => {
  const body = (await (await request.get('/api/insurers/harvard-pilgrim')).json()) as {
    insurer: { slug: string };
    sections: { key: string; clauses: { key: string; text: string }[] }[];
    practices: unknown[];
  };
  expect(body.insurer.slug).toBe('harvard-pilgrim');
  expect(body.practices).toHaveLength(17);
  const texts = body.sections.flatMap((s) => s.clauses.map((c) => c.text));
  expect(texts).not.toContain('Button Container');
  expect(texts.some((t) => t.includes('strong encryption'))).toBe(true);
});
