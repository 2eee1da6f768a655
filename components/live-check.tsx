import type { LiveCheckDTO } from '@/lib/dto';
import { formatStatedDate } from '@/lib/format';

/** "Checked December 1, 2026: the live words still match this version", or what else the check found. */
export function liveCheckText(check: LiveCheckDTO | null, readVersion: string | null): string {
  if (!check) return 'Not yet checked against the live page';
  const day = formatStatedDate(check.checkedAt.slice(0, 10));
  if (check.outcome === 'failed') return `Live page checked ${day}: the check failed (${check.reason ?? 'no reason recorded'})`;
  if (check.outcome === 'changed') return `Live page checked ${day}: its words changed; the new version of ${formatStatedDate(check.matchedVersion ?? '')} awaits review`;
  return check.matchedVersion === readVersion || !readVersion
    ? `Live page checked ${day}: its words still match this version`
    : `Live page checked ${day}: its words match the version of ${formatStatedDate(check.matchedVersion ?? '')}`;
}

/** The grid header's short form: "checked Dec 1: same words". */
export function liveCheckShort(check: LiveCheckDTO | null): string {
  if (!check) return 'not yet checked live';
  const [y, m, d] = check.checkedAt.slice(0, 10).split('-');
  const day = `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m) - 1]} ${Number(d)}, ${y}`;
  return `checked ${day}: ${check.outcome === 'unchanged' ? 'same words' : check.outcome === 'changed' ? 'changed, in review' : 'check failed'}`;
}
