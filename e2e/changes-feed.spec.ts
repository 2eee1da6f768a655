import { expect, test } from '@playwright/test';

test('/changes lists every stance change newest first, and links its Atom feed', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'What changed' }).click();
  await expect(page).toHaveURL('/changes');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What changed');
  const items = page.locator('article > ol > li');
  const count = await items.count();
  expect(count).toBeGreaterThan(0);
  await expect(page.getByText(`${count} change${count === 1 ? '' : 's'} on file`)).toBeVisible();
  // Newest first: the later version's date never increases down the list.
  const days = await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-to') ?? ''));
  expect(days.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
  expect([...days].sort().reverse()).toEqual(days);
  await expect(items.filter({ hasText: 'HealthPartners · Do Not Track' })).toHaveCount(1);
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', '/changes.xml');
  await expect(page.getByRole('link', { name: 'Subscribe to changes (Atom feed)' })).toHaveAttribute('href', '/changes.xml');
});

test('/changes.xml is a valid Atom feed of the same changes, newest first, with absolute links', async ({ page, request, baseURL }) => {
  const response = await request.get('/changes.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/atom+xml');
  const xml = await response.text();
  await page.goto('/changes');
  const pageCount = await page.locator('article > ol > li').count();
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const ns = 'http://www.w3.org/2005/Atom';
    const root = doc.documentElement;
    const child = (el: Element, name: string) => [...el.children].filter((c) => c.namespaceURI === ns && c.localName === name);
    return {
      parseError: doc.getElementsByTagName('parsererror').length,
      rootName: root.localName,
      rootNs: root.namespaceURI,
      id: child(root, 'id')[0]?.textContent ?? '',
      title: child(root, 'title')[0]?.textContent ?? '',
      updated: child(root, 'updated')[0]?.textContent ?? '',
      author: child(child(root, 'author')[0]!, 'name')[0]?.textContent ?? '',
      self: child(root, 'link').find((l) => l.getAttribute('rel') === 'self')?.getAttribute('href') ?? '',
      entries: child(root, 'entry').map((e) => ({
        id: child(e, 'id')[0]?.textContent ?? '',
        title: child(e, 'title')[0]?.textContent ?? '',
        updated: child(e, 'updated')[0]?.textContent ?? '',
        link: child(e, 'link')[0]?.getAttribute('href') ?? '',
      })),
    };
  }, xml);
  expect(feed.parseError).toBe(0);
  expect(feed).toMatchObject({ rootName: 'feed', rootNs: 'http://www.w3.org/2005/Atom' });
  expect(feed.id).toBe(`${baseURL}/changes`);
  expect(feed.title).toContain('what changed');
  expect(feed.author.length).toBeGreaterThan(0);
  expect(feed.self).toBe(`${baseURL}/changes.xml`);
  const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
  expect(feed.updated).toMatch(rfc3339);
  expect(feed.entries).toHaveLength(Math.min(pageCount, 100));
  const ids = new Set<string>();
  for (const e of feed.entries) {
    expect(e.id).toMatch(/^tag:/);
    ids.add(e.id);
    expect(e.updated).toMatch(rfc3339);
    expect(e.link.startsWith(`${baseURL}/insurers/`)).toBe(true);
    expect(e.title).toMatch(/ · .+: .+ → .+/);
  }
  expect(ids.size).toBe(feed.entries.length);
  const updated = feed.entries.map((e) => e.updated);
  expect([...updated].sort().reverse()).toEqual(updated);
  expect(feed.entries.some((e) => e.title === 'HealthPartners · Do Not Track: Not addressed → Not honoured')).toBe(true);
});
