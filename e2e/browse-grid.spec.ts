import { expect, test, type Page } from '@playwright/test';
import { COMPILE_HINT } from '../lib/build/compile-hints';
import { GRID_PAGE_SIZE } from '../lib/grid-state';

interface MatrixBody {
  insurers: { slug: string; name: string; archivedOn: string | null; sourceUrl: string | null; tally: Record<string, number> }[];
  cells: { insurer: string; topic: string; stance: string; citations: { url: string }[] }[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How much of the page lies past the window's edges, and whether anything scrolls inside it. */
function layout(page: Page) {
  return page.evaluate(() => {
    const doc = document.documentElement;
    const footer = document.querySelector('footer')!.getBoundingClientRect();
    const scrollBoxes = [...document.querySelectorAll('main *')].filter((el) => {
      const s = getComputedStyle(el);
      return (s.overflowY === 'auto' || s.overflowY === 'scroll') && el.scrollHeight > el.clientHeight + 1;
    }).length;
    return { overflowX: doc.scrollWidth - doc.clientWidth, blankBelowFooter: doc.scrollHeight - (footer.bottom + window.scrollY) - 40, scrollBoxes };
  });
}

test.describe('the grid on a 1440×900 screen', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('shows at least 5 insurers × 6 topics of answers before any scrolling, under a compact toolbar', async ({ page, request }) => {
    const { insurers } = (await (await request.get('/api/matrix')).json()) as MatrixBody;
    await page.goto('/');
    const table = page.getByRole('table');
    await expect(table.getByRole('columnheader')).toHaveText(['Question', ...insurers.slice(0, GRID_PAGE_SIZE).map((i) => new RegExp(escape(i.name)))]);
    await expect(page.getByRole('form', { name: 'Choose what to compare' })).toBeVisible();
    const visible = await page.evaluate(() => {
      const rows = [...document.querySelectorAll('tr[data-topic]')];
      return rows.filter((r) => {
        const badges = [...r.querySelectorAll('td .stance-badge')];
        return badges.length >= 5 && badges.every((b) => b.getBoundingClientRect().bottom <= window.innerHeight);
      }).length;
    });
    expect(visible).toBeGreaterThanOrEqual(6);
    // The filters are folded away; the key is one short line.
    await expect(page.getByRole('checkbox', { name: 'Cookies' })).toBeHidden();
    await expect(page.getByRole('note', { name: 'How to read the answers' })).toContainText('protective');
  });

  test('scrolls as one page: no box scrolls inside it, nothing sticks out sideways, nothing blank below the footer, the header row stays in view', async ({ page }) => {
    await page.goto('/');
    const measured = await layout(page);
    expect(measured.overflowX).toBe(0);
    expect(measured.scrollBoxes).toBe(0);
    expect(measured.blankBelowFooter).toBeLessThanOrEqual(0);
    await page.mouse.wheel(0, 1200);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    const header = await page.getByRole('columnheader', { name: 'Question' }).boundingBox();
    expect(Math.abs(header!.y)).toBeLessThan(3);
  });

  test('says how old each column’s policy is, warns in words when it is over five years old, and links to where it was captured', async ({ page, request }) => {
    const { insurers } = (await (await request.get('/api/matrix')).json()) as MatrixBody;
    const old = insurers.slice(0, GRID_PAGE_SIZE).find((i) => i.archivedOn && i.archivedOn < '2020')!;
    await page.goto('/');
    await expect(page.getByRole('table').locator('caption')).toContainText('newest archived version');
    const head = page.getByRole('columnheader', { name: new RegExp(escape(old.name)) });
    const warning = head.getByRole('link', { name: new RegExp(`${old.archivedOn!.slice(0, 4)} policy: it may no longer apply`) });
    await expect(warning).toBeVisible();
    await expect(warning).toHaveAttribute('href', old.sourceUrl!);
    // Each column also counts its answers by tone.
    await expect(head).toContainText(`${old.tally.good} protective`);
  });

  test('each cell is a badge in words, a summary and links to the clause and to the reading that names its version', async ({ page, request }) => {
    const body = (await (await request.get('/api/matrix?insurers=healthpartners&topics=dnt')).json()) as MatrixBody;
    await page.goto('/?insurers=healthpartners,harvard-pilgrim');
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Do Not Track/ }) });
    await expect(row.getByText('Not honored')).toBeVisible();
    await expect(row.getByRole('link', { name: 'Clause of HealthPartners’s policy on Do Not Track' })).toHaveAttribute('href', body.cells[0]!.citations[0]!.url);
    await expect(row.getByRole('link', { name: 'Quotes and citation: HealthPartners on Do Not Track' })).toHaveAttribute('href', /\/insurers\/healthpartners\/versions\/\d{4}-\d{2}-\d{2}\/dnt$/);
  });
});

