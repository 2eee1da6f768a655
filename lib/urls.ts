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
 * A clause deep link. The newest version's clauses live at the insurer's page; an older version's
 * (version given and not the latest) at that version's page.
 */
export function clauseUrl(insurer: string, clauseKey: string, olderVersion?: string | null): string {
  return `${olderVersion ? versionUrl(insurer, olderVersion) : insurerUrl(insurer)}#${encodeURIComponent(clauseKey)}`;
}

export function historyUrl(insurer: string, compare?: { from: string; to: string }): string {
  const base = `${insurerUrl(insurer)}/history`;
  return compare ? `${base}?from=${encodeURIComponent(compare.from)}&to=${encodeURIComponent(compare.to)}#comparison` : base;
}

export function changesUrl(): string {
  return '/changes';
}

export function changesFeedUrl(): string {
  return '/changes.xml';
}

export function insurerVersionsApiUrl(insurer: string): string {
  return `/api/insurers/${encodeURIComponent(insurer)}/versions`;
}

export function practiceUrl(insurer: string, topic: string): string {
  return `${insurerUrl(insurer)}/${encodeURIComponent(topic)}`;
}

export function topicUrl(topic: string): string {
  return `/topics/${encodeURIComponent(topic)}`;
}

export function topicsUrl(): string {
  return '/topics';
}

export interface GridState {
  groups: string[];
  topics: string[];
  insurers: string[];
  diff: boolean;
  /** Read each insurer's latest version archived on or before this day (YYYY-MM-DD); null for the newest. */
  asOf: string | null;
  /** One line per cell (badges only) instead of the detailed cells. */
  compact: boolean;
}

/** The grid's query string: `?groups=…&topics=a,b&insurers=x,y&diff=1&asOf=2010-01-01&view=compact`, empty parts left out. */
export function gridQuery(state: GridState): string {
  const params: string[] = [];
  if (state.groups.length) params.push(`groups=${state.groups.map(encodeURIComponent).join(',')}`);
  if (state.topics.length) params.push(`topics=${state.topics.map(encodeURIComponent).join(',')}`);
  if (state.insurers.length) params.push(`insurers=${state.insurers.map(encodeURIComponent).join(',')}`);
  if (state.diff) params.push('diff=1');
  if (state.asOf) params.push(`asOf=${encodeURIComponent(state.asOf)}`);
  if (state.compact) params.push('view=compact');
  return params.length ? `?${params.join('&')}` : '';
}

export function gridUrl(state: GridState): string {
  return `/${gridQuery(state)}`;
}

/** The data of a grid view: the display-only parts (view) are left out. */
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
