import { expect, test, type Page } from '@playwright/test';
import { GRID_PAGE_SIZE } from '../lib/grid-state';

const rowHeaders = (page: Page) => page.getByRole('table').locator('tr[data-topic]').getByRole('rowheader');
const moreFilters = async (page: Page) => {
  const summary = page.getByText(/^More filters/);
  if (!(await page.locator('details.toolbar-more').evaluate((d: HTMLDetailsElement) => d.open))) await summary.click();
};

test('filtering by topic updates the URL instantly, and a reload shows the same view', async ({ page }) => {
  await page.goto('/');
  const requests: string[] = [];
  page.on('request', (r) => {
    // The browser may re-fetch the favicon when the URL changes; what must not happen is a page or data request.
    if (['document', 'fetch', 'xhr'].includes(r.resourceType())) requests.push(r.url());
  });
  await moreFilters(page);
  await page.getByRole('checkbox', { name: 'Cookies' }).check();
  await page.getByRole('checkbox', { name: 'Do Not Track' }).check();
  await expect(page).toHaveURL(/\?topics=cookies,dnt$/);
  await expect(rowHeaders(page)).toHaveText([/^Cookies/, /^Do Not Track/]);
  expect(requests, 'filtering needs no server round trip').toEqual([]);
  await page.reload();
  await expect(rowHeaders(page)).toHaveText([/^Cookies/, /^Do Not Track/]);
  await moreFilters(page);
  await expect(page.getByRole('checkbox', { name: 'Cookies' })).toBeChecked();
  await expect(page.getByText(/^More filters \(2 on\)/)).toBeVisible();
});

test('filtering by topic group and by insurer', async ({ page, request }) => {
  const total = ((await (await request.get('/api/matrix')).json()) as { insurers: unknown[] }).insurers.length;
  await page.goto('/');
  await moreFilters(page);
  await page.getByRole('checkbox', { name: 'Communications' }).check();
  await page.getByRole('checkbox', { name: 'HealthPartners' }).check();
  await page.getByRole('checkbox', { name: 'Harvard Pilgrim Health Care' }).check();
  await expect(page).toHaveURL(/\?groups=communications&insurers=healthpartners,harvard-pilgrim$/);
  await expect(rowHeaders(page)).toHaveText([/^Email use/, /^Text messages/, /^Email security warning/]);
  await expect(page.getByRole('table').getByRole('columnheader')).toHaveText(['Question', /Harvard Pilgrim/, /HealthPartners/]);
  await expect(page.getByRole('status').first()).toHaveText(new RegExp(`^3 of 17 questions × 2 of ${total} insurers`));
  await page.reload();
  await expect(page.getByRole('table').getByRole('columnheader')).toHaveCount(3);
});

test('"only rows where insurers differ" hides topics on which the chosen insurers agree', async ({ page, request }) => {
  const matrix = (await (await request.get('/api/matrix')).json()) as { cells: { insurer: string; topic: string; stance: string }[] };
  const chosen = ['carepartners-connecticut', 'harvard-pilgrim'];
  const stance = (i: string, t: string) => matrix.cells.find((c) => c.insurer === i && c.topic === t)!.stance;
  const topics = [...new Set(matrix.cells.map((c) => c.topic))];
  const differing = topics.filter((t) => stance(chosen[0]!, t) !== stance(chosen[1]!, t));
  expect(differing.length).toBeGreaterThan(0);
  expect(differing.length).toBeLessThan(topics.length);

  await page.goto(`/?insurers=${chosen.join(',')}`);
  await moreFilters(page);
  await page.getByRole('checkbox', { name: 'Only rows where insurers differ' }).check();
  await expect(page).toHaveURL(/diff=1/);
  await expect(page.locator('table tr[data-topic]')).toHaveCount(differing.length);
  const shown = await page.locator('table tr[data-topic]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-topic')));
  expect(shown).toEqual(differing);
  await page.reload();
  await expect(page.locator('table tr[data-topic]')).toHaveCount(differing.length);
});

