/** A sentence of a clause's displayed text, with its offsets in that text. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS = /\b(e\.g|i\.e|etc|inc|corp|co|ltd|llc|no|nos|u\.s|u\.s\.a|st|mr|mrs|ms|dr|jr|sr|vs|approx|dept|ave|blvd|p\.o|a\.m|p\.m|mass|conn|calif|sec|art|ch)\.$/i;

/** Splits at . ! ? followed by space and a capital, digit or quote, and at hard line breaks. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) out.push({ text: body, start: start + lead, end: start + lead + body.length });
  };
  const boundary = /([.!?]["”’)]*)\s+(?=["“‘(]?[A-Z0-9])|\n/g;
  for (const m of text.matchAll(boundary)) {
    const end = m.index + (m[1]?.length ?? 0);
    if (m[1] && ABBREVIATIONS.test(text.slice(Math.max(0, end - 8), end))) continue;
    push(end);
    start = m.index + m[0].length;
  }
  push(text.length);
  return out;
}
