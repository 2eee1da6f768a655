import { slugList } from '../grid-state';
import { parseSearchQuery, type ParsedQuery } from './query';

export interface SearchRequest {
  query: ParsedQuery;
  insurers: string[];
  topics: string[];
  versions: 'current' | 'all';
  limit: number;
  offset: number;
}

export const SEARCH_PAGE_SIZE = 20;
export const MAX_SEARCH_LIMIT = 50;
const MAX_OFFSET = 10_000;

function int(value: string | null, fallback: number, min: number, max: number): number {
  if (value === null || !/^\d{1,6}$/.test(value)) return fallback;
  return Math.min(max, Math.max(min, Number(value)));
}

/**
 * /search and /api/search query strings. Malformed filters are ignored like the grid's: unknown
 * slugs, a versions value other than "all", out-of-range limits and offsets fall back to defaults.
 */
export function parseSearchParams(params: URLSearchParams): SearchRequest {
  const limit = int(params.get('limit'), SEARCH_PAGE_SIZE, 1, MAX_SEARCH_LIMIT);
  const page = int(params.get('page'), 1, 1, Math.floor(MAX_OFFSET / SEARCH_PAGE_SIZE));
  return {
    query: parseSearchQuery(params.get('q')),
    insurers: slugList(params.get('insurers')).slice(0, 50),
    topics: slugList(params.get('topics')).slice(0, 17),
    versions: params.get('versions') === 'all' ? 'all' : 'current',
    limit,
    offset: params.has('offset') ? int(params.get('offset'), 0, 0, MAX_OFFSET) : (page - 1) * limit,
  };
}
