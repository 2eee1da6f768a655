import { expect, test } from '@playwright/test';

interface MatrixBody {
  insurers: { slug: string; name: string }[];
  cells: { insurer: string; topic: string; summary: string; citations: { url: string }[] }[];
}

test.describe('the compact grid on a 1440×900 screen', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('shows every insurer and every question at once, one word per answer, with a key, and scrolls only as a page', async ({ page, request }) => {
    const matrix = (await (await request.get('/api/matrix')).json()) as MatrixBody;
    await page.goto('/');
    await page.getByRole('radio', { name: /^Compact/ }).check();
    await expect(page).toHaveURL(/view=compact/);
    const grid = page.getByRole('grid', { name: 'Every insurer’s answers, one word each' });
    await expect(grid.locator('tbody tr')).toHaveCount(matrix.insurers.length);
    await expect(grid.getByRole('columnheader')).toHaveCount(1 + 17);
    await expect(grid.locator('a[data-stance]')).toHaveCount(17 * matrix.insurers.length);
    await expect(page.getByRole('note', { name: 'How to read the answers' })).toContainText('“Not addr.” is “Not addressed”');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // No word is cut: every badge is at least as wide as its longest word.
    const cut = await grid.locator('a[data-stance]').evaluateAll((badges) => badges.filter((b) => b.scrollWidth > b.clientWidth + 1).length);
    expect(cut).toBe(0);
    await page.reload();
    await expect(page.getByRole('radio', { name: /^Compact/ })).toBeChecked();
  });

  test('short words match the answers they stand for, and say the answer, its tone and the headers in words', async ({ page }) => {
    await page.goto('/?view=compact');
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^HealthPartners/ }) });
    const dnt = row.getByRole('link', { name: 'Not honored (more exposure)' });
    // Shown: the tone's sign (a cross for more exposure, a circled minus for not addressed), then the word.
    await expect(dnt).toHaveText('\u2715\u00a0Not honored');
    const silent = row.getByRole('link', { name: 'Not addr.: Not addressed (not addressed)' }).first();
    await expect(silent).toHaveText('\u2296\u00a0Not addr.');
  });

  test('is one tab stop within 15 Tab presses, moves by arrow keys, and a chosen cell opens in a dialog that returns focus', async ({ page, request }) => {
    const body = (await (await request.get('/api/matrix?insurers=aetna&topics=ip-address')).json()) as MatrixBody;
    await page.goto('/?view=compact');
    let presses = 0;
    for (; presses < 15; presses += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => !!document.activeElement?.closest('[role="grid"]'))) break;
    }
    expect(presses + 1).toBeLessThanOrEqual(15);
    // The first answer of the first insurer (Aetna, cookies); right is its IP address answer.
    await expect(page.locator(':focus')).toHaveAttribute('href', /^\/insurers\/aetna\/versions\/[^/]+\/cookies$/);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect(page.locator(':focus')).toHaveAttribute('href', /^\/insurers\/aetna\/versions\/[^/]+\/ip-address$/);
    const focused = await page.locator(':focus').getAttribute('href');
    // Only the focused cell is in the tab order.
    await expect(page.locator('[role="grid"] [tabindex="0"]')).toHaveCount(1);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(body.cells[0]!.summary);
    await expect(dialog.getByRole('link', { name: /^Quotes and citation/ })).toBeVisible();
    // In view wherever the grid was scrolled.
    const box = (await dialog.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.locator(':focus')).toHaveAttribute('href', focused!);
  });

  test('a click opens the same dialog; without JavaScript a cell is a link to its reading', async ({ page, browser }) => {
    await page.goto('/?view=compact');
    const last = page.locator('[role="grid"] tbody tr').last().locator('a[data-stance]').first();
    await last.scrollIntoViewIfNeeded();
    await last.click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expect(page.getByRole('dialog')).not.toContainText('Loading');
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(page.url());
    const href = await plain.locator('[role="grid"] a[data-stance]').first().getAttribute('href');
    expect(href).toMatch(/^\/insurers\/[^/]+\/versions\/\d{4}-\d{2}-\d{2}\/[a-z-]+$/);
    await context.close();
  });
});

test.describe('the compact grid on a 390×844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('scrolls sideways inside the grid with the insurer column in place, never the page, and no badge is narrower than its word @phone', async ({ page }) => {
    await page.goto('/?view=compact');
    const grid = page.getByRole('grid');
    await expect(grid).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const badge = grid.locator('a[data-stance]').first();
    const { width, word } = await badge.evaluate((b) => ({ width: b.getBoundingClientRect().width, word: b.scrollWidth }));
    expect(width).toBeGreaterThanOrEqual(word - 1);
    expect(width).toBeGreaterThanOrEqual(40);
    const fontSize = await badge.evaluate((b) => parseFloat(getComputedStyle(b).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(10);
    const name = page.locator('[role="grid"] tbody tr').first().getByRole('rowheader');
    const before = (await name.boundingBox())!.x;
    await page.locator('.compact-box').evaluate((el) => el.scrollBy(600, 0));
    expect(Math.abs((await name.boundingBox())!.x - before)).toBeLessThan(2);
  });
});
