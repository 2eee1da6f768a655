import { statSync } from 'node:fs';
import path from 'node:path';
import { NextResponse, type NextRequest } from 'next/server';
import { getRouteIndex } from './lib/queries/route-index';
import { isKnownInsurerPath } from './lib/route-index';

/**
 * Requests Next itself would answer with a 500, answered with the right 4xx before routing:
 * - a path with malformed percent-encoding (`/insurers/%`), or one naming a route pattern
 *   (`/insurers/%5Binsurer%5D`: "Attempted to handle request too many times"), or holding a NUL or
 *   other control character: 404;
 * - Next's internal error pages (`/_global-error`): 404;
 * - any method but GET and HEAD on content, API and feed routes (TRACE otherwise throws; POST
 *   otherwise renders some pages with 200): 405 with Allow, like the static grid page does;
 * - static assets: a method other than GET/HEAD is 405, and a Range that starts past the file's end
 *   is 416 (Next throws on it);
 * - an /insurers/ address naming an insurer, topic or version that does not exist: the server-rendered
 *   not-found page (the page's own notFound() would send a blank error shell; lib/route-index.ts).
 * The matcher keeps the grid page (/) out: it is prerendered and answers 405 to POST by itself.
 */
const STATIC_DIR = path.join(process.cwd(), process.env.NEXT_DIST_DIR ?? '.next', 'static');
const READ_METHODS = new Set(['GET', 'HEAD']);

function plain(status: number, body: string, headers: Record<string, string> = {}): NextResponse {
  return new NextResponse(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...headers } });
}

/** 416 for a Range whose first byte lies past the end of the asset; anything else is Next's to serve. */
function unsatisfiableRange(pathname: string, range: string): NextResponse | null {
  const m = /^bytes=(\d+)-\d*$/.exec(range.trim());
  if (!m) return null;
  const rel = decodeURIComponent(pathname.slice('/_next/static/'.length));
  const file = path.join(STATIC_DIR, rel);
  if (!file.startsWith(STATIC_DIR + path.sep)) return null;
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return null;
  }
  return Number(m[1]) >= size ? plain(416, 'Range not satisfiable', { 'content-range': `bytes */${size}` }) : null;
}

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return plain(404, 'Not found');
  }
  if (/[[\]\u0000-\u001f\u007f]/.test(decoded) || pathname.startsWith('/_global-error')) return plain(404, 'Not found');
  if (!READ_METHODS.has(request.method)) return plain(405, 'Method not allowed', { allow: 'GET, HEAD' });
  const range = request.headers.get('range');
  if (range && pathname.startsWith('/_next/static/')) return unsatisfiableRange(pathname, range) ?? NextResponse.next();
  if (pathname.startsWith('/insurers/') && !isKnownInsurerPath(decoded, await getRouteIndex())) {
    // No route matches this address, so Next answers 404 with the prerendered not-found page.
    return NextResponse.rewrite(new URL('/_unknown', request.url));
  }
  return NextResponse.next();
}

export const config = {
  matcher: [
    '/(.*%.*)',
    '/_global-error/:path*',
    '/_next/static/:path*',
    '/api/:path*',
    '/changes.xml',
    '/changes',
    '/insurers/:path*',
    '/topics/:path*',
    '/search',
  ],
};
