import type { InlineSegmentDTO } from '@/lib/dto';

/**
 * Policy text is always rendered as React text nodes (never as HTML); the only markup produced is
 * <a> for links the parser kept (http, https and mailto only, see lib/ingest/inline.ts). Hard line
 * breaks (addresses) are "\n" in the text and shown as line breaks.
 */
export function ClauseText({ text, links }: { text: string; links: InlineSegmentDTO[] | null }) {
  const segments: InlineSegmentDTO[] = links ?? [{ type: 'text', text }];
  return (
    <>
      {segments.map((seg, i) =>
        seg.type === 'link' ? (
          <a key={i} href={seg.href} rel="noreferrer noopener" className="text-blue-800 underline underline-offset-2">
            {seg.text}
          </a>
        ) : (
          <span key={i} className="whitespace-pre-line">
            {seg.text}
          </span>
        ),
      )}
    </>
  );
}
