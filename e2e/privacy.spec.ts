import { expect, test } from '@playwright/test';

const journey = [
  '/', '/?topics=cookies,dnt&diff=1', '/?view=compact', '/?asOf=2010-01-01', '/?states=CA&base=aetna&sort=exposure', '/insurers/healthpartners#cookies-and-other-information-about-your-5',
  '/insurers/healthpartners/dnt', '/insurers/healthpartners/versions/2009-10-22/dnt', '/insurers/healthpartners/compare/2009-10-22/2017-02-19', '/insurers/healthpartners/versions/2009-10-22',
  '/changes', '/changes?topics=advertising', '/search?q=cookies', '/topics/sms', '/topics', '/review', '/insurers/nobody',
];

test('the site sets no cookies and requests nothing from any other origin', async ({ page, context, baseURL }) => {
  const foreign: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(baseURL!) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  for (const path of journey) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  await page.goto('/?insurers=healthpartners');
  await page.getByText(/^More filters/).click();
  await page.getByRole('checkbox', { name: 'Cookies' }).check();
  await page.getByRole('link', { name: 'Clause of HealthPartners’s policy on Cookies' }).click();
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
  // CSP violations are reported as console errors: none may occur.
  expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
});

test('every response carries the security headers', async ({ request }) => {
  for (const path of ['/', '/?view=compact', '/insurers/healthpartners', '/insurers/healthpartners/history', '/insurers/healthpartners/compare', '/insurers/healthpartners/versions/2009-10-22/dnt', '/changes', '/changes?topics=dnt', '/changes.xml', '/search?q=x', '/topics/cookies', '/review', '/api/matrix', '/api/search?q=x', '/api/insurers/healthpartners/compare', '/compact-columns.css', '/insurers/nobody']) {
    const headers = (await request.get(path)).headers();
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy'], path).toContain("default-src 'self'");
    expect(headers['referrer-policy'], path).toBe('no-referrer');
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['permissions-policy'], path).toContain('geolocation=()');
    expect(headers['set-cookie'], path).toBeUndefined();
    expect(headers['x-powered-by'], path).toBeUndefined();
  }
});
