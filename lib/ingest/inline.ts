/**
 * Inline Markdown → plain text and link segments. One function serves both the parser (clause text)
 * and the renderer (clickable links), so what is shown is exactly what quotes are checked against.
 */
export type InlineSegment = { type: 'text'; text: string } | { type: 'link'; text: string; href: string };

const LINK = /\[([^\]]*)\]\(([^)\s]*)\)/g;

function stripEmphasis(s: string): string {
  return s
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/__(.+?)__/g, '$1')
    .replace(/(^|[^\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w])_(?=\S)(.+?)(?<=\S)_(?!\w)/g, '$1$2');
}

/** Only http(s) and mailto links survive; anything else (javascript:, data:, relative) renders as text. */
export function isSafeHref(href: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(href);
}

export function markdownInlineSegments(source: string): InlineSegment[] {
  const segments: InlineSegment[] = [];
  let last = 0;
  for (const m of source.matchAll(LINK)) {
    const before = source.slice(last, m.index);
    if (before) segments.push({ type: 'text', text: stripEmphasis(before) });
    const text = stripEmphasis(m[1] ?? '');
    const href = m[2] ?? '';
    segments.push(isSafeHref(href) ? { type: 'link', text, href } : { type: 'text', text });
    last = m.index + m[0].length;
  }
  const rest = source.slice(last);
  if (rest) segments.push({ type: 'text', text: stripEmphasis(rest) });
  return mergeText(segments);
}

function mergeText(segments: InlineSegment[]): InlineSegment[] {
  const out: InlineSegment[] = [];
  for (const seg of segments) {
    const prev = out[out.length - 1];
    if (seg.type === 'text' && prev?.type === 'text') prev.text += seg.text;
    else out.push({ ...seg });
  }
  return out;
}

export function segmentsToText(segments: InlineSegment[]): string {
  return segments.map((s) => s.text).join('');
}

/** Whitespace (including no-break spaces) folds to one space: quotes match text, not its line wrapping. */
export function normalizeWhitespace(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}
