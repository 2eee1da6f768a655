import { slugList } from '../grid-state';
import { parseCountParam } from '../query-numbers';
import { parseSearchQuery, type ParsedQuery } from './query';

export interface SearchRequest {
  query: ParsedQuery;
  insurers: string[];
  topics: string[];
  versions: 'current' | 'all';
  limit: number;
  offset: number;
  /** A malformed limit, offset or page, said in words (the API answers 400 with it). */
  numberError: string | null;
}

export const SEARCH_PAGE_SIZE = 20;
export const MAX_SEARCH_LIMIT = 50;
const MAX_OFFSET = 10_000;

/**
 * /search and /api/search query strings. Unknown slugs and a versions value other than "all" are
 * ignored like the grid's filters; numbers go through the one numeric parser (clamped, or refused
 * with a message when they are not whole numbers).
 */
export function parseSearchParams(params: URLSearchParams): SearchRequest {
  const limit = parseCountParam('limit', params.get('limit'), { min: 1, max: MAX_SEARCH_LIMIT, fallback: SEARCH_PAGE_SIZE });
  const page = parseCountParam('page', params.get('page'), { min: 1, max: Math.floor(MAX_OFFSET / SEARCH_PAGE_SIZE), fallback: 1 });
  const size = limit.ok ? limit.value : SEARCH_PAGE_SIZE;
  const offset = params.has('offset')
    ? parseCountParam('offset', params.get('offset'), { min: 0, max: MAX_OFFSET, fallback: 0 })
    : ({ ok: true, value: ((page.ok ? page.value : 1) - 1) * size } as const);
  const error = [limit, page, offset].find((n) => !n.ok);
  return {
    query: parseSearchQuery(params.get('q')),
    insurers: slugList(params.get('insurers')).slice(0, 50),
    topics: slugList(params.get('topics')).slice(0, 17),
    versions: params.get('versions') === 'all' ? 'all' : 'current',
    limit: size,
    offset: offset.ok ? offset.value : 0,
    numberError: error && !error.ok ? error.message : null,
  };
}
