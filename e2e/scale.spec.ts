import { expect, test } from '@playwright/test';
import { GRID_PAGE_SIZE } from '../lib/grid-state';

// Runs against the build over 60 synthetic insurers plus one ingested real policy (project "scale"),
// with three synthetic insurers checked by the tracker against a local site (scripts/build-scale.ts).
// The roster reads alphabetically: Ingested WellCare, then Synthetic Insurer 1, 2, … (numbers in order).

test('with more insurers than the grid lists, the page carries only the first ones and finds the rest by search', async ({ page, request }) => {
  const html = await (await request.get('/')).text();
  expect(html).toContain(`Synthetic Insurer ${GRID_PAGE_SIZE - 1}<`);
  expect(html).not.toContain(`Synthetic Insurer ${GRID_PAGE_SIZE}<`);
  expect(html).not.toContain('Synthetic Insurer 57<');

  await page.goto('/');
  await expect(page.getByRole('table').getByRole('columnheader')).toHaveCount(1 + GRID_PAGE_SIZE);
  await page.getByText('More filters', { exact: true }).click();
  await expect(page.getByText(`The first ${GRID_PAGE_SIZE} of 61 insurers are listed`)).toBeVisible();
  await page.getByRole('searchbox', { name: 'Find another insurer' }).fill('Insurer 57');
  await page.getByRole('button', { name: 'Add Synthetic Insurer 57' }).click();
  await expect(page.getByRole('columnheader', { name: /Synthetic Insurer 57/ })).toBeVisible();
  await expect(page).toHaveURL(/insurers=synthetic-insurer-57/);

  // A shared link naming an insurer beyond the first page loads it.
  await page.goto('/?insurers=synthetic-insurer-2,synthetic-insurer-60&topics=dnt');
  await expect(page.getByRole('table').getByRole('columnheader')).toHaveText(['Question', /^Synthetic Insurer 2(?!\d)/, /^Synthetic Insurer 60/]);
  const cell = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Do Not Track/ }) }).getByRole('cell').nth(1);
  await expect(cell.getByRole('link', { name: 'Quotes and citation: Synthetic Insurer 60 on Do Not Track' })).toHaveAttribute('href', /^\/insurers\/synthetic-insurer-60\/versions\/\d{4}-\d{2}-\d{2}\/dnt$/);
});

test('pages render on demand for any insurer past the prerendered ones, and unknown ones are 404', async ({ request }) => {
  for (const path of ['/insurers/synthetic-insurer-59', '/insurers/synthetic-insurer-59/sms', '/insurers/synthetic-insurer-59/versions/2020-06-01/sms', '/insurers/synthetic-insurer-59/history'])
    expect((await request.get(path)).status(), path).toBe(200);
  for (const path of ['/insurers/synthetic-insurer-61/sms', '/insurers/synthetic-insurer-61/versions/2020-06-01/sms', '/insurers/synthetic-insurer-59/versions/2019-01-01/sms'])
    expect((await request.get(path)).status(), path).toBe(404);
});

test('an ingested policy shows with every answer marked machine-suggested, everywhere it appears, and waits in the review queue', async ({ page, request }) => {
  const matrix = (await (await request.get('/api/matrix?insurers=ingested-wellcare')).json()) as { cells: { topic: string; review: string }[] };
  expect(matrix.cells).toHaveLength(17);
  expect(matrix.cells.every((c) => c.review === 'suggested')).toBe(true);
  const csv = await (await request.get('/api/matrix/csv?insurers=ingested-wellcare&topics=sale')).text();
  expect(csv.split('\r\n')[0]).toContain(',review,');
  expect(csv.split('\r\n')[1]).toContain(',suggested,');

  await page.goto('/?insurers=ingested-wellcare');
  await expect(page.locator('table td [data-review="suggested"]')).toHaveCount(17);
  await expect(page.locator('table td [data-review="suggested"]').first()).toHaveText('Machine-suggested, not reviewed');
  // The key explains the mark because cells carrying it are shown.
  await expect(page.getByRole('note', { name: 'How to read the answers' })).toContainText('not yet read by a person');

  await page.goto('/?insurers=ingested-wellcare&view=compact');
  await expect(page.getByRole('grid').locator('a[data-stance]').first()).toHaveAttribute('aria-label', /, machine-suggested\)$/);

  await page.goto('/insurers/ingested-wellcare/sale');
  await expect(page.locator('[data-review="suggested"]')).toHaveText('Machine-suggested, not reviewed');
  await page.goto('/topics/sale');
  await expect(page.getByRole('listitem').filter({ hasText: 'Ingested WellCare' }).locator('[data-review="suggested"]')).toBeVisible();
  await page.goto('/insurers/ingested-wellcare');
  await expect(page.locator('section[aria-labelledby="glance-heading"] [data-review="suggested"]')).toHaveCount(17);

  await page.goto('/review');
  await expect(page.locator('li[data-insurer="ingested-wellcare"]')).toHaveCount(17);
  await expect(page.locator('li[data-insurer="ingested-wellcare"]').first().getByText(/^Correct it in/)).toContainText('versions.2002-12-08.');
});

