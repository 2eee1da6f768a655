import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ParsedPolicy } from '../ingest/parse';

/**
 * A local web site for the tracker's tests and benchmark (node:http on loopback; nothing leaves the
 * machine): routes by path, every request recorded.
 */
export type Route = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export interface SiteRequest {
  host: string;
  path: string;
  headers: http.IncomingHttpHeaders;
}

export interface Site {
  /** http://<host>:<port> */
  origin: string;
  routes: Map<string, Route>;
  requests: SiteRequest[];
  close(): Promise<void>;
}

export async function startSite(host = '127.0.0.1', routes = new Map<string, Route>(), port = 0): Promise<Site> {
  const requests: SiteRequest[] = [];
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({ host: req.headers.host ?? '', path, headers: req.headers });
    const route = routes.get(path) ?? (path === '/robots.txt' ? robotsNotFound : undefined);
    if (route) route(req, res);
    else res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${bound}`,
    routes,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const robotsNotFound: Route = (_req, res) => res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');

export function html(body: string, headers: Record<string, string> = {}, status = 200): Route {
  return (_req, res) => res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(body);
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A policy as a web page would carry it: its title, each section's heading and its clauses as
 * paragraphs and lists. `edit` rewrites a clause's text (a changed sentence); `layout` picks one of two
 * markups of the same words.
 */
export function policyHtml(policy: ParsedPolicy, options: { edit?: (text: string) => string; layout?: 'plain' | 'site' } = {}): string {
  const parts: string[] = [];
  for (const section of policy.sections) {
    const synthetic = section.clauses[0]?.start === section.start;
    if (!synthetic) parts.push(section.key === 'overview' ? `<h1>${escape(section.heading)}</h1>` : `<h2 class="section-title">${escape(section.heading)}</h2>`);
    let list = false;
    for (const c of section.clauses) {
      const text = escape(options.edit ? options.edit(c.text) : c.text);
      if (c.kind === 'list-item' && !list) parts.push('<ul>');
      if (c.kind !== 'list-item' && list) parts.push('</ul>');
      list = c.kind === 'list-item';
      parts.push(list ? `<li>${text}</li>` : `<p>${text}</p>`);
    }
    if (list) parts.push('</ul>');
  }
  if (options.layout !== 'site') return `<!doctype html><html><head><title>${escape(policy.title)}</title></head><body><main id="policy">${parts.join('\n')}</main></body></html>`;
  // The same words in other markup: wrappers, classes, navigation, a cookie banner, scripts and styles.
  return [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Privacy | Example</title><style>.x{color:red}</style>',
    '<script>window.analytics = [];</script></head><body class="page">',
    '<header><nav><a href="/">Home</a> <a href="/plans">Plans</a> <a href="/contact">Contact us</a></nav></header>',
    '<div class="layout"><div class="col"><main id="policy"><div class="cookie-banner">We use cookies. <button>Accept</button></div>',
    `<article class="rich-text">\n  ${parts.join('\n      ')}\n</article></main></div></div>`,
    '<footer><p>© 2026 Example Health. All rights reserved.</p></footer></body></html>',
  ].join('\n');
}
