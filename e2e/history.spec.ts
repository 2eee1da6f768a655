import { expect, test } from '@playwright/test';

interface VersionsBody {
  insurer: { slug: string; name: string };
  versions: { archivedOn: string; effectiveOn: string | null; lastModifiedOn: string | null; url: string; cells: { topic: string; stance: string; review: string }[] }[];
}

test('the versions API lists every version oldest first, with the stance of each topic', async ({ request }) => {
  const body = (await (await request.get('/api/insurers/healthpartners/versions')).json()) as VersionsBody;
  expect(body.insurer.slug).toBe('healthpartners');
  expect(body.versions.map((v) => v.archivedOn)).toEqual(['2009-10-22', '2017-02-19']);
  expect(body.versions[0]).toMatchObject({ effectiveOn: '2008-03-01', url: '/insurers/healthpartners/versions/2009-10-22' });
  for (const v of body.versions) {
    expect(v.cells).toHaveLength(17);
    expect(v.cells.every((c) => c.review === 'reviewed')).toBe(true);
  }
  expect((await request.get('/api/insurers/nobody/versions')).status()).toBe(404);
});

test('the history page puts the versions on a timeline and shows, per pair of versions, where each answer changed, with the quotes on both sides', async ({ page, request }) => {
  const body = (await (await request.get('/api/insurers/healthpartners/versions')).json()) as VersionsBody;
  const [older, newer] = body.versions;
  const changed = newer!.cells.filter((c) => older!.cells.find((o) => o.topic === c.topic)!.stance !== c.stance);
  expect(changed.length).toBeGreaterThan(0);

  await page.goto('/insurers/healthpartners');
  await page.getByRole('link', { name: 'History: what changed between versions' }).click();
  await expect(page).toHaveURL('/insurers/healthpartners/history');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('HealthPartners: policy history');
  const timeline = page.locator('section[aria-labelledby="timeline-heading"]');
  await expect(timeline.getByRole('listitem')).toHaveCount(2);
  await expect(timeline.getByRole('link', { name: 'October 22, 2009' })).toHaveAttribute('href', '/insurers/healthpartners/versions/2009-10-22');
  await expect(timeline).toContainText(`${changed.length} answers changed`);
  await expect(timeline.getByRole('link', { name: 'Compare with the version before' })).toHaveAttribute('href', '/insurers/healthpartners/compare?from=2009-10-22&to=2017-02-19');

  const entry = page.locator('section[aria-labelledby="changes-heading"] > div > ol > li');
  await expect(entry).toHaveCount(1);
  await expect(entry.getByRole('heading', { level: 3 })).toHaveText('between October 22, 2009 and February 19, 2017');
  await expect(entry.locator('li[data-topic]')).toHaveCount(changed.length);
  // Do Not Track is new in the 2017 text: silent before, refused after; the quotes are folded.
  const dnt = entry.locator('li[data-topic="dnt"]');
  await expect(dnt).toContainText('Do Not Track:');
  await dnt.getByText(/^Quotes before and after/).click();
  await expect(dnt.getByRole('blockquote').first()).toContainText('do not currently respond');
  await expect(dnt).toContainText('No clause is quoted: the policy said nothing on this.');
});

