import { REVIEW_TEXT, ReviewMark } from '../review-mark';
import { TONE_MEANING, ToneSign } from '../stance-badge';
import { TONE_ORDER } from '@/lib/tally';

const REVIEW_KEY = { suggested: 'not yet read by a person', carried: 'an earlier reading whose quotes still hold' } as const;

/**
 * The badge key, one line: each tone's sign and words; what the compact view's short words are; and a
 * review mark's meaning only when a cell shown carries one, the differs mark only with a base.
 */
export function GridKey({ compact, reviewShown, base }: { compact: boolean; reviewShown: readonly ('suggested' | 'carried')[]; base: string | null }) {
  return (
    <div className="grid-key" aria-label="How to read the answers" role="note">
      <span className="font-semibold">Key:</span>
      {TONE_ORDER.map((tone) => (
        <span key={tone} className={`tally-item tally-${tone}`}>
          <ToneSign tone={tone} />
          {TONE_MEANING[tone]}
        </span>
      ))}
      {compact ? <span>Each word shortens the answer (“Not addr.” is “Not addressed”); choose one for the full answer and its quotes.</span> : null}
      {base ? <span className="differs-mark">Differs from {base}</span> : null}
      {reviewShown.map((r) => (
        <span key={r} className="inline-flex items-center gap-1" title={REVIEW_TEXT[r].meaning}>
          <ReviewMark review={r} />
          <span>{REVIEW_KEY[r]}</span>
        </span>
      ))}
    </div>
  );
}
