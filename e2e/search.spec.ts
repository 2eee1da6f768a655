import { expect, test } from '@playwright/test';

interface SearchBody {
  query: string;
  total: number;
  results: { insurer: string; archivedOn: string; clauseKey: string; url: string; snippet: string; topics: string[] }[];
  error?: string;
}

test('searching for "do not track" from the header lands on the highlighted clause', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search policies' }).fill('do not track');
  await page.getByRole('searchbox', { name: 'Search policies' }).press('Enter');
  await expect(page).toHaveURL(/\/search\?q=do\+not\+track$/);
  await expect(page.getByRole('status')).toContainText(/\d+ clauses? match do not track/);
  const first = page.locator('main ol > li').first();
  await expect(first.locator('mark').first()).toBeVisible();
  const link = first.getByRole('link', { name: /^Clause / });
  const href = (await link.getAttribute('href'))!;
  expect(href).toMatch(/^\/insurers\/[a-z0-9-]+(\/versions\/\d{4}-\d{2}-\d{2})?#[a-z0-9-]+-\d+$/);
  await link.click();
  const clause = page.locator(`[id="${href.split('#')[1]}"]`);
  await expect(clause).toBeInViewport();
  expect(await clause.evaluate((el) => el.matches(':target'))).toBe(true);
  await expect(clause).toContainText(/track/i);
});

test('a search narrowed by topic keeps only clauses cited for it, and keeps the query in the URL', async ({ page, request }) => {
  const all = (await (await request.get('/api/search?q=information&limit=50')).json()) as SearchBody;
  const narrowed = (await (await request.get('/api/search?q=information&topics=sale&limit=50')).json()) as SearchBody;
  expect(narrowed.total).toBeGreaterThan(0);
  expect(narrowed.total).toBeLessThan(all.total);
  for (const r of narrowed.results) expect(r.topics).toContain('sale');

  await page.goto('/search?q=information');
  await page.getByLabel('Cited for topic').selectOption('sale');
  await page.getByRole('button', { name: 'Search', exact: true }).last().click();
  await expect(page).toHaveURL(/q=information&topics=sale/);
  await expect(page.getByRole('status')).toContainText(`${narrowed.total} clause`);
  const items = page.locator('main ol > li');
  const n = await items.count();
  expect(n).toBe(Math.min(narrowed.total, 20));
  for (let i = 0; i < n; i += 1) await expect(items.nth(i).getByRole('link', { name: 'Cited for: Sale of data' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Cited for topic')).toHaveValue('sale');
});

test('search works by keyboard alone: type, submit, move to a result and open it', async ({ page }) => {
  await page.goto('/');
  // Skip link, home link, three nav links, then the search box.
  await page.keyboard.press('Tab');
  for (let i = 0; i < 10; i += 1) {
    if (await page.getByRole('searchbox', { name: 'Search policies' }).evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(page.getByRole('searchbox', { name: 'Search policies' })).toBeFocused();
  await page.keyboard.type('"text messages"');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=%22text\+messages%22/);
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (name.startsWith('Clause ')) break;
  }
  await expect(page.locator(':focus')).toHaveText(/^Clause /);
  const href = (await page.locator(':focus').getAttribute('href'))!;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));
});

test('any user text gives results or a clear message, never an error', async ({ page, request }) => {
  const inputs = ['*', '((', ')', '"', 'NEAR(a b', 'a OR', 'AND', 'col:x', '^', '\u0000', 'x\u0007y', '', ' ', 'x'.repeat(10_000), '"unbalanced', 'privacy*', '-', 'é'];
  for (const q of inputs) {
    const api = await request.get(`/api/search?q=${encodeURIComponent(q)}`);
    expect([200, 400], JSON.stringify(q).slice(0, 40)).toContain(api.status());
    const body = (await api.json()) as SearchBody;
    if (api.status() === 400) expect(body.error, q.slice(0, 40)).toBeTruthy();
    else expect(body.total).toBeGreaterThanOrEqual(0);
    const response = await page.goto(`/search?q=${encodeURIComponent(q)}`);
    expect(response?.status(), q.slice(0, 40)).toBe(200);
  }
  await page.goto(`/search?q=${encodeURIComponent('x'.repeat(10_000))}`);
  await expect(page.getByRole('status')).toContainText('at most 500 characters');
  await page.goto('/search?q=%28%29');
  await expect(page.getByRole('status')).toContainText('Type a word or a phrase');
});

test('the search API answers in the documented shape and pages with limit and offset', async ({ request }) => {
  const first = (await (await request.get('/api/search?q=cookies&limit=5')).json()) as SearchBody;
  expect(first.total).toBeGreaterThan(5);
  expect(first.results).toHaveLength(5);
  for (const r of first.results) {
    expect(Object.keys(r)).toEqual(expect.arrayContaining(['insurer', 'archivedOn', 'clauseKey', 'url', 'snippet', 'topics']));
    expect(r.snippet).toMatch(/<mark>cooki/i);
    expect(r.snippet).not.toMatch(/<(?!\/?mark>)/);
  }
  const second = (await (await request.get('/api/search?q=cookies&limit=5&offset=5')).json()) as SearchBody;
  expect(second.results.map((r) => r.url)).not.toContain(first.results[0]!.url);
  const stemmed = (await (await request.get('/api/search?q=track')).json()) as SearchBody;
  expect(stemmed.results.some((r) => /<mark>tracking<\/mark>/i.test(r.snippet))).toBe(true);
});
