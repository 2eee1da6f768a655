/**
 * The one parser of numeric query values (limit, offset, page): a whole number in digits, clamped
 * into its range however many digits it has; anything else (1e9, -1, 2.5, "ten") is refused with a
 * message naming the parameter, which the APIs answer with a 400. An absent value takes the default.
 * Plain code, not zod: shared with code that may run in the browser.
 */
export type NumberParam = { ok: true; value: number } | { ok: false; message: string };

export function parseCountParam(name: string, value: string | null, range: { min: number; max: number; fallback: number }): NumberParam {
  if (value === null || value === '') return { ok: true, value: range.fallback };
  if (!/^\d+$/.test(value)) return { ok: false, message: `${name} must be a whole number from ${range.min} to ${range.max}` };
  // Beyond 15 digits a Number loses precision; any such value is past every maximum anyway.
  const n = value.replace(/^0+(?=\d)/, '').length > 15 ? Number.MAX_SAFE_INTEGER : Number(value);
  return { ok: true, value: Math.min(range.max, Math.max(range.min, n)) };
}
