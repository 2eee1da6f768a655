import type { Tone } from './dto';

export const TONE_ORDER: Tone[] = ['good', 'caution', 'concern', 'unknown'];

/** How many of an insurer's answers fall in each tone (protective, some exposure, more exposure, not addressed). */
export function toneTally(cells: { topic: string; stance: string }[], topics: { slug: string; stances: { value: string; tone: Tone }[] }[]): Record<Tone, number> {
  const tally: Record<Tone, number> = { good: 0, caution: 0, concern: 0, unknown: 0 };
  const toneOf = new Map(topics.flatMap((t) => t.stances.map((s) => [`${t.slug}\u0000${s.value}`, s.tone] as const)));
  for (const c of cells) {
    const tone = toneOf.get(`${c.topic}\u0000${c.stance}`);
    if (tone) tally[tone] += 1;
  }
  return tally;
}

/**
 * The exposure score columns can be sorted by (README: "Sorting by exposure"): two points for each
 * answer of "more exposure" tone, one for each of "some exposure"; protective and not-addressed
 * answers count nothing. A simple count of tones, so anyone can redo it from the grid.
 */
export function exposureScore(tally: Record<Tone, number>): number {
  return 2 * tally.concern + tally.caution;
}
