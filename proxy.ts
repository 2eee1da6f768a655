import { statSync } from 'node:fs';
import path from 'node:path';
import { NextResponse, type NextRequest } from 'next/server';
import { getRouteIndex } from './lib/queries/route-index';
import { resolvePair } from './lib/history/pair';
import { isKnownInsurerPath, type RouteIndex } from './lib/route-index';
import { changesRoute, parseChangesFilter, singleChoiceFilter } from './lib/history/changes';
import { canonicalSearch, searchOfKey } from './lib/search/canonical';
import { searchesPending } from './lib/search/pool';
import { slugList } from './lib/grid-state';
import { comparePairPath, compareUrl } from './lib/urls';
import { staticRange } from './lib/static-range';

/**
 * Requests Next itself would answer with a 500, answered with the right 4xx before routing:
 * - a path with malformed percent-encoding (`/insurers/%`), or one naming a route pattern
 *   (`/insurers/%5Binsurer%5D`: "Attempted to handle request too many times"), or holding a NUL or
 *   other control character: 404;
 * - Next's internal error pages (`/_global-error`): 404;
 * - any method but GET and HEAD on content, API and feed routes (TRACE otherwise throws; POST
 *   otherwise renders some pages with 200): 405 with Allow, like the static grid page does;
 * - static assets: a method other than GET/HEAD is 405, and the Range header is read per RFC 9110
 *   (staticRange below; Next throws on malformed and suffix ranges);
 * - an /insurers/ address naming an insurer, topic or version that does not exist: the server-rendered
 *   not-found page (the page's own notFound() would send a blank error shell; lib/route-index.ts).
 * It also routes two query-driven addresses to pages the corpus defines once: a comparison's pair, and a
 * filtered view of the changes.
 * The matcher keeps the grid page (/) out: it is prerendered and answers 405 to POST by itself.
 */
const STATIC_DIR = path.join(process.cwd(), process.env.NEXT_DIST_DIR ?? '.next', 'static');
const READ_METHODS = new Set(['GET', 'HEAD']);

function plain(status: number, body: string, headers: Record<string, string> = {}): NextResponse {
  return new NextResponse(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...headers } });
}

function staticAssetSize(pathname: string): number | null {
  let rel: string;
  try {
    rel = decodeURIComponent(pathname.slice('/_next/static/'.length));
  } catch {
    return null;
  }
  const file = path.join(STATIC_DIR, rel);
  if (!file.startsWith(STATIC_DIR + path.sep)) return null;
  try {
    return statSync(file).size;
  } catch {
    return null;
  }
}

function withRange(request: NextRequest, range: string | null): NextResponse {
  const headers = new Headers(request.headers);
  if (range) headers.set('range', range);
  else headers.delete('range');
  return NextResponse.next({ request: { headers } });
}

const CHANGES_FILTERS = ['topics', 'insurers', 'direction'];

/**
 * A comparison's address, /insurers/<insurer>/compare?from=&to=, is rendered at its canonical pair's
 * prerendered page (dates in order, a lone date with its neighbour); the history page's old
 * ?from=&to= comparison links redirect there.
 */
