import { expect, test } from '@playwright/test';

test('opening a shared clause URL directly scrolls to the clause, highlights and focuses it', async ({ page }) => {
  for (const path of ['/insurers/harvard-pilgrim#general-policy-statement-13', '/insurers/harvard-pilgrim/versions/2026-11-23#general-policy-statement-13']) {
    await page.goto(path);
    const clause = page.locator('#general-policy-statement-13');
    await expect(clause).toBeInViewport();
    await expect(clause).toBeFocused();
    expect(await clause.evaluate((el) => el.matches(':target'))).toBe(true);
    await expect(clause).toContainText('Messages traveling through the Internet using E-mail processes');
    await expect(page.getByRole('alert').filter({ hasText: 'Clause not found' })).toHaveCount(0);
  }
});

test('each paragraph’s copy-link control copies the address of that paragraph in that version', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/insurers/bcbs-massachusetts');
  const clause = page.locator('#mobile-1');
  await clause.getByRole('button', { name: 'Copy link to this paragraph of this version' }).click();
  const expected = `${baseURL}/insurers/bcbs-massachusetts/versions/2026-11-23#mobile-1`;
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveText(`Link copied: ${expected}`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  // The copied address opens the same words.
  const words = await clause.innerText();
  await page.goto(expected);
  await expect(page.locator('#mobile-1')).toBeFocused();
  expect((await page.locator('#mobile-1').innerText()).split('\n')[0]).toBe(words.split('\n')[0]);
});

test('an unpinned link to the newest text says where the same address opened other words in the version before', async ({ page }) => {
  // UnitedHealthcare's 2005 text had the "email is not secure" warning at this address; the 2016 text has a newsletter clause there.
  await page.goto('/insurers/unitedhealthcare#our-online-communication-practices-1');
  const clause = page.locator('#our-online-communication-practices-1');
  await expect(clause).toContainText('newsletters');
  const earlier = clause.getByRole('link', { name: 'the wording of April 5, 2005' });
  await expect(clause).toContainText('A link to this paragraph made before this version opened other words');
  await expect(earlier).toHaveAttribute('href', '/insurers/unitedhealthcare/versions/2005-04-05#our-online-communication-practices-1');
  await earlier.click();
  await expect(page.locator('#our-online-communication-practices-1')).toContainText('email');
  // The pinned page needs no such note: it is the text the link names.
  await expect(page.locator('.earlier-wording')).toHaveCount(0);
});

test('the repeated paragraph is shown as a repeat of the first', async ({ page }) => {
  await page.goto('/insurers/bcbs-massachusetts#collecting-information-about-you-5');
  await expect(page.locator('#collecting-information-about-you-5')).toContainText('Repeated word for word in the source');
});

test('a link to a paragraph that does not exist says so, without repeating the link’s words as the site’s', async ({ page }) => {
  await page.goto('/insurers/healthpartners#we-sell-your-data-1');
  const alert = page.getByRole('alert').filter({ hasText: 'Clause not found' });
  await expect(alert).toContainText('The paragraph this link points to is not in HealthPartners’s policy');
  await expect(alert).not.toContainText('we-sell-your-data');
  await expect(alert.getByRole('link', { name: 'every version' })).toHaveAttribute('href', '/insurers/healthpartners/history');
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
