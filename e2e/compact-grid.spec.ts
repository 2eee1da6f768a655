import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 1440, height: 900 } });

test('the compact grid shows every insurer and every topic on a 1440×900 screen, scrolling only vertically', async ({ page, request }) => {
  const matrix = (await (await request.get('/api/matrix')).json()) as { insurers: { slug: string; name: string }[] };
  await page.goto('/');
  await page.getByRole('checkbox', { name: 'Compact view (one line per cell)' }).check();
  await expect(page).toHaveURL(/view=compact/);
  const table = page.locator('table.compact-grid');
  await expect(table.getByRole('columnheader')).toHaveCount(1 + matrix.insurers.length);
  await expect(table.locator('tr[data-topic]')).toHaveCount(17);
  await expect(table.getByRole('button')).toHaveCount(17 * matrix.insurers.length);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const box = (await table.boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(1440);
  expect(box.height).toBeLessThanOrEqual(900);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Compact view (one line per cell)' })).toBeChecked();
  await expect(table.getByRole('columnheader')).toHaveCount(1 + matrix.insurers.length);
});

test('each compact badge names stance, insurer and topic, and one click shows its summary and clause', async ({ page, request }) => {
  const body = (await (await request.get('/api/matrix?insurers=healthpartners&topics=dnt')).json()) as { cells: { summary: string; citations: { url: string }[] }[] };
  await page.goto('/?view=compact');
  const badge = page.getByRole('button', { name: 'Not honoured (more exposure): HealthPartners, Do Not Track' });
  await expect(badge).toHaveText('Ignored');
  await badge.click();
  await expect(badge).toHaveAttribute('aria-pressed', 'true');
  const details = page.getByRole('region', { name: 'Chosen cell' });
  await expect(details).toContainText('HealthPartners · Do Not Track');
  await expect(details).toContainText(body.cells[0]!.summary);
  await expect(details.getByRole('link', { name: /^See clause/ })).toHaveAttribute('href', body.cells[0]!.citations[0]!.url);
  // A cell of an insurer beyond the page's first ones: its summary loads on the same click.
  const last = page.locator('table.compact-grid tr[data-topic="cookies"] button').last();
  await last.click();
  await expect(details).not.toContainText('Loading the summary');
  await expect(details.getByRole('link', { name: /^Quotes and permalink/ })).toBeVisible();
});