function comparisonTarget(pathname: string, query: URLSearchParams, index: RouteIndex): { path: string; redirect: boolean } | null {
  const m = /^\/insurers\/([^/]+)\/(compare|history)$/.exec(pathname);
  if (!m) return null;
  const insurer = decodeURIComponent(m[1]!);
  if (m[2] === 'history' && !query.has('from') && !query.has('to')) return null;
  const pair = resolvePair([...(index.insurers.get(insurer) ?? [])].sort(), query.get('from'), query.get('to'));
  if (!pair) return null;
  return m[2] === 'history' ? { path: compareUrl(insurer, pair), redirect: true } : { path: comparePairPath(insurer, pair.from, pair.to), redirect: false };
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
  if (range !== null && pathname.startsWith('/_next/static/')) {
    const size = staticAssetSize(pathname);
    if (size === null) return NextResponse.next();
    const read = staticRange(range, size);
    if ('status' in read) return plain(416, 'Range not satisfiable', { 'content-range': `bytes */${size}` });
    return withRange(request, read.range);
  }
  if (pathname.startsWith('/insurers/')) {
    const index = await getRouteIndex();
    // Next routes on the raw path, one decoded segment at a time; so does the route check.
    // No route matches an unknown address, so Next answers 404 with the prerendered not-found page.
    if (!isKnownInsurerPath(pathname, index)) return NextResponse.rewrite(new URL('/_unknown', request.url));
    const pair = comparisonTarget(pathname, request.nextUrl.searchParams, index);
    if (pair) return pair.redirect ? NextResponse.redirect(new URL(pair.path, request.url), 308) : NextResponse.rewrite(new URL(pair.path, request.url));
  }
  // A filtered view of the changes: one choice each (the form's) at its canonical page, rendered once and
  // kept; wider filters per request; the unfiltered page is prerendered.
  if (pathname === '/changes' && CHANGES_FILTERS.some((f) => request.nextUrl.searchParams.has(f))) {
    const index = await getRouteIndex();
    const known = { topics: [...index.topics].map((slug) => ({ slug })), insurers: [...index.insurers.keys()].map((slug) => ({ slug })) };
    const route = changesRoute(parseChangesFilter(request.nextUrl.searchParams, known, slugList));
    return NextResponse.rewrite(new URL(route === '/changes/filtered' ? `${route}${request.nextUrl.search}` : route, request.url));
  }
  // The canonical single-choice pages are reached through /changes?…; asked for directly, a segment
  // naming nothing known is the prerendered 404 (so nothing a stranger names is rendered or kept).
  const only = /^\/changes\/only\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(pathname);
  if (only || pathname.startsWith('/changes/only')) {
    const index = await getRouteIndex();
    const known = only && singleChoiceFilter({ topic: decodeURIComponent(only[1]!), insurer: decodeURIComponent(only[2]!), direction: decodeURIComponent(only[3]!) }, { topics: index.topics, insurers: new Set(index.insurers.keys()) });
    if (!known) return NextResponse.rewrite(new URL('/_unknown', request.url));
  }
  if (pathname === '/search' || pathname.startsWith('/search/')) return searchTarget(request, pathname);
  return NextResponse.next();
}

/** Searches waiting or running beyond which a search is rendered per request (it may answer "busy"). */
const KEEP_SEARCHES_BELOW = 50;

/**
 * A search with results goes to its canonical results page, kept once rendered (lib/search/canonical.ts),
 * while the search queue is short; anything else (no query, a malformed one, a long queue) is rendered
 * per request. The results pages themselves answer only to the keys canonicalSearch gives.
 */
async function searchTarget(request: NextRequest, pathname: string): Promise<NextResponse> {
  const index = await getRouteIndex();
  const known = { topics: index.topics, insurers: new Set(index.insurers.keys()) };
  if (pathname === '/search') {
    const key = request.nextUrl.searchParams.has('q') && searchesPending() < KEEP_SEARCHES_BELOW ? canonicalSearch(request.nextUrl.searchParams, known) : null;
    return key ? NextResponse.rewrite(new URL(`/search/results/${key}`, request.url)) : NextResponse.next();
  }
  const m = /^\/search\/results\/([^/]+)$/.exec(pathname);
  return m && searchOfKey(m[1]!, known) ? NextResponse.next() : NextResponse.rewrite(new URL('/_unknown', request.url));
}

export const config = {
  matcher: [
    '/(.*%.*)',
    '/_global-error/:path*',
    '/_next/static/:path*',
    '/api/:path*',
    '/changes.xml',
    '/changes',
    '/changes/:path*',
    '/insurers/:path*',
    '/topics/:path*',
    '/search',
    '/search/:path*',
  ],
};
