import { capturedOn, formatStatedDate } from './format';
import type { Capture } from './dto';
import { SITE_NAME } from './urls';

export interface CitationInput {
  insurer: string;
  question: string;
  stance: string;
  review: 'reviewed' | 'carried' | 'suggested';
  version: { title: string; capture: Capture; archivedOn: string; effectiveOn: string | null; lastModifiedOn: string | null; snapshotUrl: string | null };
  quotes: { quote: string; leadIn: string | null; url: string }[];
  /** The reading's own (version-pinned) address. */
  permalink: string;
}

const REVIEW_WORDS = { reviewed: 'reviewed reading', carried: 'earlier reading carried forward', suggested: 'machine-suggested, not yet reviewed' } as const;

/**
 * "Cite this": a plain-text citation a journalist or analyst can paste: the insurer, the question, the
 * stance, the policy version and its dates, the quotes (with their lead-ins), the version-pinned link
 * to the clause and to this reading, and the archive snapshot where there is one. `origin` makes the
 * links absolute ("" leaves them as paths, for a page that does not know its host).
 */
export function citationText(c: CitationInput, origin: string): string {
  const dates = [c.version.effectiveOn ? `effective ${formatStatedDate(c.version.effectiveOn)}` : null, c.version.lastModifiedOn ? `last modified ${formatStatedDate(c.version.lastModifiedOn)}` : null].filter(Boolean);
  const lines = [
    `${c.insurer}, “${c.question}” ${c.stance} (${REVIEW_WORDS[c.review]}).`,
    `Policy: ${c.insurer}, ${c.version.title}, ${capturedOn(c.version.capture, c.version.archivedOn)}${dates.length ? ` (${dates.join(', ')})` : ''}.`,
    ...c.quotes.map((q) => `Quote: ${q.leadIn ? `${q.leadIn} … ` : ''}“${q.quote}” ${origin}${q.url}`),
    ...(c.quotes.length === 0 ? ['The policy does not address this question: no clause is quoted.'] : []),
    ...(c.version.snapshotUrl ? [`Archived snapshot: ${c.version.snapshotUrl}`] : []),
    `${SITE_NAME}: ${origin}${c.permalink}`,
  ];
  return lines.join('\n');
}
