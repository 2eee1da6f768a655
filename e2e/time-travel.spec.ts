import { expect, test } from '@playwright/test';

interface MatrixBody {
  asOf: string | null;
  insurers: { slug: string; archivedOn: string | null }[];
  cells: { insurer: string; topic: string; stance: string; archivedOn: string; review: string }[];
}
interface VersionsBody {
  versions: { archivedOn: string; cells: { topic: string; stance: string }[] }[];
}

test('the API as of 2010-01-01 reads HealthPartners as its 2009 policy, and says who had no policy by then', async ({ request }) => {
  const body = (await (await request.get('/api/matrix?asOf=2010-01-01')).json()) as MatrixBody;
  expect(body.asOf).toBe('2010-01-01');
  const hp = body.insurers.find((i) => i.slug === 'healthpartners')!;
  expect(hp.archivedOn).toBe('2009-10-22');
  const history = (await (await request.get('/api/insurers/healthpartners/versions')).json()) as VersionsBody;
  const v2009 = history.versions.find((v) => v.archivedOn === '2009-10-22')!;
  const hpCells = body.cells.filter((c) => c.insurer === 'healthpartners');
  expect(hpCells).toHaveLength(17);
  for (const c of hpCells) {
    expect(c.archivedOn).toBe('2009-10-22');
    expect(c.stance).toBe(v2009.cells.find((x) => x.topic === c.topic)!.stance);
  }
  // Anthem's only archived version is from 2016: as of 2010 it has none, and no cells.
  expect(body.insurers.find((i) => i.slug === 'anthem')!.archivedOn).toBeNull();
  expect(body.cells.some((c) => c.insurer === 'anthem')).toBe(false);
  // Without asOf every insurer is read at its newest version.
  const newest = (await (await request.get('/api/matrix?insurers=healthpartners')).json()) as MatrixBody;
  expect(newest.insurers[0]!.archivedOn).toBe('2017-02-19');
});

test('the grid’s date control shows each insurer as archived by that date, in the URL and after a reload', async ({ page }) => {
  await page.goto('/?insurers=healthpartners,anthem&topics=dnt,cookies');
  const header = (name: RegExp) => page.getByRole('columnheader', { name });
  await expect(header(/HealthPartners/)).toContainText('2017 policy');
  await page.getByText(/^More filters/).click();
  await page.getByLabel('Policies as archived on or before').fill('2010-01-01');
  await page.getByRole('button', { name: 'Show as of this date' }).click();
  await expect(page).toHaveURL(/asOf=2010-01-01/);
  await expect(header(/HealthPartners/)).toContainText('2009 policy: it may no longer apply');
  await expect(header(/Anthem/)).toContainText('No policy on file by January 1, 2010');
  await expect(page.getByRole('status').first()).toContainText('as archived on or before January 1, 2010');
  await expect(page.getByRole('table').locator('caption')).toContainText('latest version archived on or before January 1, 2010');
  // Columns follow the roster's alphabetical order, whatever order the URL lists them in.
  const anthemCell = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Cookies/ }) }).getByRole('cell').first();
  await expect(anthemCell).toContainText('No policy on file as of January 1, 2010');

  await page.reload();
  await expect(header(/HealthPartners/)).toContainText('2009 policy');
  await page.getByText(/^More filters/).click();
  await page.getByRole('button', { name: 'Newest versions' }).click();
  await expect(header(/HealthPartners/)).toContainText('2017 policy');
  await expect(page).not.toHaveURL(/asOf=/);
});

test('as of a date, the default columns are insurers that had a policy by then', async ({ page, request }) => {
  const body = (await (await request.get('/api/matrix?asOf=2012-01-01')).json()) as MatrixBody;
  const had = body.insurers.filter((i) => i.archivedOn).map((i) => i.slug);
  await page.goto('/?asOf=2012-01-01');
  await expect(page.getByRole('status').first()).toContainText('as archived on or before January 1, 2012');
  await expect.poll(() => page.getByRole('table').locator('th[data-insurer]').evaluateAll((ths) => ths.map((t) => t.getAttribute('data-insurer')))).toEqual(had.slice(0, 5));
  await expect(page.getByText(/No policy on file/)).toHaveCount(0);
});

test('a malformed or impossible asOf is ignored like other filters, never an error', async ({ page, request }) => {
  for (const q of ['asOf=2010-13-45', 'asOf=2019-02-30', 'asOf=yesterday', 'asOf=%00', `asOf=${'9'.repeat(300)}`]) {
    const api = await request.get(`/api/matrix?${q}&insurers=healthpartners`);
    expect(api.status(), q).toBe(200);
    expect(((await api.json()) as MatrixBody).asOf, q).toBeNull();
    const response = await page.goto(`/?${q}`);
    expect(response?.status(), q).toBe(200);
  }
  await page.goto('/?asOf=2010-13-45&insurers=healthpartners');
  await expect(page.getByRole('columnheader', { name: /HealthPartners/ })).toContainText('2017 policy');
});
