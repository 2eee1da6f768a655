import type { Tone } from '@/lib/dto';

/** What each tone means, for the legend and for screen readers. */
export const TONE_MEANING: Record<Tone, string> = {
  good: 'protective',
  caution: 'some exposure',
  concern: 'more exposure',
  unknown: 'not addressed',
};

/** Each tone's sign, shown before its words: a differently shaped glyph per tone, so color is never the only signal. */
export const TONE_SIGN: Record<Tone, string> = {
  good: '\u2713',
  caution: '\u26A0\uFE0E',
  concern: '\u2715',
  unknown: '\u2296',
};

/** A tone's sign beside words that say the same, so it is hidden from screen readers. */
export function ToneSign({ tone }: { tone: Tone }) {
  return (
    <span className="tone-sign" aria-hidden="true">
      {TONE_SIGN[tone]}
    </span>
  );
}

export function StanceBadge({ label, tone, value }: { label: string; tone: Tone; value: string }) {
  return (
    <span className={`stance-badge tone-${tone}`} data-stance={value} data-tone={tone}>
      <ToneSign tone={tone} />
      {label}
      <span className="sr-only">{` (${TONE_MEANING[tone]})`}</span>
    </span>
  );
}
