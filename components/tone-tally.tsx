import type { Tone } from '@/lib/dto';
import { TONE_ORDER } from '@/lib/tally';
import { TONE_MEANING } from './stance-badge';

/** An insurer's answers counted by tone, each count with its tone's icon and words. */
export function ToneTally({ tally, compact = false }: { tally: Record<Tone, number>; compact?: boolean }) {
  return (
    <span className={`tone-tally ${compact ? 'tone-tally-compact' : ''}`}>
      {TONE_ORDER.map((tone) => (
        <span key={tone} className={`tally-item tally-${tone}`} title={`${tally[tone]} ${TONE_MEANING[tone]}`}>
          {tally[tone]}
          <span className={compact ? 'sr-only' : ''}> {TONE_MEANING[tone]}</span>
        </span>
      ))}
    </span>
  );
}
