import { expect, test } from '@playwright/test';

for (const path of ['/insurers/no-such-insurer', '/insurers/healthpartners/no-such-topic', '/insurers/nobody/cookies', '/topics/no-such-topic', '/no/such/page']) {
  test(`unknown slug ${path} is a 404 page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back to the comparison' })).toHaveAttribute('href', '/');
  });
}

test('the insurer API answers 404 JSON for an unknown insurer', async ({ request }) => {
  const response = await request.get('/api/insurers/no-such-insurer');
  expect(response.status()).toBe(404);
  expect(await response.json()).toEqual({ error: 'insurer not found' });
});
