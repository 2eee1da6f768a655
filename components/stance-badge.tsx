import type { Tone } from '@/lib/dto';

const TONE_CLASS: Record<Tone, string> = {
  good: 'border-emerald-700 bg-emerald-50 text-emerald-900',
  caution: 'border-amber-700 bg-amber-50 text-amber-900',
  concern: 'border-red-700 bg-red-50 text-red-900',
  unknown: 'border-slate-500 bg-slate-100 text-slate-800',
};

/** What each tone means, for the legend and for screen readers; the shape of the icon differs per tone too. */
export const TONE_MEANING: Record<Tone, string> = {
  good: 'protective',
  caution: 'some exposure',
  concern: 'more exposure',
  unknown: 'not addressed',
};

function ToneIcon({ tone }: { tone: Tone }) {
  const common = { width: 14, height: 14, viewBox: '0 0 16 16', 'aria-hidden': true, focusable: false, className: 'shrink-0' } as const;
  switch (tone) {
    case 'good':
      return (
        <svg {...common}>
          <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      );
    case 'caution':
      return (
        <svg {...common}>
          <path d="M8 2l6.5 12h-13z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
          <path d="M8 6.5v3.5M8 12v.5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
      );
    case 'concern':
      return (
        <svg {...common}>
          <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
        </svg>
      );
    default:
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="M5.5 8h5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
      );
  }
}

export function StanceBadge({ label, tone, value }: { label: string; tone: Tone; value: string }) {
  return (
    <span
      className={`stance-badge ${TONE_CLASS[tone]}`}
      data-stance={value}
      data-tone={tone}
    >
      <ToneIcon tone={tone} />
      <span>{label}</span>
      <span className="sr-only"> ({TONE_MEANING[tone]})</span>
    </span>
  );
}
