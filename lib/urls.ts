/** Every internal URL the app links to is built here. */
export const SITE_NAME = 'Insurer Privacy Compare';

export function homeUrl(): string {
  return '/';
}

export function insurerUrl(insurer: string): string {
  return `/insurers/${encodeURIComponent(insurer)}`;
}

export function clauseUrl(insurer: string, clauseKey: string): string {
  return `${insurerUrl(insurer)}#${encodeURIComponent(clauseKey)}`;
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
}

/** The grid's query string: `?groups=…&topics=a,b&insurers=x,y&diff=1`, empty parts left out. */
export function gridQuery(state: GridState): string {
  const params: string[] = [];
  if (state.groups.length) params.push(`groups=${state.groups.map(encodeURIComponent).join(',')}`);
  if (state.topics.length) params.push(`topics=${state.topics.map(encodeURIComponent).join(',')}`);
  if (state.insurers.length) params.push(`insurers=${state.insurers.map(encodeURIComponent).join(',')}`);
  if (state.diff) params.push('diff=1');
  return params.length ? `?${params.join('&')}` : '';
}

export function gridUrl(state: GridState): string {
  return `/${gridQuery(state)}`;
}

export function matrixApiUrl(state?: GridState): string {
  return `/api/matrix${state ? gridQuery(state) : ''}`;
}

export function matrixCsvUrl(state: GridState): string {
  return `/api/matrix/csv${gridQuery(state)}`;
}
