import pLimit from 'p-limit';
import { chromium, type Browser } from 'playwright-core';
import { MIN_TEXT_CHARS } from './compare';
import type { PoliteFetcher } from './fetch';

/** A page Chromium could not load as an HTML page (an HTTP error, a time-out, a redirect loop, …). */
export class RenderError extends Error {
  override name = 'RenderError';
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`${url}: ${reason}`);
  }
}

export const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const HTML_TYPES = ['text/html', 'application/xhtml+xml'];
/** Pages open at once: each is a renderer process's worth of CPU, and the machine may have two cores. */
const PAGES_AT_ONCE = 2;

/**
 * `render: browser` sources: the page after its JavaScript ran, in headless Chromium. One browser per
 * run, started on the first such source; each page gets its own context with the tracker's
 * User-Agent, goes through the fetcher's robots.txt check and host/global limits, and waits until the
 * policy element holds enough text (bounded by the time-out) before its DOM is read.
 */
export class BrowserRenderer {
  private browser?: Promise<Browser>;
  private readonly pages = pLimit(PAGES_AT_ONCE);

  constructor(
    private readonly fetcher: PoliteFetcher,
    private readonly executablePath = CHROMIUM_PATH,
  ) {}

  async render(address: string, select: readonly string[] | undefined): Promise<{ url: string; html: string }> {
    const { userAgent, timeoutMs, maxBytes } = this.fetcher.options;
    const target = new URL(address);
    await this.fetcher.assertAllowed(target);
    const browser = await this.launch();
    return this.pages(() =>
      this.fetcher.limited(target, async () => {
        this.fetcher.requests += 1;
        const context = await browser.newContext({ userAgent, javaScriptEnabled: true, serviceWorkers: 'block' });
        try {
          const page = await context.newPage();
          const response = await page.goto(target.href, { waitUntil: 'domcontentloaded', timeout: timeoutMs }).catch((err: Error) => {
            throw new RenderError(target.href, /Timeout/i.test(err.message) ? `timed out after ${timeoutMs} ms (in Chromium)` : `Chromium could not load it (${firstLine(err.message)})`);
          });
          if (!response) throw new RenderError(target.href, 'Chromium got no response');
          if (response.status() < 200 || response.status() > 299) throw new RenderError(page.url(), `HTTP ${response.status()}${response.statusText() ? ` ${response.statusText()}` : ''} (in Chromium)`);
          const contentType = (await response.headerValue('content-type')) ?? '';
          if (!HTML_TYPES.includes(contentType.split(';')[0]!.trim().toLowerCase())) throw new RenderError(page.url(), `not an HTML page (Content-Type: ${contentType || 'none'})`);
          // Scripts fill the policy in after load; when the text never comes, the page is read as it is and
          // the next stages say what is missing (no element matches, the text is too short).
          await page
            .waitForFunction(
              ({ selectors, min }) => {
                const el = selectors.length ? selectors.map((s) => document.querySelector(s)).find((e) => e) : document.body;
                return !!el && (el as HTMLElement).innerText.trim().length >= min;
              },
              { selectors: [...(select ?? [])], min: MIN_TEXT_CHARS },
              { timeout: timeoutMs, polling: 100 },
            )
            .catch(() => undefined);
          const html = await page.content();
          if (Buffer.byteLength(html) > maxBytes) throw new RenderError(page.url(), `the page is larger than the limit of ${maxBytes} bytes (as rendered)`);
          return { url: page.url(), html };
        } finally {
          await context.close().catch(() => undefined);
        }
      }),
    );
  }

  private launch(): Promise<Browser> {
    this.browser ??= chromium.launch({ executablePath: this.executablePath, headless: true, args: CHROMIUM_ARGS }).catch((err: Error) => {
      this.browser = undefined;
      throw new RenderError(this.executablePath, `Chromium could not be started (${firstLine(err.message)})`);
    });
    return this.browser;
  }

  async close(): Promise<void> {
    const browser = await this.browser?.catch(() => undefined);
    this.browser = undefined;
    await browser?.close();
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