test.describe('the grid on a 390×844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('shows its first answer before any scrolling, choosing your insurer first, and never scrolls sideways @phone', async ({ page }) => {
    await page.goto('/');
    const first = page.locator('tr[data-topic] td .stance-badge').first();
    const box = (await first.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    const base = page.getByLabel('Your insurer');
    await expect(base).toBeVisible();
    await base.selectOption('healthpartners');
    await expect(page).toHaveURL(/base=healthpartners/);
    const firstCard = page.locator('tr[data-topic]').first();
    await expect(firstCard.locator('td').first()).toContainText('HealthPartners');
    const badge = firstCard.locator('td .stance-badge').first();
    await expect.poll(async () => { const b = (await badge.boundingBox())!; return b.y + b.height; }).toBeLessThanOrEqual(844);
    expect((await layout(page)).overflowX).toBeLessThanOrEqual(0);
  });

  test('each topic row is a card whose cells name their insurer and its policy’s year @phone', async ({ page }) => {
    await page.goto('/?topics=cookies&insurers=ma-health-connector,healthpartners,harvard-pilgrim');
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Cookies/ }) });
    for (const name of ['Massachusetts Health Connector', 'HealthPartners', 'Harvard Pilgrim Health Care']) await expect(row.getByText(new RegExp(`^${name} · \\d{4} policy`))).toBeVisible();
    await expect(row.getByText('Third-party cookies')).toBeVisible();
    expect((await layout(page)).overflowX).toBeLessThanOrEqual(0);
  });
});

test('a topic page opens with a tally per answer and groups insurers by answer, the rarer and more exposing first @phone', async ({ page, request }) => {
  const { insurers, cells } = (await (await request.get('/api/matrix?topics=sale')).json()) as MatrixBody;
  await page.goto('/topics/sale');
  await expect(page.getByRole('heading', { level: 1, name: 'Sale of data' })).toBeVisible();
  const tally = page.getByTestId('stance-tally');
  const count = (stance: string) => cells.filter((c) => c.stance === stance).length;
  await expect(tally).toContainText(`${count('does-not-sell')} does not sell`);
  await expect(tally).toContainText(`${count('not-addressed')} not addressed`);
  const groups = page.getByRole('heading', { level: 2 });
  // "May sell" (more exposure) comes before "Does not sell", and "Not addressed" comes last.
  const order = await groups.allTextContents();
  const at = (label: string) => order.findIndex((t) => t.includes(label));
  if (count('may-sell') > 0) expect(at('May sell')).toBeLessThan(at('Does not sell'));
  expect(at('Not addressed')).toBe(order.length - 1);
  await expect(page.getByRole('heading', { level: 3 })).toHaveCount(insurers.length);
});

test('every script the grid page runs at load carries V8’s compile hint, so it compiles while it downloads', async ({ page }) => {
  const scripts: Promise<[string, string]>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.push(r.text().then((body) => [new URL(r.url()).pathname, body]));
  });
  await page.goto('/?view=compact');
  await expect(page.getByRole('grid')).toBeVisible();
  const bodies = await Promise.all(scripts);
  expect(bodies.length).toBeGreaterThan(2);
  for (const [path, body] of bodies) expect(body.startsWith(COMPILE_HINT), path).toBe(true);
});
