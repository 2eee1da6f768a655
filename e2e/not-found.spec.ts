import { expect, test } from '@playwright/test';

const unknown = [
  '/insurers/no-such-insurer',
  '/insurers/healthpartners/no-such-topic',
  '/insurers/nobody/cookies',
  '/insurers/nope/dnt',
  '/insurers/healthpartners/versions/2001-01-01',
  '/insurers/nobody/history',
  '/topics/no-such-topic',
  '/no/such/page',
];

for (const path of unknown) {
  test(`unknown slug ${path} is a 404 page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back to the comparison' })).toHaveAttribute('href', '/');
  });
}

test('every 404 says so in the HTML the server sends, without JavaScript', async ({ browser, request }) => {
  for (const path of unknown) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    const html = await response.text();
    expect(html, path).toContain('There is no insurer, topic or page at this address');
  }
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of ['/insurers/nope/dnt', '/insurers/healthpartners/nope']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
  }
  await context.close();
});

test('the insurer API answers 404 JSON for an unknown insurer', async ({ request }) => {
  const response = await request.get('/api/insurers/no-such-insurer');
  expect(response.status()).toBe(404);
  expect(await response.json()).toEqual({ error: 'insurer not found' });
});
