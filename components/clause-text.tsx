import { markdownInlineSegments } from '@/lib/ingest/inline';

/**
 * Policy text is always rendered as React text nodes (never as HTML); the only markup produced is
 * <a> for Markdown links whose target is http(s) or mailto (markdownInlineSegments drops the rest).
 */
export function ClauseText({ text, markdown }: { text: string; markdown: string | null }) {
  if (markdown === null) return <>{text}</>;
  // Offsets of list items start after their marker (lib/ingest/parse.ts), so only line breaks need handling.
  const source = markdown.replace(/ {2,}\n/g, '\u2028').replace(/\s*\n\s*/g, ' ');
  return (
    <>
      {markdownInlineSegments(source).map((seg, i) =>
        seg.type === 'link' ? (
          <a key={i} href={seg.href} rel="noreferrer noopener" className="text-blue-800 underline underline-offset-2">
            {seg.text}
          </a>
        ) : (
          <span key={i} className="whitespace-pre-line">
            {seg.text.replace(/\u2028/g, '\n')}
          </span>
        ),
      )}
    </>
  );
}
