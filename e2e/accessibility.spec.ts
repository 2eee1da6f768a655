import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const pages = {
  grid: '/',
  'filtered grid': '/?groups=communications&diff=1',
  insurer: '/insurers/ma-health-connector',
  'insurer at a clause': '/insurers/healthpartners#cookies-and-other-information-about-your-5',
  practice: '/insurers/healthpartners/dnt',
  topic: '/topics/cookies',
  topics: '/topics',
  'not found': '/insurers/nobody',
};

for (const [name, path] of Object.entries(pages)) {
  test(`${name} page has no WCAG 2.1 AA violations @phone`, async ({ page }) => {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  });
}
