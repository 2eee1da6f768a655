import { expect, test } from '@playwright/test';

test('every reading has a permalink naming its version, with a plain-text citation readable without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto('/insurers/healthpartners/versions/2009-10-22/dnt');
  expect(response!.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('HealthPartners: Do Not Track');
  await expect(page.getByTestId('reading-version')).toContainText('Read from an older version of HealthPartners’s');
  // The older reading links to the newest one, which says something else.
  await expect(page.getByRole('link', { name: /^The newest reading \(archived February 19, 2017\) says: Not honored/ })).toHaveAttribute('href', '/insurers/healthpartners/versions/2017-02-19/dnt');
  const cite = page.getByRole('region', { name: 'Cite this' });
  const text = await cite.getByTestId('citation-text').innerText();
  expect(text).toContain('HealthPartners, “Are browser Do Not Track signals honored?” Not addressed (reviewed reading).');
  expect(text).toContain('archived October 22, 2009');
  expect(text).toMatch(/Insurer Privacy Compare: \S*\/insurers\/healthpartners\/versions\/2009-10-22\/dnt$/);
  await context.close();
});

test('“Cite this” copies the citation in one action: insurer, question, stance, version, quotes with their pinned links, and the archive snapshot', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/insurers/healthpartners/versions/2017-02-19/dnt');
  const cite = page.getByRole('region', { name: 'Cite this' });
  await cite.getByRole('button', { name: 'Copy the citation' }).click();
  await expect(cite.getByRole('status')).toHaveText('Citation copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const lines = copied.split('\n');
  expect(lines[0]).toBe('HealthPartners, “Are browser Do Not Track signals honored?” Not honored (reviewed reading).');
  expect(lines[1]).toMatch(/^Policy: HealthPartners, .+, archived February 19, 2017/);
  const quotes = lines.filter((l) => l.startsWith('Quote: '));
  expect(quotes.length).toBeGreaterThan(0);
  for (const q of quotes) expect(q).toContain(`${baseURL}/insurers/healthpartners/versions/2017-02-19#`);
  expect(copied).toMatch(/Archived snapshot: https?:\/\/\S+/);
  expect(lines.at(-1)).toBe(`Insurer Privacy Compare: ${baseURL}/insurers/healthpartners/versions/2017-02-19/dnt`);
  // What the citation quotes is what the page shows.
  for (const q of quotes) {
    const words = /“(.+)”/.exec(q)![1]!;
    await expect(page.getByRole('blockquote').filter({ hasText: words.slice(0, 40) })).toHaveCount(1);
  }
});

test('a quote that is one item of a list shows the words that introduce it, wherever it is quoted', async ({ page, request }) => {
  const leadIn = /requires your authorization to/;
  // The reading of the sale question, its newest page and its pinned page.
  for (const path of ['/insurers/ma-health-connector/sale', '/insurers/ma-health-connector/versions/2019-01-19/sale']) {
    await page.goto(path);
    const quote = page.getByRole('blockquote').filter({ hasText: 'Sell your PII.' });
    await expect(quote).toContainText(leadIn);
    await expect(page.getByTestId('citation-text')).toContainText('requires your authorization to … “Sell your PII.”');
  }
  // The topic page across insurers.
  await page.goto('/topics/sale');
  await expect(page.getByRole('blockquote').filter({ hasText: 'Sell your PII.' }).first()).toContainText(leadIn);
  // Search results.
  await page.goto('/search?q=sell+your+pii');
  const hit = page.getByRole('listitem').filter({ hasText: 'Sell your PII.' }).first();
  await expect(hit).toContainText(leadIn);
  // The API and the CSV carry it too.
  const body = (await (await request.get('/api/matrix?insurers=ma-health-connector&topics=sale')).json()) as { cells: { citations: { quote: string; leadIn: string | null }[] }[] };
  const sale = body.cells[0]!.citations.find((c) => c.quote === 'Sell your PII.')!;
  expect(sale.leadIn).toMatch(leadIn);
  const csv = await (await request.get('/api/matrix/csv?insurers=ma-health-connector&topics=sale')).text();
  expect(csv).toMatch(/requires your authorization to … Sell your PII\./);
});
