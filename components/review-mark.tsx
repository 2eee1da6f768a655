import type { ReviewState } from '@/lib/dto';
import { formatStatedDate } from '@/lib/format';

/** Words for each review state, for the marks and the legend; reviewed cells carry no mark. */
export const REVIEW_TEXT: Record<Exclude<ReviewState, 'reviewed'>, { label: string; meaning: string }> = {
  suggested: {
    label: 'Machine-suggested',
    meaning: 'Proposed by the suggester from cue phrases in the text; no person has reviewed it yet. The quote is verbatim, the reading may be wrong.',
  },
  carried: {
    label: 'Carried forward',
    meaning: 'A person’s reading of an earlier version, kept because every quote it rests on still occurs word for word in this version.',
  },
};

/**
 * Marks a cell that is not a person's reading of this very text. Words, a sign and a dashed
 * (suggested) or double (carried) border say it, never color alone.
 */
export function ReviewMark({ review, carriedFrom, compact = false }: { review: ReviewState; carriedFrom?: string | null; compact?: boolean }) {
  if (review === 'reviewed') return null;
  const text = REVIEW_TEXT[review];
  const detail = review === 'carried' && carriedFrom ? ` from the ${formatStatedDate(carriedFrom)} reading` : review === 'suggested' ? ', not reviewed' : '';
  if (compact) {
    return (
      <span className={`review-mark review-${review}`} data-review={review} title={`${text.label}${detail}`}>
        <span className="sr-only">
          {text.label}
          {detail}
        </span>
      </span>
    );
  }
  return (
    <span className={`review-mark review-${review}`} data-review={review}>
      {text.label}
      {detail}
    </span>
  );
}
