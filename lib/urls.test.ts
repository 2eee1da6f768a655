import { expect, it } from 'vitest';
import { GRID_VIEW_KEYS, gridQuery } from './urls';

it('every key the grid query writes, the density aside, is one that serves the grid page pending', () => {
  const query = gridQuery({ groups: ['g'], topics: ['t'], insurers: ['i'], states: ['MA'], kinds: ['insurer'], base: 'b', sort: 'exposure', diff: true, asOf: '2020-01-01', compact: true });
  const keys = [...new URLSearchParams(query).keys()].filter((k) => k !== 'view');
  expect(keys.sort()).toEqual([...GRID_VIEW_KEYS].sort());
});
