import { expect, test, type Page } from '@playwright/test';

/** The entries of /changes: one per pair of consecutive versions, each with the answers that changed. */
const entries = (page: Page) => page.locator('article > ol > li');

async function changeCount(page: Page): Promise<number> {
  const status = await page.getByRole('status').textContent();
  return Number(/(\d+) changes? of answer/.exec(status ?? '')![1]);
}

test('/changes groups the changes per version pair, newest first, each entry with its own anchor, dates and comparison', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'What changed' }).click();
  await expect(page).toHaveURL('/changes');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What changed');
  const count = await entries(page).count();
  expect(count).toBeGreaterThan(10);
  // Fewer entries than changes: one entry holds every answer that changed between two versions.
  const changes = await changeCount(page);
  expect(changes).toBeGreaterThan(count);
  await expect(page.locator('article > ol > li li[data-topic]')).toHaveCount(changes);
  await expect(page.getByRole('status')).toContainText(`${changes} changes of answer in ${count} version pairs on file`);
  const days = await entries(page).evaluateAll((lis) => lis.map((li) => li.getAttribute('data-to') ?? ''));
  expect(days.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
  expect([...days].sort().reverse()).toEqual(days);

  const hp = entries(page).filter({ has: page.getByRole('heading', { name: /^HealthPartners: between October 22, 2009 and February 19, 2017$/ }) });
  await expect(hp).toHaveCount(1);
  await expect(hp.locator('li[data-topic="dnt"]')).toContainText('Do Not Track:');
  // From "not addressed" an answer is newly addressed: no direction of exposure is claimed.
  await expect(hp.locator('li[data-topic="dnt"]')).toHaveAttribute('data-direction', 'unclear');
  await expect(hp.locator('li[data-topic="dnt"]')).toContainText('(newly addressed)');
  await expect(hp.locator('li[data-topic="cookies"]')).toContainText('(toward more exposure)');
  await expect(hp.getByRole('link', { name: /^Compare the two texts side by side/ })).toHaveAttribute('href', '/insurers/healthpartners/compare?from=2009-10-22&to=2017-02-19');
  await expect(hp.getByRole('link', { name: /^The reading after, with its quotes \(HealthPartners, Do Not Track/ })).toHaveAttribute('href', '/insurers/healthpartners/versions/2017-02-19/dnt');
  // Each entry has an anchor a link can point at.
  const id = await hp.getAttribute('id');
  expect(id).toMatch(/^healthpartners-2009-10-22-2017-02-19$/);
  await page.goto(`/changes#${id}`);
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();

  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', '/changes.xml');
  await expect(page.getByRole('link', { name: 'Subscribe to all changes (Atom feed)' })).toHaveAttribute('href', '/changes.xml');
});

test('/changes filters by question, insurer and direction, without JavaScript too, and offers the feed of the same changes', async ({ browser }) => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto('/changes');
    const form = page.getByRole('form', { name: 'Filter the changes' });
    await form.getByLabel('Question').selectOption('advertising');
    await form.getByLabel('Direction').selectOption('more-exposure');
    await form.getByRole('button', { name: 'Show changes' }).click();
    await expect(page).toHaveURL(/\/changes\?topics=advertising&insurers=&direction=more-exposure$/);
    const shown = page.locator('article > ol > li li[data-topic]');
    expect(await shown.count()).toBeGreaterThan(0);
    for (const li of await shown.all()) {
      await expect(li).toHaveAttribute('data-topic', 'advertising');
      await expect(li).toHaveAttribute('data-direction', 'more-exposure');
    }
    await expect(page.getByRole('status')).toContainText('match this filter');
    await expect(page.getByRole('link', { name: 'Subscribe to these changes (Atom feed)' })).toHaveAttribute('href', '/changes.xml?topics=advertising');
    await expect(page.getByRole('link', { name: 'Show all changes' })).toHaveAttribute('href', '/changes');
    await context.close();
  }
  // An unknown filter value is ignored, as everywhere else.
  const context = await browser.newContext();
  const page = await context.newPage();
  const response = await page.goto('/changes?topics=nothing&direction=sideways');
  expect(response!.status()).toBe(200);
  await expect(page.getByRole('status')).toContainText('on file');
  await context.close();
});

test('/changes.xml is a valid Atom feed of the same changes, newest first, with absolute links to the readings that name their version', async ({ page, request, baseURL }) => {
  const response = await request.get('/changes.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/atom+xml');
  const xml = await response.text();
  await page.goto('/changes');
  const changes = await changeCount(page);
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
  expect(feed.entries).toHaveLength(Math.min(changes, 100));
  const ids = new Set<string>();
  for (const e of feed.entries) {
    expect(e.id).toMatch(/^tag:/);
    ids.add(e.id);
    expect(e.updated).toMatch(rfc3339);
    expect(e.link).toMatch(new RegExp(`^${baseURL}/insurers/[a-z0-9-]+/versions/\\d{4}-\\d{2}-\\d{2}/[a-z-]+$`));
    expect(e.title).toMatch(/ · .+: .+ → .+/);
  }
  expect(ids.size).toBe(feed.entries.length);
  const updated = feed.entries.map((e) => e.updated);
  expect([...updated].sort().reverse()).toEqual(updated);
  expect(feed.entries).toContainEqual(
    expect.objectContaining({ title: 'HealthPartners · Do Not Track: Not addressed → Not honored', link: `${baseURL}/insurers/healthpartners/versions/2017-02-19/dnt` }),
  );

  // A feed per question: only its changes.
  const dnt = await (await request.get('/changes.xml?topics=dnt')).text();
  const titles = [...dnt.matchAll(/<entry>[\s\S]*?<title[^>]*>(?:<!\[CDATA\[)?([^<\]]+)/g)].map((m) => m[1]!);
  expect(titles.length).toBeGreaterThan(0);
  for (const t of titles) expect(t).toContain(' · Do Not Track: ');
});

test('the changes page and its filter fit a 390-pixel phone without scrolling sideways @phone', async ({ page }) => {
  for (const path of ['/changes', '/changes?topics=dnt', '/changes?direction=unclear']) {
    await page.goto(path);
    await expect(page.getByRole('combobox', { name: 'Direction' })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBe(0);
  }
});
