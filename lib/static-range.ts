/**
 * The Range of a static asset read as RFC 9110 §14 says, since Next throws on some it does not expect:
 * one satisfiable range is passed on as an explicit `bytes=first-last` (a suffix longer than the file
 * is the whole file); an unsatisfiable one is a 416; a malformed header, another unit or several ranges
 * are ignored (a server may), so the whole file is sent with 200.
 */
export function staticRange(range: string, size: number): { status: 416 } | { range: string | null } {
  const m = /^bytes=(\d*)-(\d*)$/i.exec(range.trim());
  if (!m || (m[1] === '' && m[2] === '')) return { range: null };
  const [first, last] = [m[1]!, m[2]!];
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0) return { status: 416 };
    return { range: `bytes=${Math.max(0, size - suffix)}-${size - 1}` };
  }
  const start = Number(first);
  if (last !== '' && Number(last) < start) return { range: null };
  if (start >= size) return { status: 416 };
  const end = last === '' ? size - 1 : Number(last);
  return { range: `bytes=${start}-${Math.min(end, size - 1)}` };
}
