import { expect, test } from '@playwright/test';

interface SearchBody {
  query: string;
  terms: string[];
  total: number;
  results: { insurer: string; archivedOn: string; clauseKey: string; section: string; url: string; leadIn: string | null; snippet: string; topics: string[]; sameIn: { archivedOn: string; url: string }[] }[];
  error?: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

test('searching for "do not track" from the header lands on the highlighted paragraph of the version found, and the box keeps the words', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('searchbox', { name: 'Search policies' });
  await box.fill('do not track');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=do\+not\+track$/);
  await expect(page.getByRole('searchbox', { name: 'Search policies' })).toHaveValue('do not track');
  await expect(page.getByRole('status')).toContainText(/\d+ paragraphs? match do not track/);
  const first = page.locator('main ol > li').first();
  await expect(first.locator('mark').first()).toBeVisible();
  await expect(first).toContainText(/^Section: /);
  const link = first.getByRole('link', { name: /^Read it in the full text of .+’s policy/ });
  const href = (await link.getAttribute('href'))!;
  expect(href).toMatch(/^\/insurers\/[a-z0-9-]+\/versions\/\d{4}-\d{2}-\d{2}#[a-z0-9-]+-\d+$/);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${escape(href)}$`));
  const clause = page.locator(`[id="${href.split('#')[1]}"]`);
  await expect(clause).toBeInViewport();
  expect(await clause.evaluate((el) => el.matches(':target'))).toBe(true);
  await expect(clause).toContainText(/track/i);
});

test('results are grouped by insurer under headings, and a paragraph unchanged across versions is listed once with every version it is in', async ({ page, request }) => {
  const all = (await (await request.get('/api/search?q=sell&versions=all&limit=50')).json()) as SearchBody;
  const repeated = all.results.find((r) => r.sameIn.length > 1)!;
  expect(repeated).toBeTruthy();
  // No other hit holds the same insurer's same words.
  const keys = all.results.map((r) => `${r.insurer} ${r.snippet}`);
  expect(new Set(keys).size).toBe(keys.length);

  const { insurer } = (await (await request.get(`/api/insurers/${repeated.insurer}/versions`)).json()) as { insurer: { name: string } };
  await page.goto('/search?q=sell&versions=all');
  const group = page.getByRole('region', { name: new RegExp(`^${escape(insurer.name)} \\(\\d+ on this page\\)$`) });
  await expect(group.getByRole('heading', { level: 2 })).toBeVisible();
  const same = group.locator('span', { hasText: new RegExp(`^Same words in ${repeated.sameIn.length} versions`) }).first();
  await expect(same).toBeVisible();
  for (const v of repeated.sameIn) await expect(same.locator(`a[href="${v.url}"]`)).toHaveCount(1);
});

test('a word finds its other forms: "sell" finds "sold" and "sale", and the status says so', async ({ page, request }) => {
  const body = (await (await request.get('/api/search?q=sell&limit=50')).json()) as SearchBody;
  expect(body.terms[0]).toMatch(/^sell \(also sold, sale/);
  const snippets = body.results.map((r) => r.snippet.toLowerCase());
  expect(snippets.some((s) => s.includes('<mark>sold</mark>'))).toBe(true);
  expect(snippets.some((s) => s.includes('<mark>sell</mark>'))).toBe(true);
  await page.goto('/search?q=sell');
  await expect(page.getByRole('status')).toContainText('match sell (also sold, sale');
});

test('a search narrowed by question keeps only paragraphs cited for it, and keeps the filter in the URL', async ({ page, request }) => {
  const all = (await (await request.get('/api/search?q=information&limit=50')).json()) as SearchBody;
  const narrowed = (await (await request.get('/api/search?q=information&topics=sale&limit=50')).json()) as SearchBody;
  expect(narrowed.total).toBeGreaterThan(0);
  expect(narrowed.total).toBeLessThan(all.total);
  for (const r of narrowed.results) expect(r.topics).toContain('sale');

  await page.goto('/search?q=information');
  const form = page.getByRole('search', { name: 'Search the policies' });
  await form.getByLabel('Cited for question').selectOption('sale');
  await form.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/q=information&topics=sale/);
  await expect(page.getByRole('status')).toContainText(`${narrowed.total} paragraph`);
  await expect(page.getByRole('status')).toContainText('among paragraphs cited for Sale of data');
  const items = page.locator('main ol > li');
  const n = await items.count();
  expect(n).toBe(Math.min(narrowed.total, 20));
  for (let i = 0; i < n; i += 1) await expect(items.nth(i).getByRole('link', { name: 'Cited for: Sale of data' })).toHaveAttribute('href', /^\/insurers\/[a-z0-9-]+\/versions\/\d{4}-\d{2}-\d{2}\/sale$/);
  await page.reload();
  await expect(form.getByLabel('Cited for question')).toHaveValue('sale');
});

test('search works by keyboard alone: type, submit, move to a result and open it', async ({ page }) => {
  await page.goto('/');
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
    if (name.startsWith('Read it in the full text')) break;
  }
  await expect(page.locator(':focus')).toHaveText(/^Read it in the full text/);
  const href = (await page.locator(':focus').getAttribute('href'))!;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${escape(href)}$`));
});

test('any user text gives results or a clear message, never an error', async ({ page, request }) => {
  const inputs = ['*', '((', ')', '"', 'NEAR(a b', 'a OR', 'AND', 'col:x', '^', '\u0000', 'x\u0007y', '', ' ', 'x'.repeat(10_000), '"unbalanced', 'privacy*', '-', 'é', '🙂'.repeat(300)];
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
  for (const bad of ['limit=abc', 'offset=-1', 'limit=1e9']) {
    const api = await request.get(`/api/search?q=cookies&${bad}`);
    expect(api.status(), bad).toBe(400);
    expect(((await api.json()) as SearchBody).error, bad).toMatch(/limit|offset/);
  }
});

test('the search API answers in the documented shape and pages with limit and offset', async ({ request }) => {
  const first = (await (await request.get('/api/search?q=cookies&limit=5')).json()) as SearchBody;
  expect(first.total).toBeGreaterThan(5);
  expect(first.results).toHaveLength(5);
  for (const r of first.results) {
    expect(Object.keys(r)).toEqual(expect.arrayContaining(['insurer', 'archivedOn', 'clauseKey', 'section', 'url', 'leadIn', 'snippet', 'topics', 'sameIn']));
    expect(r.url).toBe(`/insurers/${r.insurer}/versions/${r.archivedOn}#${r.clauseKey}`);
    expect(r.snippet).toMatch(/<mark>cooki/i);
    expect(r.snippet).not.toMatch(/<(?!\/?mark>)/);
  }
  const second = (await (await request.get('/api/search?q=cookies&limit=5&offset=5')).json()) as SearchBody;
  expect(second.results.map((r) => r.url)).not.toContain(first.results[0]!.url);
  const stemmed = (await (await request.get('/api/search?q=track')).json()) as SearchBody;
  expect(stemmed.results.some((r) => /<mark>tracking<\/mark>/i.test(r.snippet))).toBe(true);
});
