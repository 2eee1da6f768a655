import { expect, test } from '@playwright/test';

test('opening a shared clause URL directly scrolls to the clause, highlights and focuses it', async ({ page }) => {
  await page.goto('/insurers/harvard-pilgrim#general-policy-statement-13');
  const clause = page.locator('#general-policy-statement-13');
  await expect(clause).toBeInViewport();
  await expect(clause).toBeFocused();
  expect(await clause.evaluate((el) => el.matches(':target'))).toBe(true);
  await expect(clause).toContainText('Messages traveling through the Internet using E-mail processes');
  await expect(page.getByRole('alert').filter({ hasText: 'Clause not found' })).toHaveCount(0);
});

test('each clause has a copy-link control that copies its deep link', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/insurers/bcbs-massachusetts');
  await page.getByRole('button', { name: 'Copy link to clause mobile-1' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${baseURL}/insurers/bcbs-massachusetts#mobile-1`);
});

test('the repeated paragraph is shown as a repeat of the first', async ({ page }) => {
  await page.goto('/insurers/bcbs-massachusetts#collecting-information-about-you-5');
  await expect(page.locator('#collecting-information-about-you-5')).toContainText('Repeated word for word in the source');
});

test('a link to a clause that does not exist says so', async ({ page }) => {
  await page.goto('/insurers/healthpartners#no-such-clause-9');
  await expect(page.getByRole('alert').filter({ hasText: 'Clause not found' })).toContainText('There is no clause “no-such-clause-9”');
});

test('a malformed fragment leaves the page working, with no error screen', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  for (const fragment of ['%', '%zz', '%E0%A4%A', '%00', '%2', encodeURIComponent('<script>')]) {
    await page.goto(`/insurers/healthpartners#${fragment}`);
    await expect(page.getByRole('heading', { level: 1, name: 'HealthPartners' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Full policy text' })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'Clause not found' })).toHaveCount(0);
  }
  // A malformed fragment set after load, too.
  await page.evaluate(() => {
    window.location.hash = '%';
  });
  await expect(page.getByRole('heading', { name: 'At a glance' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('ordinary in-page anchors (skip link, headings, sections) are not reported as missing clauses', async ({ page }) => {
  for (const fragment of ['main', 'glance-heading', 'section-overview', 'text-heading', 'versions-heading']) {
    await page.goto(`/insurers/healthpartners#${fragment}`);
    await expect(page.getByRole('heading', { name: 'At a glance' })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'Clause not found' }), fragment).toHaveCount(0);
  }
  await page.goto('/insurers/healthpartners');
  await page.getByRole('link', { name: 'Skip to content' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.getByRole('alert').filter({ hasText: 'Clause not found' })).toHaveCount(0);
});
