import { NextResponse, type NextRequest } from 'next/server';

/**
 * A path with malformed percent-encoding (e.g. `/insurers/%`) cannot name anything here, yet Next's
 * router throws a 500 while decoding it. Answer 404 before routing. The matcher limits this to paths
 * containing `%`, so prerendered pages are served without running it.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    return new NextResponse('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
}

export const config = {
  matcher: ['/(.*%.*)'],
};
