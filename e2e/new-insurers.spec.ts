import { expect, test } from '@playwright/test';

interface MatrixBody {
  insurers: { slug: string; name: string; kind: string; archivedOn: string | null }[];
  cells: { insurer: string; topic: string; review: string; summary: string; citations: { quote: string; url: string }[] }[];
}

// The insurers and exchanges added from the archive: each read twice and reconciled, every answer reviewed.
const ADDED = { aetna: 'Aetna', humana: 'Humana', 'bcbs-texas': 'Blue Cross and Blue Shield of Texas', 'healthcare-gov': 'HealthCare.gov', 'unitedhealthcare-medicare': 'UnitedHealthcare Medicare' } as const;

test('the added insurers answer all 17 questions, each answer read by a person and naming its insurer', async ({ request }) => {
  const body = (await (await request.get(`/api/matrix?insurers=${Object.keys(ADDED).join(',')}`)).json()) as MatrixBody;
  expect(body.insurers.map((i) => i.slug).sort()).toEqual(Object.keys(ADDED).sort());
  expect(body.insurers.find((i) => i.slug === 'healthcare-gov')!.kind).toBe('federal-exchange');
  expect(body.insurers.find((i) => i.slug === 'unitedhealthcare-medicare')!.kind).toBe('medicare-plan');
  for (const slug of Object.keys(ADDED)) {
    const cells = body.cells.filter((c) => c.insurer === slug);
    expect(cells, slug).toHaveLength(17);
    for (const c of cells) expect(['reviewed', 'carried'], `${slug} ${c.topic}`).toContain(c.review);
  }
  // A summary names who it is about, by name or by the short name the policy itself uses.
  const named = (c: MatrixBody['cells'][number]) => ({ aetna: /Aetna/, humana: /Humana/, 'bcbs-texas': /Texas|BCBSTX/, 'healthcare-gov': /HealthCare\.gov|CMS/, 'unitedhealthcare-medicare': /UnitedHealthcare/ })[c.insurer as keyof typeof ADDED];
  for (const c of body.cells) expect(c.summary, `${c.insurer} ${c.topic}`).toMatch(named(c));
});

test('insurers with more than one archived version have a history and a comparison', async ({ page }) => {
  for (const [slug, name] of [['aetna', 'Aetna'], ['humana', 'Humana'], ['healthcare-gov', 'HealthCare.gov'], ['florida-blue', 'Blue Cross and Blue Shield of Florida (Florida Blue)']] as const) {
    await page.goto(`/insurers/${slug}/history`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${name}: policy history`);
    expect(await page.locator('section[aria-labelledby="timeline-heading"] li').count(), slug).toBeGreaterThanOrEqual(2);
    await page.getByRole('link', { name: 'Compare two versions side by side, clause by clause' }).click();
    await expect(page.getByRole('status')).toContainText(/\d+ changed, \d+ added, \d+ removed/);
  }
});

test('a long policy has a table of contents whose links land on its sections', async ({ page }) => {
  await page.goto('/insurers/healthcare-gov');
  const contents = page.getByRole('navigation', { name: 'Contents' });
  const links = contents.getByRole('link');
  expect(await links.count()).toBeGreaterThanOrEqual(6);
  const last = links.last();
  const href = (await last.getAttribute('href'))!;
  expect(href).toMatch(/^#section-/);
  await last.click();
  await expect(page.locator(`[id="${href.slice(1)}"]`)).toBeInViewport();
});

test('a Medicare plan’s site has its own column and says whose separate website it is', async ({ page }) => {
  await page.goto('/insurers/unitedhealthcare-medicare');
  await expect(page.getByText('A separate website of UnitedHealthcare, with its own privacy policy:')).toBeVisible();
  await expect(page.getByRole('link', { name: 'UnitedHealthcare’s website policy' })).toHaveAttribute('href', '/insurers/unitedhealthcare');
  await page.goto('/?insurers=unitedhealthcare,unitedhealthcare-medicare');
  await expect(page.getByRole('table').getByRole('columnheader')).toHaveCount(3);
  await expect(page.getByRole('columnheader', { name: /^UnitedHealthcare Medicare/ })).toContainText('Medicare plan');
});

test('a captured text known to be cut short says so where its answers are read', async ({ page }) => {
  for (const path of ['/insurers/humana', '/insurers/humana/versions/2016-10-12/cookies']) {
    await page.goto(path);
    await expect(page.getByText(/^About this captured text: The archived text ends mid-sentence/)).toBeVisible();
  }
});
