import { describe, expect, it } from 'vitest';
import { staticRange } from './static-range';

describe('a static asset’s Range header, read as RFC 9110 says', () => {
  const size = 100;
  it('passes one satisfiable range on, explicit and clamped to the file', () => {
    expect(staticRange('bytes=0-9', size)).toEqual({ range: 'bytes=0-9' });
    expect(staticRange('bytes=90-', size)).toEqual({ range: 'bytes=90-99' });
    expect(staticRange('bytes=90-500', size)).toEqual({ range: 'bytes=90-99' });
    expect(staticRange('bytes=-10', size)).toEqual({ range: 'bytes=90-99' });
  });
  it('serves a suffix longer than the file as the whole file', () => {
    expect(staticRange('bytes=-999999999', size)).toEqual({ range: 'bytes=0-99' });
  });
  it('refuses a range that starts past the end, and an empty suffix, with 416', () => {
    expect(staticRange('bytes=100-', size)).toEqual({ status: 416 });
    expect(staticRange('bytes=99999999-', size)).toEqual({ status: 416 });
    expect(staticRange('bytes=-0', size)).toEqual({ status: 416 });
  });
  it('ignores malformed headers, other units and range lists: the whole file, 200', () => {
    for (const r of ['bytes=5-1', 'bytes=1-0', '-0', '-999999999', 'abc', 'bytes=', ',', '-', '--1', 'bytes=0-1,5-6', 'items=0-1', 'bytes=--1'])
      expect(staticRange(r, size), r).toEqual({ range: null });
  });
});
