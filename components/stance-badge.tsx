import type { Tone } from '@/lib/dto';

/** What each tone means, for the legend and for screen readers; the icon's shape differs per tone too (globals.css). */
export const TONE_MEANING: Record<Tone, string> = {
  good: 'protective',
  caution: 'some exposure',
  concern: 'more exposure',
  unknown: 'not addressed',
};

export function StanceBadge({ label, tone, value }: { label: string; tone: Tone; value: string }) {
  return (
    <span className={`stance-badge tone-${tone}`} data-stance={value} data-tone={tone}>
      {label}
      <span className="sr-only">{` (${TONE_MEANING[tone]})`}</span>
    </span>
  );
}
