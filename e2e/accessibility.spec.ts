import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const pages: Record<string, string> = {
  grid: '/',
  'filtered grid': '/?groups=communications&diff=1',
  'grid as of a date': '/?asOf=2010-01-01',
  'compact grid': '/?view=compact',
  insurer: '/insurers/ma-health-connector',
  'insurer at a clause': '/insurers/healthpartners#cookies-and-other-information-about-your-5',
  'older version': '/insurers/healthpartners/versions/2009-10-22',
  'older version, at a clause (pinned link)': '/insurers/healthpartners/versions/2009-10-22#your-personal-information-1',
  history: '/insurers/healthpartners/history',
  'two-version comparison': '/insurers/healthpartners/compare/2009-10-22/2017-02-19',
  'two-version comparison, changed clauses only': '/insurers/cigna/compare/2000-04-15/2001-06-07',
  changes: '/changes',
  'changes, filtered': '/changes?topics=advertising&direction=more',
  review: '/review',
  search: '/search?q=do+not+track',
  'search, nothing to search for': '/search?q=%28%29',
  practice: '/insurers/healthpartners/dnt',
  'practice at a version (permalink with Cite this)': '/insurers/healthpartners/versions/2009-10-22/dnt',
  topic: '/topics/cookies',
  topics: '/topics',
  'not found': '/insurers/nobody',
};

async function violations(page: Page) {
  await page.waitForLoadState('networkidle');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`);
}

for (const [name, path] of Object.entries(pages)) {
  test(`${name} page has no WCAG 2.1 AA violations @phone`, async ({ page }) => {
    await page.goto(path);
    expect(await violations(page)).toEqual([]);
  });
}

test('the compact grid with a cell’s dialog open, a base insurer with its differences, and the grid read as of a date, have no violations', async ({ page }) => {
  await page.goto('/?view=compact');
  await page.getByRole('grid').locator('a[data-stance]').first().click();
  await expect(page.getByRole('dialog')).not.toContainText('Loading');
  expect(await violations(page)).toEqual([]);
  await page.goto('/?base=aetna&insurers=cigna,humana');
  await expect(page.locator('td .differs-mark').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.goto('/?asOf=2010-01-01&insurers=healthpartners,anthem');
  await expect(page.getByRole('columnheader', { name: /Anthem/ })).toContainText('No policy on file by');
  expect(await violations(page)).toEqual([]);
});
