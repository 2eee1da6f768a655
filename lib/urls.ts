/** Every internal URL the app links to is built here. */
export const SITE_NAME = 'Insurer Privacy Compare';

export function homeUrl(): string {
  return '/';
}

export function insurerUrl(insurer: string): string {
  return `/insurers/${encodeURIComponent(insurer)}`;
}

/** A version's own page: a stable address even after newer versions arrive. */
export function versionUrl(insurer: string, archivedOn: string): string {
  return `${insurerUrl(insurer)}/versions/${encodeURIComponent(archivedOn)}`;
}

/**
 * A clause deep link, pinned to the version quoted: clause keys are a section and a place in it, so a
 * newer version can give the same key to other words, and a shared link must keep opening these.
 */
export function clauseUrl(insurer: string, clauseKey: string, archivedOn: string): string {
  return `${versionUrl(insurer, archivedOn)}#${encodeURIComponent(clauseKey)}`;
}

/** The newest version's clause at the insurer's own page: for reading on the site, never for sharing. */
export function newestClauseUrl(insurer: string, clauseKey: string): string {
  return `${insurerUrl(insurer)}#${encodeURIComponent(clauseKey)}`;
}

export function historyUrl(insurer: string): string {
  return `${insurerUrl(insurer)}/history`;
}

/** Two versions side by side; without dates, the newest and the one before it. */
export function compareUrl(insurer: string, pair?: { from: string; to: string }): string {
  const base = `${insurerUrl(insurer)}/compare`;
  return pair ? `${base}?from=${encodeURIComponent(pair.from)}&to=${encodeURIComponent(pair.to)}` : base;
}

/** Where a compare URL's canonical pair is rendered (the proxy rewrites /compare?from=&to= here). */
export function comparePairPath(insurer: string, from: string, to: string): string {
  return `${insurerUrl(insurer)}/compare/${encodeURIComponent(from)}/${encodeURIComponent(to)}`;
}

export function compareApiUrl(insurer: string, pair: { from: string; to: string }): string {
  return `/api/insurers/${encodeURIComponent(insurer)}/compare?from=${encodeURIComponent(pair.from)}&to=${encodeURIComponent(pair.to)}`;
}

export type ChangeDirection = 'more-exposure' | 'less-exposure' | 'unclear';

export interface ChangesFilter {
  topics?: string[];
  insurers?: string[];
  direction?: ChangeDirection | null;
}

function changesQuery(filter: ChangesFilter): string {
  const params: string[] = [];
  if (filter.topics?.length) params.push(`topics=${filter.topics.map(encodeURIComponent).join(',')}`);
  if (filter.insurers?.length) params.push(`insurers=${filter.insurers.map(encodeURIComponent).join(',')}`);
  if (filter.direction) params.push(`direction=${filter.direction}`);
  return params.length ? `?${params.join('&')}` : '';
}

export function changesUrl(filter: ChangesFilter = {}): string {
  return `/changes${changesQuery(filter)}`;
}

/** One version pair's entry on the changes page. */
export function changeEntryId(insurer: string, from: string, to: string): string {
  return `${insurer}-${from}-${to}`;
}

export function changesFeedUrl(filter: Omit<ChangesFilter, 'direction'> = {}): string {
  return `/changes.xml${changesQuery(filter)}`;
}

export function insurerVersionsApiUrl(insurer: string): string {
  return `/api/insurers/${encodeURIComponent(insurer)}/versions`;
}

/** The newest reading of a topic for an insurer. */
export function practiceUrl(insurer: string, topic: string): string {
  return `${insurerUrl(insurer)}/${encodeURIComponent(topic)}`;
}

/** A reading of one version: the address to cite, which keeps meaning the same after newer versions arrive. */
export function versionPracticeUrl(insurer: string, archivedOn: string, topic: string): string {
  return `${versionUrl(insurer, archivedOn)}/${encodeURIComponent(topic)}`;
}

export function topicUrl(topic: string): string {
  return `/topics/${encodeURIComponent(topic)}`;
}

export function reviewUrl(): string {
  return '/review';
}

/** The compact grid's column widths, a stylesheet computed from the taxonomy. */
export function compactColumnsCssUrl(): string {
  return '/compact-columns.css';
}

export function topicsUrl(): string {
  return '/topics';
}

export type GridSort = 'name' | 'exposure';

export interface GridState {
  groups: string[];
  topics: string[];
  insurers: string[];
  /** Keep insurers operating in any of these states (two-letter codes); national (US) insurers always stay. */
  states: string[];
  /** Keep these kinds of organization (insurer, state-exchange, federal-exchange, medicare-plan). */
  kinds: string[];
  /** The insurer pinned as the first column, against which every other cell is marked same or different. */
  base: string | null;
  /** Column order: the roster's (by name), or most exposure first (lib/tally.ts exposureScore). */
  sort: GridSort;
  diff: boolean;
  /** Read each insurer's latest version archived on or before this day (YYYY-MM-DD); null for the newest. */
  asOf: string | null;
  /** One short word per cell, every insurer at once, instead of the detailed cells. */
  compact: boolean;
}

/**
 * The query keys that change what the grid shows (`view` only picks the density). An address carrying any
 * of them is served the grid page marked pending (next.config.ts), hidden until that view is applied.
 */
export const GRID_VIEW_KEYS = ['groups', 'topics', 'insurers', 'states', 'kinds', 'base', 'sort', 'diff', 'asOf'] as const;

/** The grid's query string: `?groups=…&topics=a,b&insurers=x,y&states=CA,NY&kinds=…&base=x&sort=exposure&diff=1&asOf=…&view=compact`, empty parts left out. */
export function gridQuery(state: GridState): string {
  const params: string[] = [];
  const list = (key: string, values: string[]) => {
    if (values.length) params.push(`${key}=${values.map(encodeURIComponent).join(',')}`);
  };
  list('groups', state.groups);
  list('topics', state.topics);
  list('insurers', state.insurers);
  list('states', state.states);
  list('kinds', state.kinds);
  if (state.base) params.push(`base=${encodeURIComponent(state.base)}`);
  if (state.sort !== 'name') params.push(`sort=${state.sort}`);
  if (state.diff) params.push('diff=1');
  if (state.asOf) params.push(`asOf=${encodeURIComponent(state.asOf)}`);
  if (state.compact) params.push('view=compact');
  return params.length ? `?${params.join('&')}` : '';
}

export function gridUrl(state: GridState): string {
  return `/${gridQuery(state)}`;
}

/** The data of a grid view: the display-only part (view) is left out. */
export function matrixApiUrl(state?: GridState): string {
  return `/api/matrix${state ? gridQuery({ ...state, compact: false }) : ''}`;
}

export function matrixCsvUrl(state: GridState): string {
  return `/api/matrix/csv${gridQuery({ ...state, compact: false })}`;
}

export interface SearchState {
  q: string;
  insurers?: string[];
  topics?: string[];
  versions?: 'current' | 'all';
  page?: number;
}

/** The search page's URL: the query and its filters stay in it. */
export function searchUrl(state: SearchState): string {
  const params = new URLSearchParams();
  params.set('q', state.q);
  if (state.insurers?.length) params.set('insurers', state.insurers.join(','));
  if (state.topics?.length) params.set('topics', state.topics.join(','));
  if (state.versions === 'all') params.set('versions', 'all');
  if (state.page && state.page > 1) params.set('page', String(state.page));
  return `/search?${params.toString().replace(/%2C/g, ',')}`;
}

export function searchPath(): string {
  return '/search';
}
