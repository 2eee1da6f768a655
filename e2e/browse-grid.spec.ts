import { expect, test } from '@playwright/test';
import { GRID_PAGE_SIZE } from '../lib/grid-state';

interface MatrixBody {
  insurers: { slug: string; name: string }[];
}

test('the grid opens on the first insurers, every topic grouped, with badges and clause links; all insurers can be chosen', async ({ page, request }) => {
  const { insurers } = (await (await request.get('/api/matrix')).json()) as MatrixBody;
  expect(insurers.length).toBeGreaterThanOrEqual(20);
  await page.goto('/');
  await expect(page).toHaveTitle(/Insurer Privacy Compare/);
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText(['Topic', ...insurers.slice(0, GRID_PAGE_SIZE).map((i) => new RegExp(i.name.replace(/[()]/g, '\\$&')))]);
  await expect(table.locator('tr[data-topic]').getByRole('rowheader')).toHaveCount(17);
  for (const group of ['Tracking & collection', 'Use & sharing', 'Communications', 'Security & rights'])
    await expect(table.locator('th[scope=rowgroup]', { hasText: group })).toBeVisible();
  // Every insurer of the corpus is one click away: no search needed at this size.
  const chooser = page.getByRole('group', { name: 'Insurers to compare' });
  await expect(chooser.getByRole('checkbox')).toHaveCount(insurers.length);
  await expect(page.getByRole('searchbox', { name: 'Find another insurer' })).toHaveCount(0);
  await chooser.getByRole('checkbox', { name: 'HealthPartners' }).check();
  const dntRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Do Not Track/ }) });
  await expect(dntRow.getByText('Not honoured')).toBeVisible();
  await expect(dntRow.getByRole('link', { name: /See clause in HealthPartners’s policy on Do Not Track/ })).toHaveAttribute(
    'href',
    '/insurers/healthpartners#cookies-and-other-information-about-your-5',
  );
  await expect(page.getByRole('heading', { name: 'How to read the badges' })).toBeVisible();
});

test('the header row and first column stay in view while the table scrolls', async ({ page }) => {
  await page.goto('/');
  const region = page.getByRole('region', { name: /Comparison table/ });
  await region.evaluate((el) => el.scrollTo(400, 600));
  const header = page.getByRole('columnheader', { name: 'Topic' });
  const regionBox = (await region.boundingBox())!;
  const headerBox = (await header.boundingBox())!;
  expect(Math.abs(headerBox.y - regionBox.y)).toBeLessThan(3);
  expect(Math.abs(headerBox.x - regionBox.x)).toBeLessThan(3);
});

test('a topic page puts every insurer’s quotes side by side @phone', async ({ page, request }) => {
  const { insurers } = (await (await request.get('/api/matrix?topics=sms')).json()) as MatrixBody;
  await page.goto('/topics/sms');
  await expect(page.getByRole('heading', { level: 1, name: 'Text messages' })).toBeVisible();
  await expect(page.getByText('How is consent to text messages obtained?').first()).toBeVisible();
  const items = page.getByRole('list').filter({ has: page.getByRole('heading', { level: 3 }) }).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
  await expect(items).toHaveCount(insurers.length);
  await expect(items.filter({ hasText: 'CarePartners' }).getByRole('blockquote').first()).toContainText('opted-in');
  await expect(items.filter({ hasText: 'CarePartners' })).toContainText('Policy collected November 23, 2026');
});

test('on a phone each topic row becomes a card naming every insurer, without sideways scrolling @phone', async ({ page, isMobile }) => {
  test.skip(!isMobile, 'phone layout');
  await page.goto('/?topics=cookies&insurers=ma-health-connector,healthpartners,harvard-pilgrim');
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Cookies/ }) });
  await expect(row).toBeVisible();
  for (const name of ['Massachusetts Health Connector', 'HealthPartners', 'Harvard Pilgrim Health Care'])
    await expect(row.getByText(name, { exact: true })).toBeVisible();
  await expect(row.getByText('Third-party cookies')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
