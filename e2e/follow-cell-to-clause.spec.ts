import { expect, test } from '@playwright/test';

test('following a cell lands on the cited clause, scrolled into view and highlighted', async ({ page }) => {
  await page.goto('/?insurers=ma-health-connector&topics=ip-address');
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^IP address/ }) });
  const link = row.getByRole('link', { name: /See clause in Massachusetts Health Connector’s policy on IP address/ });
  const href = (await link.getAttribute('href'))!;
  expect(href).toMatch(/^\/insurers\/ma-health-connector#[a-z0-9-]+-\d+$/);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));
  const clause = page.locator(`[id="${href.split('#')[1]}"]`);
  await expect(clause).toBeInViewport();
  await expect(clause).toContainText(/IP/);
  expect(await clause.evaluate((el) => el.matches(':target'))).toBe(true);
  const background = await clause.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
  await expect(clause.getByRole('link', { name: 'Cited for: IP address' })).toHaveAttribute('href', '/insurers/ma-health-connector/ip-address');
});

test('the practice permalink shows the stance, the verbatim quote and a link into the full text', async ({ page }) => {
  await page.goto('/?insurers=carepartners-connecticut,healthpartners');
  await page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Text messages/ }) })
    .getByRole('link', { name: /^Details\W+CarePartners of Connecticut on Text messages/ }).click();
  await expect(page).toHaveURL('/insurers/carepartners-connecticut/sms');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('CarePartners of Connecticut: Text messages');
  const badge = page.getByText(/^Implied consent/);
  await expect(badge).toBeVisible();
  await expect(badge).toHaveAttribute('data-tone', 'concern');
  await expect(badge).toContainText('(more exposure)');
  await expect(page.locator('[data-review]')).toHaveCount(0);
  await expect(page.getByText('Read from the newest version of the policy, collected November 23, 2026.')).toBeVisible();
  const quote = page.getByRole('blockquote').first();
  await expect(quote).toContainText('you will have elected');
  await page.getByRole('link', { name: /^Read clause text-messages-1 in the full text/ }).click();
  await expect(page.locator('#text-messages-1')).toBeInViewport();
});
