/**
 * RFC 4180 CSV. A cell a spreadsheet could run as a formula is prefixed with an apostrophe: one that
 * starts with = + - @ (or their full-width forms), or with white space or a control character, which
 * spreadsheets skip before looking for a formula.
 */
const FORMULA_START = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\s\u0000-\u001f]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: string[], rows: string[][]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
