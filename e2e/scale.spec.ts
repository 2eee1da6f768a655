import { expect, test } from '@playwright/test';

// Runs against the build over 30 synthetic insurers (project "scale").
test('with more insurers than a page, the grid carries only the first page and finds the rest by search', async ({ page, request }) => {
  const html = await (await request.get('/')).text();
  expect(html).toContain('Synthetic Insurer 8<');
  expect(html).not.toContain('Synthetic Insurer 9<');
  expect(html).not.toContain('Synthetic Insurer 27<');

  await page.goto('/');
  await expect(page.getByRole('table').getByRole('columnheader')).toHaveCount(1 + 8);
  await expect(page.getByText('The first 8 of 30 insurers are listed')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Find another insurer' }).fill('Insurer 27');
  await page.getByRole('button', { name: 'Add Synthetic Insurer 27' }).click();
  await expect(page.getByRole('columnheader', { name: /Synthetic Insurer 27/ })).toBeVisible();
  await expect(page).toHaveURL(/insurers=synthetic-insurer-1,.*synthetic-insurer-8,synthetic-insurer-27/);
  await expect(page.getByRole('table').getByRole('columnheader')).toHaveCount(1 + 9);

  // A shared link naming an insurer beyond the first page loads it.
  await page.goto('/?insurers=synthetic-insurer-2,synthetic-insurer-30&topics=dnt');
  await expect(page.getByRole('table').getByRole('columnheader')).toHaveText(['Topic', /Synthetic Insurer 2(?!\d)/, /Synthetic Insurer 30/]);
  const cell = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Do Not Track/ }) }).getByRole('cell').nth(1);
  await expect(cell.getByRole('link', { name: /^Details/ })).toHaveAttribute('href', '/insurers/synthetic-insurer-30/dnt');
});

test('a permalink beyond the prerendered ones renders on demand', async ({ request }) => {
  expect((await request.get('/insurers/synthetic-insurer-29/sms')).status()).toBe(200);
  expect((await request.get('/insurers/synthetic-insurer-31/sms')).status()).toBe(404);
});
