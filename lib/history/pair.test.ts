import { describe, expect, it } from 'vitest';
import { resolvePair } from './pair';

const dates = ['2000-04-15', '2001-06-07', '2005-01-01'];

describe('which two versions a comparison shows', () => {
  it('puts a later from before an earlier to', () => {
    expect(resolvePair(dates, '2005-01-01', '2000-04-15')).toEqual({ from: '2000-04-15', to: '2005-01-01' });
  });
  it('compares a single date with its neighbour, never with itself', () => {
    expect(resolvePair(dates, null, '2000-04-15')).toEqual({ from: '2000-04-15', to: '2001-06-07' });
    expect(resolvePair(dates, '2005-01-01', null)).toEqual({ from: '2001-06-07', to: '2005-01-01' });
    expect(resolvePair(dates, '2001-06-07', '2001-06-07')).toEqual({ from: '2000-04-15', to: '2001-06-07' });
  });
  it('ignores unknown and malformed dates: the newest two', () => {
    for (const [f, t] of [[null, null], ['1999-01-01', 'x'], ['2019-02-30', '%00'], ['', '']])
      expect(resolvePair(dates, f, t), `${f} ${t}`).toEqual({ from: '2001-06-07', to: '2005-01-01' });
  });
  it('with one version, shows it on both sides; with none, nothing', () => {
    expect(resolvePair(['2010-01-01'], '2010-01-01', null)).toEqual({ from: '2010-01-01', to: '2010-01-01' });
    expect(resolvePair([], null, null)).toBeNull();
  });
});
