import { expect, test, type APIRequestContext } from '@playwright/test';

interface MatrixBody {
  base: string | null;
  sort: string;
  insurers: { slug: string; name: string; state: string; kind: string; exposure: number; tally: Record<string, number> }[];
  cells: { insurer: string; topic: string; stance: string; differsFromBase: boolean | null }[];
}

const matrix = async (request: APIRequestContext, q: string) => (await (await request.get(`/api/matrix${q}`)).json()) as MatrixBody;

test('states keep insurers operating in any of them, national ones included, in the grid, the API and the CSV', async ({ page, request }) => {
  const all = await matrix(request, '');
  const body = await matrix(request, '?states=CA,NY');
  const serves = (s: string) => s === 'US' || s.split(', ').some((c) => c === 'CA' || c === 'NY');
  expect(body.insurers.map((i) => i.slug)).toEqual(all.insurers.filter((i) => serves(i.state)).map((i) => i.slug));
  expect(body.insurers.some((i) => i.state === 'US')).toBe(true);
  expect(body.insurers.some((i) => i.state === 'MA')).toBe(false);
  const csv = await (await request.get('/api/matrix/csv?states=CA,NY&topics=dnt')).text();
  expect(csv.trim().split('\r\n')).toHaveLength(1 + body.insurers.length);

  await page.goto('/');
  await page.getByRole('combobox', { name: 'State', exact: true }).selectOption('CA');
  await expect(page).toHaveURL(/states=CA/);
  const heads = await page.getByRole('table').getByRole('columnheader').allTextContents();
  for (const h of heads.slice(1)) expect(all.insurers.find((i) => h.startsWith(i.name))?.state ?? 'CA', h).toMatch(/CA|US/);
});

test('a kind of organization is a filter too: the federal exchange alone', async ({ request }) => {
  const body = await matrix(request, '?kinds=federal-exchange');
  expect(body.insurers.map((i) => [i.slug, i.kind])).toEqual([['healthcare-gov', 'federal-exchange']]);
  const exchanges = await matrix(request, '?kinds=state-exchange,federal-exchange');
  expect(exchanges.insurers.map((i) => i.kind).every((k) => k.endsWith('exchange'))).toBe(true);
  expect(exchanges.insurers.length).toBeGreaterThanOrEqual(4);
});

test('your insurer is pinned as the first column, and every cell that differs from it says so in words and shape', async ({ page, request }) => {
  const body = await matrix(request, '?base=aetna&insurers=cigna,humana');
  expect(body.base).toBe('aetna');
  expect(body.insurers.map((i) => i.slug)).toEqual(['aetna', 'cigna', 'humana']);
  const stance = (i: string, t: string) => body.cells.find((c) => c.insurer === i && c.topic === t)!.stance;
  for (const c of body.cells) {
    if (c.insurer === 'aetna') expect(c.differsFromBase).toBeNull();
    else expect(c.differsFromBase, `${c.insurer} ${c.topic}`).toBe(c.stance !== stance('aetna', c.topic));
  }
  const differing = body.cells.filter((c) => c.differsFromBase).length;
  expect(differing).toBeGreaterThan(0);
  const csv = await (await request.get('/api/matrix/csv?base=aetna&insurers=cigna,humana')).text();
  expect(csv.split('\r\n').filter((l) => l.includes(',yes,')).length).toBe(differing);

  await page.goto('/?base=aetna&insurers=cigna,humana');
  await expect(page.getByRole('table').getByRole('columnheader').nth(1)).toContainText('Aetna');
  await expect(page.getByRole('table').getByRole('columnheader').nth(1)).toContainText('Your comparison base');
  const marks = page.locator('td .differs-mark');
  await expect(marks).toHaveCount(differing);
  await expect(marks.first()).toHaveText('Differs from Aetna');
  // Chosen from the toolbar: the same view.
  await page.goto('/?insurers=cigna,humana');
  await expect(page.getByRole('table').getByRole('columnheader')).toHaveCount(3);
  await page.getByLabel('Your insurer').selectOption('aetna');
  await expect(page).toHaveURL(/insurers=cigna,humana&base=aetna/);
  await expect(page.locator('td .differs-mark')).toHaveCount(differing);
});

test('columns can be sorted by exposure: two points per answer of more exposure, one per some exposure', async ({ page, request }) => {
  const body = await matrix(request, '?sort=exposure');
  const scores = body.insurers.map((i) => i.exposure);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  for (const i of body.insurers) expect(i.exposure).toBe(2 * (i.tally.concern ?? 0) + (i.tally.caution ?? 0));
  await page.goto('/');
  await page.getByLabel('Order').selectOption('exposure');
  await expect(page).toHaveURL(/sort=exposure/);
  await expect(page.getByRole('table').getByRole('columnheader').nth(1)).toContainText(body.insurers[0]!.name);
});