test('a newer text of a known insurer keeps the reviewed readings whose quotes still occur, marked as carried', async ({ page, request }) => {
  const versions = (await (await request.get('/api/insurers/synthetic-insurer-3/versions')).json()) as { versions: { archivedOn: string; cells: { topic: string; review: string }[] }[] };
  const newest = versions.versions.at(-1)!;
  expect(newest.archivedOn).toBe('2026-11-24');
  const carried = newest.cells.filter((c) => c.review === 'carried');
  expect(carried.length).toBeGreaterThan(5);
  expect(newest.cells.filter((c) => c.review === 'suggested').length).toBeGreaterThan(0);
  await page.goto('/insurers/synthetic-insurer-3');
  await expect(page.locator('[data-review="carried"]').first()).toContainText('Carried forward from the June 1, 2020 reading');
});

test('a copied link keeps opening the same words after a newer version arrives; the newest text says where the words moved', async ({ page, request }) => {
  // Synthetic Insurer 3's practice 4 sentence was rewritten in the 2026 text.
  const newest = (await (await request.get('/api/insurers/synthetic-insurer-3')).json()) as { sections: { clauses: { key: string; text: string }[] }[] };
  const rewritten = newest.sections.flatMap((s) => s.clauses).find((c) => c.text.includes('This practice was rewritten.'))!;
  expect(rewritten).toBeTruthy();
  // The pinned link to the 2020 text opens the 2020 words.
  await page.goto(`/insurers/synthetic-insurer-3/versions/2020-06-01#${rewritten.key}`);
  await expect(page.locator(`[id="${rewritten.key}"]`)).toContainText('states its practice number 4');
  // The unpinned address opens the newest words, and says the same address held other words before.
  await page.goto(`/insurers/synthetic-insurer-3#${rewritten.key}`);
  const clause = page.locator(`[id="${rewritten.key}"]`);
  await expect(clause).toContainText('This practice was rewritten.');
  await expect(clause.getByRole('link', { name: 'the wording of June 1, 2020' })).toHaveAttribute('href', `/insurers/synthetic-insurer-3/versions/2020-06-01#${rewritten.key}`);
});

test('the last live check shows on the insurer page and in the grid header: same words, changed (awaiting review), failed', async ({ page }) => {
  const expected = {
    'synthetic-insurer-2': { long: /Live page checked December 1, 2026: its words still match this version/, short: 'checked Dec 1, 2026: same words' },
    'synthetic-insurer-4': { long: /Live page checked December 1, 2026: its words changed; the new version of December 1, 2026 awaits review/, short: 'checked Dec 1, 2026: changed, in review' },
    'synthetic-insurer-6': { long: /Live page checked December 1, 2026: the check failed \(.+\)/, short: 'checked Dec 1, 2026: check failed' },
  } as const;
  for (const [slug, words] of Object.entries(expected)) {
    await page.goto(`/insurers/${slug}`);
    await expect(page.getByTestId('live-check').first(), slug).toHaveText(words.long);
  }
  await page.goto(`/?insurers=${Object.keys(expected).join(',')}`);
  for (const [slug, words] of Object.entries(expected)) await expect(page.locator(`th[data-insurer="${slug}"]`), slug).toContainText(words.short);
  await page.goto('/insurers/synthetic-insurer-5');
  await expect(page.getByTestId('live-check').first()).toHaveText(/^Not yet checked against the live page/);
});

test('a tracked change is a new version awaiting review: on the history, in /changes and the feed, and in the review queue', async ({ page, request }) => {
  const versions = (await (await request.get('/api/insurers/synthetic-insurer-4/versions')).json()) as { versions: { archivedOn: string; capture: string; cells: { review: string }[] }[] };
  const fetched = versions.versions.at(-1)!;
  expect(fetched).toMatchObject({ archivedOn: '2026-12-01', capture: 'fetched' });
  expect(fetched.cells.some((c) => c.review === 'suggested')).toBe(true);
  await page.goto('/changes?insurers=synthetic-insurer-4');
  await expect(page.locator('article > ol > li[data-insurer="synthetic-insurer-4"]').first()).toContainText('Awaiting review');
  const feed = await (await request.get('/changes.xml?insurers=synthetic-insurer-4')).text();
  expect(feed).toContain('/insurers/synthetic-insurer-4/versions/2026-12-01');
  await page.goto('/review');
  expect(await page.locator('li[data-insurer="synthetic-insurer-4"]').count()).toBeGreaterThan(0);
});
