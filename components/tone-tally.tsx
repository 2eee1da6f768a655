import type { Tone } from '@/lib/dto';
import { TONE_ORDER } from '@/lib/tally';
import { TONE_MEANING, TONE_SIGN, ToneSign } from './stance-badge';

/**
 * An insurer's answers counted by tone, each count with its tone's sign and words. Compact (one per
 * grid column or row): the counts show with their signs only, and one hidden sentence says them in
 * words, so a grid of 30 tallies is a few elements each.
 */
export function ToneTally({ tally, compact = false }: { tally: Record<Tone, number>; compact?: boolean }) {
  if (compact) {
    return (
      <span className="tone-tally">
        {TONE_ORDER.map((tone) => (
          <span key={tone} className={`tally-item tally-${tone}`} title={`${tally[tone]} ${TONE_MEANING[tone]}`} aria-hidden="true">
            {`${TONE_SIGN[tone]}${tally[tone]}`}
          </span>
        ))}
        <span className="sr-only">{TONE_ORDER.map((tone) => `${tally[tone]} ${TONE_MEANING[tone]}`).join(', ')}</span>
      </span>
    );
  }
  return (
    <span className="tone-tally">
      {TONE_ORDER.map((tone) => (
        <span key={tone} className={`tally-item tally-${tone}`} title={`${tally[tone]} ${TONE_MEANING[tone]}`}>
          <ToneSign tone={tone} />
          {`${tally[tone]} ${TONE_MEANING[tone]}`}
        </span>
      ))}
    </span>
  );
}
