import type { NextConfig } from 'next';
import { GRID_VIEW_KEYS } from './lib/urls';

/**
 * Pages are prerendered, so per-request nonces are impossible; Next's inline bootstrap scripts need
 * 'unsafe-inline' in script-src. Everything else is locked to this origin, and policy text is only
 * ever rendered as text (see components/clause-text.tsx), which is what keeps it from injecting script.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  'upgrade-insecure-requests',
].join('; ');

export const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'Referrer-Policy', value: 'no-referrer' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=(), payment=(), usb=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

const nextConfig: NextConfig = {
  // A second build over a synthetic corpus (scale e2e, benchmarks) goes to its own folder.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  // proxy.ts sees the request's URL as the router does. Normalised, its origin is always localhost,
  // while a server started with a hostname (`next start -H 127.0.0.1`) takes its own origin from that
  // hostname: every rewrite the proxy made looked like another site's and was proxied over HTTP back
  // to this server, at half the throughput and with an occasional ECONNRESET answered as a 500.
  skipProxyUrlNormalize: true,
  // Pages rendered on demand (insurers past the prerendered ones, single-choice views of the changes,
  // search results) are kept in Next's in-memory cache, bounded by cacheMaxMemorySize (LRU), never
  // written to the build folder: what strangers ask for can not grow the disk.
  experimental: { isrFlushToDisk: false },
  cacheMaxMemorySize: 64 * 1024 * 1024,
  reactStrictMode: true,
  // The one Pages API route (pages/api/matrix.ts) runs on the server but without the react-server
  // condition, where `server-only` would throw; in browser bundles it still throws, as it must.
  transpilePackages: ['server-only'],
  turbopack: {
    resolveAlias: { 'server-only': { browser: 'next/dist/compiled/server-only/index.js', default: 'next/dist/compiled/server-only/empty.js' } },
  },
  headers() {
    return Promise.resolve([{ source: '/:path*', headers: securityHeaders }]);
  },
  // The compact grid is prerendered at its own path; its public address stays /?view=compact. An address
  // with a grid query gets the same page marked pending (components/grid/grid-page.tsx); the first rule
  // that matches applies.
  rewrites() {
    const compact = { type: 'query' as const, key: 'view', value: 'compact' };
    return Promise.resolve({
      beforeFiles: [
        ...GRID_VIEW_KEYS.map((key) => ({ source: '/', has: [compact, { type: 'query' as const, key }], destination: '/views/compact-pending' })),
        { source: '/', has: [compact], destination: '/views/compact' },
        ...GRID_VIEW_KEYS.map((key) => ({ source: '/', has: [{ type: 'query' as const, key }], destination: '/views/pending' })),
      ],
      afterFiles: [],
      fallback: [],
    });
  },
};

export default nextConfig;
