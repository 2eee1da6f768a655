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

test('the history page puts the versions on a timeline and shows where each stance changed, with the quotes on both sides', async ({ page, request }) => {
  const body = (await (await request.get('/api/insurers/healthpartners/versions')).json()) as VersionsBody;
  const [older, newer] = body.versions;
  const changed = newer!.cells.filter((c) => older!.cells.find((o) => o.topic === c.topic)!.stance !== c.stance);
  expect(changed.length).toBeGreaterThan(0);

  await page.goto('/insurers/healthpartners');
  await page.getByRole('link', { name: 'History: what changed between versions' }).click();
  await expect(page).toHaveURL('/insurers/healthpartners/history');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('HealthPartners: policy history');
  const timeline = page.getByRole('region', { name: 'Timeline' }).or(page.locator('section[aria-labelledby="timeline-heading"]'));
  await expect(timeline.getByRole('listitem')).toHaveCount(2);
  await expect(timeline.getByRole('link', { name: 'October 22, 2009' })).toHaveAttribute('href', '/insurers/healthpartners/versions/2009-10-22');

  const changes = page.locator('section[aria-labelledby="changes-heading"] > ol > li');
  await expect(changes).toHaveCount(changed.length);
  // Do Not Track is new in the 2017 text: silent before, refused after.
  const dnt = changes.filter({ hasText: /^Do Not Track:/ });
  await expect(dnt.getByRole('heading')).toHaveText('Do Not Track: Not addressed → Not honoured');
  await expect(dnt.getByRole('blockquote').first()).toContainText('do not currently respond');
  await expect(dnt).toContainText('No clause is quoted: the policy said nothing on this.');
});

test('comparing two versions clause by clause marks added, removed and changed words', async ({ page }) => {
  await page.goto('/insurers/healthpartners/history');
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Compare' }) });
  await form.getByLabel('From (older)').selectOption('2009-10-22');
  await form.getByLabel('To (newer)').selectOption('2017-02-19');
  await form.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/\/insurers\/healthpartners\/history\?from=2009-10-22&to=2017-02-19/);
  const status = page.getByRole('status').filter({ hasText: 'From October 22, 2009 to February 19, 2017' });
  await expect(status).toHaveText(/\d+ changed, \d+ added, \d+ removed, \d+ unchanged clauses\./);
  const added = page.locator('li.diff-added').filter({ hasText: 'do not currently respond' });
  await expect(added).toHaveCount(1);
  await expect(added.locator('ins')).toBeVisible();
  await expect(page.locator('li.diff-changed del').first()).toBeVisible();
  await expect(page.locator('li.diff-changed ins').first()).toBeVisible();
  // Each compared clause links to its own version's text.
  await expect(added.getByRole('link')).toHaveAttribute('href', /^\/insurers\/healthpartners#cookies-and-other-information-about-your-5$/);
  await expect(page.locator('li.diff-removed a, li.diff-changed a').first()).toHaveAttribute('href', /^\/insurers\/healthpartners\/versions\/2009-10-22#/);
});

test('a versioned clause deep link opens the older text at that clause, and says it is not the newest', async ({ page }) => {
  await page.goto('/insurers/healthpartners/versions/2009-10-22#your-personal-information-1');
  const clause = page.locator('#your-personal-information-1');
  await expect(clause).toBeInViewport();
  await expect(clause).toBeFocused();
  expect(await clause.evaluate((el) => el.matches(':target'))).toBe(true);
  await expect(clause).toContainText('Personal information refers to specific facts');
  await expect(page.getByTestId('version-status')).toContainText('You are reading an older version, archived October 22, 2009.');
  // The older version's cells cite clauses of that version.
  const glance = page.locator('section[aria-labelledby="glance-heading"]');
  const links = await glance.getByRole('link', { name: /^Clause / }).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links.length).toBeGreaterThan(0);
  for (const href of links) expect(href).toMatch(/^\/insurers\/healthpartners\/versions\/2009-10-22#/);
  await page.getByRole('link', { name: /Read the newest version/ }).click();
  await expect(page).toHaveURL('/insurers/healthpartners');
});

test('unknown versions are 404, and malformed comparison dates are ignored', async ({ request, page }) => {
  for (const path of ['/insurers/healthpartners/versions/2001-01-01', '/insurers/healthpartners/versions/2019-02-30', '/insurers/healthpartners/versions/latest', '/insurers/nobody/versions/2009-10-22', '/insurers/nobody/history'])
    expect((await request.get(path)).status(), path).toBe(404);
  for (const q of ['from=bogus&to=2017-02-19', 'from=2009-10-22&to=3000-01-01', 'from=%00&to=%E0%A4%A', `to=${'1'.repeat(500)}`]) {
    const response = await page.goto(`/insurers/healthpartners/history?${q}`);
    expect(response?.status(), q).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('HealthPartners: policy history');
  }
});