test('the compare page sets two versions side by side, pairs reworded paragraphs as changed, and ignores typography', async ({ page }) => {
  await page.goto('/insurers/healthpartners/history');
  await page.getByRole('link', { name: 'Compare two versions side by side, clause by clause' }).click();
  // The newest two by default, named in the heading.
  await expect(page).toHaveURL('/insurers/healthpartners/compare');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('HealthPartners: two versions compared');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('The version archived October 22, 2009 and the version archived February 19, 2017');
  const status = page.getByRole('status');
  await expect(status).toHaveText(/^\d+ changed, \d+ added, \d+ removed, \d+ unchanged paragraphs?\. Quote marks, dashes and spacing alone are not changes\./);
  const added = page.locator('li.diff-added').filter({ hasText: 'do not currently respond' });
  await expect(added).toHaveCount(1);
  await expect(added.locator('ins')).toBeVisible();
  // Rows are labelled by section heading, never by internal key.
  await expect(added.locator('.compare-label')).toHaveText(/^Added · [A-Z]/);
  await expect(page.locator('.compare-label').filter({ hasText: /[a-z]+-[a-z]+-\d+/ })).toHaveCount(0);
  await expect(page.locator('li.diff-changed del').first()).toBeVisible();
  await expect(page.locator('li.diff-changed ins').first()).toBeVisible();
  // Each side links to its own version's text.
  await expect(added.getByRole('link', { name: /^In the full text/ })).toHaveAttribute('href', /^\/insurers\/healthpartners\/versions\/2017-02-19#cookies-and-other-information-about-your-5$/);
  await expect(page.locator('li.diff-removed a, li.diff-changed a').first()).toHaveAttribute('href', /^\/insurers\/healthpartners\/versions\/2009-10-22#/);
  // "Changed only" is on by default and hides unchanged rows with CSS (no JavaScript needed).
  const unchanged = page.locator('li.diff-unchanged');
  if ((await unchanged.count()) > 0) {
    await expect(unchanged.first()).toBeHidden();
    await page.getByLabel(/^Changed only/).uncheck();
    await expect(unchanged.first()).toBeVisible();
  }
});

test('Cigna’s reworded 2001 text is read as paragraphs changed, not as removed and added', async ({ page }) => {
  await page.goto('/insurers/cigna/compare/2000-04-15/2001-06-07');
  const counts = /(\d+) changed, (\d+) added, (\d+) removed/.exec((await page.getByRole('status').textContent())!)!;
  expect(Number(counts[1])).toBeGreaterThanOrEqual(5);
  // A changed row shows both wordings, with the words that differ marked in each.
  const row = page.locator('li.diff-changed').first();
  await expect(row.locator('.compare-cell')).toHaveCount(2);
  await expect(row.locator('del, ins').first()).toBeVisible();
});

test('the versions can be chosen in either order, or one alone, and the address says which two are shown', async ({ page }) => {
  await page.goto('/insurers/healthpartners/compare/2009-10-22/2017-02-19');
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Compare' }) });
  await form.getByLabel('Older version').selectOption('2017-02-19');
  await form.getByLabel('Newer version').selectOption('2009-10-22');
  await form.getByRole('button', { name: 'Compare' }).click();
  // Dates given backwards are put in order: still older on the left.
  await expect(page).toHaveURL('/insurers/healthpartners/compare?from=2017-02-19&to=2009-10-22');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('The version archived October 22, 2009 and the version archived February 19, 2017');
  // One date: it and its neighbour, never a version with itself (the oldest with the one after it).
  for (const q of ['to=2001-06-07', 'to=2000-04-15', 'from=2000-04-15', 'from=2001-06-07&to=2001-06-07']) {
    await page.goto(`/insurers/cigna/compare?${q}`);
    await expect(page.getByRole('heading', { level: 1 }), q).toContainText('archived April 15, 2000 and the version archived June 7, 2001');
    await expect(page.locator('.compare-head'), q).toHaveText(/^Older: archived April 15, 2000\s*Newer: archived June 7, 2001$/);
  }
  // The history page's old comparison address moves to the compare page.
  const moved = await page.request.get('/insurers/healthpartners/history?from=2009-10-22&to=2017-02-19', { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  expect(moved.headers().location).toBe('/insurers/healthpartners/compare?from=2009-10-22&to=2017-02-19');
});

test('a versioned clause deep link opens the older text at that clause, and says it is not the newest', async ({ page }) => {
  await page.goto('/insurers/healthpartners/versions/2009-10-22#your-personal-information-1');
  const clause = page.locator('#your-personal-information-1');
  await expect(clause).toBeInViewport();
  await expect(clause).toBeFocused();
  expect(await clause.evaluate((el) => el.matches(':target'))).toBe(true);
  await expect(clause).toContainText('Personal information refers to specific facts');
  await expect(page.getByTestId('version-status')).toContainText('You are reading an older version, archived October 22, 2009.');
  // The older version's answers cite paragraphs of this very text, and their readings name this version.
  const glance = page.locator('section[aria-labelledby="glance-heading"]');
  const links = await glance.locator('a[href*="#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(links.length).toBeGreaterThan(0);
  for (const href of links) {
    expect(href).toMatch(/^#[a-z0-9-]+-\d+$/);
    await expect(page.locator(`[id="${href.slice(1)}"]`)).toHaveCount(1);
  }
  const readings = await glance.locator('a:not([href*="#"])').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(readings.filter((h) => h.startsWith('/insurers/healthpartners/')).every((h) => h.startsWith('/insurers/healthpartners/versions/2009-10-22/'))).toBe(true);
  await page.getByRole('link', { name: /Read the newest version/ }).click();
  await expect(page).toHaveURL('/insurers/healthpartners');
});

test('unknown versions are 404, and malformed comparison dates are ignored', async ({ request, page }) => {
  for (const path of [
    '/insurers/healthpartners/versions/2001-01-01',
    '/insurers/healthpartners/versions/2019-02-30',
    '/insurers/healthpartners/versions/latest',
    '/insurers/nobody/versions/2009-10-22',
    '/insurers/nobody/history',
    '/insurers/nobody/compare',
    '/insurers/healthpartners/compare/2001-01-01/2017-02-19',
    '/insurers/healthpartners/versions/2001-01-01/dnt',
    '/insurers/healthpartners/versions/2009-10-22/no-such-topic',
  ])
    expect((await request.get(path)).status(), path).toBe(404);
  for (const q of ['from=bogus&to=2017-02-19', 'from=2009-10-22&to=3000-01-01', 'from=%00&to=%E0%A4%A', `to=${'1'.repeat(500)}`]) {
    const response = await page.goto(`/insurers/healthpartners/compare?${q}`);
    expect(response?.status(), q).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('HealthPartners: two versions compared');
  }
});
