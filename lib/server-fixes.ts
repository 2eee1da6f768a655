import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { securityHeaders } from '../next.config';

/**
 * Fixes to how `next start` answers requests, installed once at server start by instrumentation.ts,
 * each found by a hostile review (issues 10 and 18):
 * - Every response carries the security headers, including the ones Next makes without its headers()
 *   config: the trailing-slash 308, errors, static files.
 * - Next builds a WHATWG Request for every route handler and proxied page, and the Fetch standard
 *   forbids the TRACE and TRACK methods, so Next answers them with a 500. TRACE gets a 405 here, before
 *   Next sees it. TRACK never reaches a request handler: Node's HTTP parser rejects the unknown method,
 *   and the client-error answer below is a 405 with Allow and the security headers.
 * - A request target in asterisk form (`OPTIONS * HTTP/1.1`) names no resource Next could route: 400.
 *   One in absolute form (`GET http://evil.example/topics`) is served as its path: the target's host is
 *   ignored, so Next's redirects never point off-site.
 * - Next copies a route handler's headers as arrays (setHeader(name, [value])); the compression Next
 *   applies to every response then reads a one-element array as Content-Type, takes it for
 *   incompressible and sends API JSON and CSV uncompressed. A one-element Content-Type is stored as
 *   its plain value instead, so Next's own compression applies.
 */
const FORBIDDEN_METHODS = new Set(['TRACE', 'TRACK']);
const SECURITY_HEADERS: Record<string, string> = Object.fromEntries(securityHeaders.map((h) => [h.key.toLowerCase(), h.value]));

function refuse(res: ServerResponse, status: 400 | 405, body: string): true {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8', ...(status === 405 ? { allow: 'GET, HEAD' } : {}), connection: 'close' });
  res.end(body);
  return true;
}

/** Node's own answers to requests its parser could not read, by error code; security headers are added to each. */
const CLIENT_ERRORS: Record<string, [status: string, body: string]> = {
  HPE_INVALID_METHOD: ['405 Method Not Allowed', 'Method not allowed'],
  HPE_HEADER_OVERFLOW: ['431 Request Header Fields Too Large', 'Request header fields too large'],
  HPE_CHUNK_EXTENSIONS_OVERFLOW: ['413 Payload Too Large', 'Payload too large'],
  ERR_HTTP_REQUEST_TIMEOUT: ['408 Request Timeout', 'Request timeout'],
};

function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
  const [status, body] = CLIENT_ERRORS[error.code ?? ''] ?? ['400 Bad Request', 'Bad request'];
  const headers = {
    ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8', 'content-length': String(body.length), connection: 'close',
    ...(status.startsWith('405') ? { allow: 'GET, HEAD' } : {}),
  };
  socket.end(`HTTP/1.1 ${status}\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${body}`);
}

export function installServerFixes(): void {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the server as `this`
  const emit = http.Server.prototype.emit as (this: unknown, event: string | symbol, ...args: unknown[]) => boolean;
  http.Server.prototype.emit = function withFixes(this: unknown, event: string | symbol, ...args: unknown[]) {
    if (event === 'clientError') {
      answerClientError(args[0] as NodeJS.ErrnoException, args[1] as Duplex);
      return true;
    }
    if (event === 'request') {
      const [req, res] = args as [IncomingMessage, ServerResponse];
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
      if (FORBIDDEN_METHODS.has((req.method ?? '').toUpperCase())) return refuse(res, 405, 'Method not allowed');
      const target = req.url ?? '';
      if (!target.startsWith('/')) {
        const absolute = /^https?:\/\/[^/?#]*(.*)$/i.exec(target);
        if (!absolute) return refuse(res, 400, 'Bad request: the request target must be a path');
        req.url = absolute[1]!.startsWith('/') ? absolute[1]! : `/${absolute[1]!}`;
      }
      const setHeader = res.setHeader.bind(res);
      res.setHeader = (name: string, value: number | string | readonly string[]) =>
        setHeader(name, Array.isArray(value) && value.length === 1 && name.toLowerCase() === 'content-type' ? (value[0] as string) : value);
    }
    return emit.call(this, event, ...args);
  } as typeof http.Server.prototype.emit;
}
