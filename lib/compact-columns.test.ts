import { describe, expect, it } from 'vitest';
import { columnWidths, compactColumnsCss } from './compact-columns';

const topic = (slug: string, name: string, shorts: string[]) => ({ slug, name, stances: shorts.map((short) => ({ value: short, label: short, short, description: '', tone: 'unknown' as const })) });

describe('compact column widths', () => {
  const topics = [
    topic('cookies', 'Cookies', ['Own', 'Third-party', 'Not addr.']),
    topic('sale', 'Sale of data', ['Does not sell', 'Sells', 'Not addr.']),
    topic('warning', 'Email security warning', ['Warns', 'Not addr.']),
  ];

  it('share the questions’ part of the table, wider where a longer word or answer needs it', () => {
    const widths = columnWidths(topics);
    const total = [...widths.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(86, 1);
    // "Third-party" is one word of 11 letters; "Does not sell" splits into "Does not" / "sell".
    expect(widths.get('cookies')!).toBeGreaterThan(widths.get('warning')!);
    expect(widths.get('sale')!).toBeGreaterThan(widths.get('warning')!);
  });

  it('a long word in a question’s name widens its column too', () => {
    const widths = columnWidths([topic('a', 'Breach notification', ['Yes']), topic('b', 'IP', ['Yes'])]);
    expect(widths.get('a')!).toBeGreaterThan(widths.get('b')!);
  });

  it('is a stylesheet for wide screens, one rule per question', () => {
    const css = compactColumnsCss(topics);
    expect(css.startsWith('@media (min-width: 90rem) {')).toBe(true);
    expect(css.match(/col\[data-topic="[a-z]+"\] \{ width: [\d.]+%; \}/g)).toHaveLength(3);
  });
});
