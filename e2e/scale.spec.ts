import { expect, test } from '@playwright/test';
import { GRID_PAGE_SIZE } from '../lib/grid-state';

// Runs against the build over 60 synthetic insurers plus one ingested real policy (project "scale").
test('with more insurers than the grid lists, the page carries only the first ones and finds the rest by search', async ({ page, request }) => {
  const html = await (await request.get('/')).text();
  expect(html).toContain(`Synthetic Insurer ${GRID_PAGE_SIZE}<`);
  expect(html).not.toContain(`Synthetic Insurer ${GRID_PAGE_SIZE + 1}<`);
  expect(html).not.toContain('Synthetic Insurer 57<');

  await page.goto('/');
  await expect(page.getByRole('table').getByRole('columnheader')).toHaveCount(1 + GRID_PAGE_SIZE);
  await expect(page.getByText(`The first ${GRID_PAGE_SIZE} of 61 insurers are listed`)).toBeVisible();
  await page.getByRole('searchbox', { name: 'Find another insurer' }).fill('Insurer 57');
  await page.getByRole('button', { name: 'Add Synthetic Insurer 57' }).click();
  await expect(page.getByRole('columnheader', { name: /Synthetic Insurer 57/ })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`insurers=synthetic-insurer-1,.*synthetic-insurer-${GRID_PAGE_SIZE},synthetic-insurer-57`));
  await expect(page.getByRole('table').getByRole('columnheader')).toHaveCount(2 + GRID_PAGE_SIZE);

  // A shared link naming an insurer beyond the first page loads it.
  await page.goto('/?insurers=synthetic-insurer-2,synthetic-insurer-60&topics=dnt');
  await expect(page.getByRole('table').getByRole('columnheader')).toHaveText(['Topic', /Synthetic Insurer 2(?!\d)/, /Synthetic Insurer 60/]);
  const cell = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Do Not Track/ }) }).getByRole('cell').nth(1);
  await expect(cell.getByRole('link', { name: /^Details/ })).toHaveAttribute('href', '/insurers/synthetic-insurer-60/dnt');
});

test('permalinks render on demand for any insurer, and unknown ones are 404', async ({ request }) => {
  expect((await request.get('/insurers/synthetic-insurer-59/sms')).status()).toBe(200);
  expect((await request.get('/insurers/synthetic-insurer-61/sms')).status()).toBe(404);
});

test('an ingested policy shows in the grid with every cell marked machine-suggested, everywhere it appears', async ({ page, request }) => {
  const matrix = (await (await request.get('/api/matrix?insurers=ingested-wellcare')).json()) as { cells: { topic: string; review: string }[] };
  expect(matrix.cells).toHaveLength(17);
  expect(matrix.cells.every((c) => c.review === 'suggested')).toBe(true);
  const csv = await (await request.get('/api/matrix/csv?insurers=ingested-wellcare&topics=sale')).text();
  expect(csv.split('\r\n')[0]).toContain(',review,');
  expect(csv.split('\r\n')[1]).toContain(',suggested,');

  await page.goto('/?insurers=ingested-wellcare');
  await expect(page.getByRole('columnheader', { name: /Ingested WellCare/ })).toContainText('Policy archived December 8, 2002');
  await expect(page.locator('table [data-review="suggested"]')).toHaveCount(17);
  await expect(page.locator('table [data-review="suggested"]').first()).toHaveText('Machine-suggested, not reviewed');
  await expect(page.getByRole('heading', { name: 'Who read it' })).toBeVisible();

  await page.goto('/?insurers=ingested-wellcare&view=compact');
  await expect(page.getByRole('button', { name: /machine-suggested\): Ingested WellCare, Sale of data$/ })).toBeVisible();

  await page.goto('/insurers/ingested-wellcare/sale');
  await expect(page.locator('[data-review="suggested"]')).toHaveText('Machine-suggested, not reviewed');
  await page.goto('/topics/sale');
  await expect(page.getByRole('listitem').filter({ hasText: 'Ingested WellCare' }).locator('[data-review="suggested"]')).toBeVisible();
  await page.goto('/insurers/ingested-wellcare');
  await expect(page.locator('section[aria-labelledby="glance-heading"] [data-review="suggested"]')).toHaveCount(17);
});

test('a newer text of a known insurer keeps the reviewed readings whose quotes still occur, marked as carried', async ({ page, request }) => {
  const versions = (await (await request.get('/api/insurers/synthetic-insurer-3/versions')).json()) as { versions: { archivedOn: string; cells: { topic: string; review: string }[] }[] };
  const newest = versions.versions.at(-1)!;
  expect(newest.archivedOn).toBe('2026-11-24');
  const carried = newest.cells.filter((c) => c.review === 'carried');
  expect(carried.length).toBeGreaterThan(5);
  expect(newest.cells.find((c) => c.topic === 'dnt')!.review).toBe('suggested');
  await page.goto('/insurers/synthetic-insurer-3');
  await expect(page.locator('[data-review="carried"]').first()).toContainText('Carried forward from the June 1, 2020 reading');
});
