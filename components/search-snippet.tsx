import { MARK_END, MARK_START } from '@/lib/search/marks';

/** An excerpt with its matches highlighted: policy text as React text, each match in a <mark>. */
export function SearchSnippet({ snippet }: { snippet: string }) {
  const parts: { text: string; mark: boolean }[] = [];
  for (const piece of snippet.split(MARK_START)) {
    const end = piece.indexOf(MARK_END);
    if (end < 0) parts.push({ text: piece, mark: false });
    else parts.push({ text: piece.slice(0, end), mark: true }, { text: piece.slice(end + 1), mark: false });
  }
  return (
    <>
      {parts.map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : p.text ? <span key={i}>{p.text}</span> : null))}
    </>
  );
}
