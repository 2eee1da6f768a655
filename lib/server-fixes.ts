import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { securityHeaders } from '../next.config';

/**
 * Two fixes to how `next start` answers requests, installed once at server start by
 * instrumentation.ts, each found by the hostile review (issue 10):
 * - Next builds a WHATWG Request for every route handler and proxied page, and the Fetch standard
 *   forbids the TRACE and TRACK methods, so Next answers them with a 500. They get a 405 here,
 *   before Next sees them.
 * - Next copies a route handler's headers as arrays (setHeader(name, [value])); the compression Next
 *   applies to every response then reads a one-element array as Content-Type, takes it for
 *   incompressible and sends API JSON and CSV uncompressed. A one-element Content-Type is stored as
 *   its plain value instead, so Next's own compression applies.
 */
const FORBIDDEN_METHODS = new Set(['TRACE', 'TRACK']);

export function installServerFixes(): void {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the server as `this`
  const emit = http.Server.prototype.emit as (this: unknown, event: string | symbol, ...args: unknown[]) => boolean;
  http.Server.prototype.emit = function withFixes(this: unknown, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const [req, res] = args as [IncomingMessage, ServerResponse];
      if (FORBIDDEN_METHODS.has((req.method ?? '').toUpperCase())) {
        res.writeHead(405, {
          allow: 'GET, HEAD',
          'content-type': 'text/plain; charset=utf-8',
          ...Object.fromEntries(securityHeaders.map((h) => [h.key.toLowerCase(), h.value])),
        });
        res.end('Method not allowed');
        return true;
      }
      const setHeader = res.setHeader.bind(res);
      res.setHeader = (name: string, value: number | string | readonly string[]) =>
        setHeader(name, Array.isArray(value) && value.length === 1 && name.toLowerCase() === 'content-type' ? (value[0] as string) : value);
    }
    return emit.call(this, event, ...args);
  } as typeof http.Server.prototype.emit;
}
