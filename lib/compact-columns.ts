import type { TopicDTO } from './dto';

/**
 * Share of the compact table the questions' columns take together; the insurer column has the rest.
 * The widths are hints to the browser's automatic table layout, which never makes a column narrower
 * than its longest word: they spread the room by need instead of by the longest answer's full length.
 */
const TOPIC_COLUMNS_SHARE = 86;

/** From this width up (globals.css uses the same), the compact grid fits the screen in a fixed layout. */
export const WIDE_GRID_REM = 90;

/**
 * Each question's column is as wide, relative to the others, as its widest answer needs to fit on at
 * most two lines without breaking a word (plus the tone icon and a review sign), or its name's longest
 * word, so that on a wide screen few answers stack word by word.
 */
export function columnWidths(topics: readonly Pick<TopicDTO, 'slug' | 'name' | 'stances'>[]): Map<string, number> {
  const words = (text: string) => text.split(/\s+/);
  // Characters of the widest line when the answer is split into two lines as evenly as it can be, plus
  // the tone icon beside the lines (two characters) and the border and padding (three more).
  const need = (short: string) => {
    const w = words(short);
    const splits = w.map((_, k) => Math.max(w.slice(0, k + 1).join(' ').length, w.slice(k + 1).join(' ').length));
    return Math.min(...splits) + 5;
  };
  const weights = topics.map((t) => [t.slug, Math.max(11, ...words(t.name).map((w) => w.length + 2), ...t.stances.map((s) => need(s.short)))] as const);
  const total = weights.reduce((sum, [, w]) => sum + w, 0);
  return new Map(weights.map(([slug, w]) => [slug, Math.round((w / total) * TOPIC_COLUMNS_SHARE * 100) / 100]));
}

/**
 * The compact grid's column widths as a stylesheet (the site's Content-Security-Policy refuses inline
 * style attributes), for wide screens only: narrower ones scroll the grid sideways at natural widths.
 */
export function compactColumnsCss(topics: readonly Pick<TopicDTO, 'slug' | 'name' | 'stances'>[]): string {
  const rules = [...columnWidths(topics)].map(([slug, width]) => `  .compact-grid col[data-topic="${slug}"] { width: ${width}%; }`);
  return `@media (min-width: ${WIDE_GRID_REM}rem) {\n${rules.join('\n')}\n}\n`;
}