test('unknown and malformed query values are ignored, never an error', async ({ page }) => {
  for (const q of ['?topics=cookies,nope,,%E0%A4%A&insurers=zzz&diff=maybe', '?topics[]=x&groups=%00', '?insurers=' + 'a,'.repeat(500), '?view=%00&asOf=' + 'x'.repeat(200), '?states=ZZ,x,%00&kinds=nope&base=zzz&sort=upside-down']) {
    const response = await page.goto('/' + q);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('table')).toBeVisible();
  }
  await page.goto('/?topics=cookies,nope&insurers=zzz');
  await expect(rowHeaders(page)).toHaveText([/^Cookies/]);
  await expect(page.getByRole('table').getByRole('columnheader')).toHaveCount(1 + GRID_PAGE_SIZE);
});

test('the toolbar, the filters and the grid work by keyboard alone', async ({ page, request }) => {
  const matrix = (await (await request.get('/api/matrix?topics=cookies,ip-address')).json()) as { insurers: { slug: string }[]; cells: { insurer: string; topic: string; citations: { url: string }[] }[] };
  const firstLink = matrix.cells.find((c) => c.topic === 'cookies' && c.citations.length > 0 && matrix.insurers.slice(0, GRID_PAGE_SIZE).some((i) => i.slug === c.insurer))!;
  await page.goto('/');
  await page.getByText(/^More filters/).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('checkbox', { name: 'Cookies' }).focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/topics=cookies/);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/topics=cookies,ip-address/);
  // Tab onward until the first clause link of the grid has focus, then follow it with Enter.
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (name.startsWith('Clause')) break;
  }
  await expect(page.locator(':focus')).toHaveText(/^Clause/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${firstLink.citations[0]!.url.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));
});

test('the CSV download holds exactly the rows of the current view, with the version, review and kind of each cell', async ({ page }) => {
  await page.goto('/?topics=sale,dnt&insurers=healthpartners,harvard-pilgrim');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download as CSV' }).click();
  const download = await downloadPromise;
  const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  const lines = text.trim().split('\r\n');
  expect(lines[0]).toBe('group,topic,topic_name,insurer,insurer_name,kind,archived_on,stance,stance_label,review,differs_from_base,summary,quotes,clause_urls');
  expect(lines).toHaveLength(5);
  expect(lines.slice(1).map((l) => l.split(',').slice(1, 2)[0] + '/' + l.split(',')[3])).toEqual(['dnt/harvard-pilgrim', 'dnt/healthpartners', 'sale/harvard-pilgrim', 'sale/healthpartners']);
  expect(text).toContain('not-honored');
  expect(lines.slice(1).every((l) => l.includes(',reviewed,'))).toBe(true);
  expect(text).toMatch(/\/insurers\/healthpartners\/versions\/2017-02-19#/);
});

test('an address with a grid query is served with its grid hidden until that view is applied', async ({ page, request }) => {
  const served: [string, boolean][] = [
    ['/', false],
    ['/?view=compact', false],
    ['/?utm_source=newsletter', false],
    ['/?states=MA', true],
    ['/?view=compact&sort=exposure', true],
  ];
  for (const [path, pending] of served) expect((await (await request.get(path)).text()).includes('data-pending'), path).toBe(pending);
  await page.goto('/?states=MA');
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'State' })).toHaveValue('MA');
});

test('the grid the server sent is kept as it is until the view changes, then rendered for that view', async ({ page }) => {
  // Mark the served table's DOM node (a property, not an attribute) once the document is parsed.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const table = document.querySelector('table');
      if (table) Object.assign(table, { servedNode: true });
    });
  });
  for (const path of ['/', '/?view=compact']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const table = page.locator('table').first();
    await expect(table).toBeVisible();
    expect(await table.evaluate((t) => 'servedNode' in t), `${path}: the served table is still the one shown`).toBe(true);
    await page.getByRole('combobox', { name: 'Order' }).selectOption('exposure');
    await expect(page).toHaveURL(/sort=exposure/);
    await expect(page.locator('table')).toHaveCount(1);
    await expect(page.locator('table')).toBeVisible();
    expect(await page.locator('table').evaluate((t) => 'servedNode' in t), `${path}: the new view is a new table`).toBe(false);
  }
});
