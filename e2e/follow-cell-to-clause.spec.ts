import { expect, test } from '@playwright/test';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

test('following a cell lands on the cited clause of the version read, scrolled into view and highlighted', async ({ page }) => {
  await page.goto('/?insurers=ma-health-connector&topics=ip-address');
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^IP address/ }) });
  const link = row.getByRole('link', { name: 'Clause of Massachusetts Health Connector’s policy on IP address' });
  const href = (await link.getAttribute('href'))!;
  // The link names the version it quotes, so it keeps opening these words when a newer version arrives.
  expect(href).toMatch(/^\/insurers\/ma-health-connector\/versions\/2019-01-19#[a-z0-9-]+-\d+$/);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${escape(href)}$`));
  const clause = page.locator(`[id="${href.split('#')[1]}"]`);
  await expect(clause).toBeInViewport();
  await expect(clause).toContainText(/IP/);
  expect(await clause.evaluate((el) => el.matches(':target'))).toBe(true);
  const background = await clause.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
  await expect(clause.getByRole('link', { name: 'Cited for: IP address' })).toHaveAttribute('href', '/insurers/ma-health-connector/versions/2019-01-19/ip-address');
});

test('a cell’s quotes open the reading of that version: stance, summary, verbatim quote and a link into the full text', async ({ page }) => {
  await page.goto('/?insurers=carepartners-connecticut,healthpartners');
  await page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: /^Text messages/ }) })
    .getByRole('link', { name: 'Quotes and citation: CarePartners of Connecticut on Text messages' })
    .click();
  await expect(page).toHaveURL('/insurers/carepartners-connecticut/versions/2026-11-23/sms');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('CarePartners of Connecticut: Text messages');
  // The badge: its tone's sign (hidden from screen readers), then the answer in words.
  const badge = page.getByText(/^\u2715\s*Implied consent/);
  await expect(badge).toBeVisible();
  await expect(badge).toHaveAttribute('data-tone', 'concern');
  await expect(badge).toContainText('(more exposure)');
  await expect(page.locator('[data-review]')).toHaveCount(0);
  await expect(page.getByTestId('reading-version')).toContainText('Read from the newest version on file of CarePartners of Connecticut’s');
  await expect(page.getByTestId('reading-version')).toContainText('November 23, 2026');
  const quote = page.getByRole('blockquote').first();
  await expect(quote).toContainText('you will have elected');
  await page.getByRole('link', { name: 'Read this paragraph in the full text of CarePartners of Connecticut’s policy' }).first().click();
  await expect(page).toHaveURL(/\/insurers\/carepartners-connecticut\/versions\/2026-11-23#text-messages-1$/);
  await expect(page.locator('#text-messages-1')).toBeInViewport();
});
