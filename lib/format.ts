const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2015-05-15" → "May 15, 2015"; "2015-05" → "May 2015". Dates are shown as the source states them. */
export function formatStatedDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${month} ${Number(d)}, ${y}` : `${month} ${y}`;
}

/** "archived February 19, 2017" for web-archive snapshots, "collected November 23, 2026" for texts the project collected. */
export function capturedOn(capture: 'archive' | 'collected', day: string): string {
  return `${capture === 'archive' ? 'archived' : 'collected'} ${formatStatedDate(day)}`;
}
