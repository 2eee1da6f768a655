const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2015-05-15" → "May 15, 2015"; "2015-05" → "May 2015". Dates are shown as the source states them. */
export function formatStatedDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${month} ${Number(d)}, ${y}` : `${month} ${y}`;
}

const CAPTURE_VERB = { archive: 'archived', fetched: 'fetched', collected: 'collected' } as const;

/** "archived February 19, 2017" (web-archive snapshot), "fetched December 1, 2026" (the tracker), "collected November 23, 2026" (by hand). */
export function capturedOn(capture: keyof typeof CAPTURE_VERB, day: string): string {
  return `${CAPTURE_VERB[capture]} ${formatStatedDate(day)}`;
}
