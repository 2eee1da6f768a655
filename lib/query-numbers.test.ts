import { describe, expect, it } from 'vitest';
import { parseCountParam } from './query-numbers';

const limit = (v: string | null) => parseCountParam('limit', v, { min: 1, max: 50, fallback: 20 });

describe('numeric query values', () => {
  it('clamps every whole number into its range, however many digits it has', () => {
    expect(limit('5')).toEqual({ ok: true, value: 5 });
    expect(limit('0')).toEqual({ ok: true, value: 1 });
    expect(limit('999999')).toEqual({ ok: true, value: 50 });
    expect(limit('1000000')).toEqual({ ok: true, value: 50 });
    expect(limit('9'.repeat(40))).toEqual({ ok: true, value: 50 });
    expect(parseCountParam('offset', '9999999', { min: 0, max: 10_000, fallback: 0 })).toEqual({ ok: true, value: 10_000 });
  });
  it('takes the default when the value is absent or empty', () => {
    expect(limit(null)).toEqual({ ok: true, value: 20 });
    expect(limit('')).toEqual({ ok: true, value: 20 });
  });
  it('refuses anything but digits, naming the parameter and its range', () => {
    for (const v of ['1e9', '-1', '2.5', 'ten', ' 5', '0x10', '５'])
      expect(limit(v), v).toEqual({ ok: false, message: 'limit must be a whole number from 1 to 50' });
  });
});
