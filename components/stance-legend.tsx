import type { Tone } from '@/lib/dto';
import { REVIEW_TEXT, ReviewMark } from './review-mark';
import { StanceBadge, TONE_MEANING } from './stance-badge';

const TONES: Tone[] = ['good', 'caution', 'concern', 'unknown'];
const TONE_TEXT: Record<Tone, string> = {
  good: 'Protective: the policy limits what is collected or shared, or gives you a clear choice.',
  caution: 'Some exposure: common practice with limits, such as sharing only with contractors.',
  concern: 'More exposure: tracking, sharing or use that goes further, such as third-party ad cookies.',
  unknown: 'Not addressed: the policy says nothing on the question. Silence is not a promise either way.',
};

/** Explains the badges: the icon shape, the colour and the words all carry the same meaning. */
export function StanceLegend() {
  return (
    <section aria-labelledby="legend-heading" className="rounded-lg border border-slate-300 bg-white p-4">
      <h2 id="legend-heading" className="text-base font-semibold">
        How to read the badges
      </h2>
      <ul className="mt-2 grid gap-2 sm:grid-cols-2">
        {TONES.map((tone) => (
          <li key={tone} className="flex items-start gap-2 text-sm">
            <StanceBadge tone={tone} value={tone} label={TONE_MEANING[tone].replace(/^./, (c) => c.toUpperCase())} />
            <span>{TONE_TEXT[tone]}</span>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm text-slate-700">
        Each badge names the stance in words; open a topic to see every stance it can take and what it means.
      </p>
      <h3 className="mt-3 text-sm font-semibold">Who read it</h3>
      <p className="text-sm text-slate-700">Unmarked cells are a person’s reading of that very text. Two marks say otherwise:</p>
      <ul className="mt-1 grid gap-2 sm:grid-cols-2">
        {(['suggested', 'carried'] as const).map((review) => (
          <li key={review} className="flex items-start gap-2 text-sm">
            <ReviewMark review={review} />
            <span>
              {REVIEW_TEXT[review].meaning}
              {review === 'suggested' ? ' In the compact view: a dashed border and an asterisk.' : ' In the compact view: a double border and an arrow.'}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
