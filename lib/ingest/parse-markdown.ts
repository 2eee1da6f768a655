import type { Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { isSafeHref, normalizeWhitespace, type InlineSegment } from './inline';
import { FETCHED_PROVENANCE } from './provenance';

/**
 * The Markdown side of stage 2, on a CommonMark parser with source positions (mdast): the parser
 * decides what is a paragraph, list item, heading, link or emphasis; this module only decides which
 * blocks are clauses and which are headings. Offsets come from the parser's positions, which are
 * UTF-16 indices into the raw text like every offset in the pipeline.
 */
export interface MarkdownSink {
  /** Whether a one-line paragraph reads as a heading (the same test as for plain-text policies). */
  isBareHeading(text: string): boolean;
  heading(text: string, level: number, start: number, end: number, line: number): void;
  clause(kind: 'paragraph' | 'list-item', segments: InlineSegment[], depth: number, start: number, end: number, line: number): void;
  skip(reason: 'provenance' | 'debris', text: string, start: number, end: number): void;
  /** True until the first heading or clause: only then may a blockquote be the archive's provenance note. */
  atStart(): boolean;
}

// Scraped pages are converted from HTML, where indentation means nothing: four leading spaces must not
// turn a paragraph into a code block.
const NO_INDENTED_CODE = { disable: { null: ['codeIndented'] } };

let source = '';

/** A node's span in the raw text, without the trailing white space CommonMark keeps on a last line. */
function span(node: Nodes): { start: number; end: number; line: number } {
  const start = node.position?.start.offset ?? 0;
  let end = node.position?.end.offset ?? start;
  while (end > start && /\s/.test(source[end - 1] ?? '')) end -= 1;
  return { start, end, line: node.position?.start.line ?? 1 };
}

/** A soft line ending inside inline text, kept until layout-table debris has been removed line by line. */
const SOFT = '\r';
/** Cells that HTML-to-Markdown conversion left from layout tables: pipes (and bullet cells) at a line's ends. */
const LEADING_CELLS = /^[ \t\u00a0]*(?:[|•●][ \t\u00a0]*)*\|[ \t\u00a0]*/;
const TRAILING_CELLS = /(?:[ \t\u00a0]*\|)+[ \t\u00a0]*$/;
const DEBRIS_LINE = /^[\s|:\-–—•●*_=]*$/;

/**
 * Inline content → text and link segments, with soft line endings still marked (SOFT) and hard breaks
 * as "\n". Layout-table debris is removed from the displayed text only: the raw text keeps it, and a
 * quote must occur in both, so no quote can include it.
 */
function rawSegments(nodes: readonly PhrasingContent[]): InlineSegment[] {
  const out: InlineSegment[] = [];
  const push = (seg: InlineSegment) => {
    const prev = out[out.length - 1];
    if (seg.type === 'text' && prev?.type === 'text') prev.text += seg.text;
    else out.push(seg);
  };
  const walk = (node: PhrasingContent) => {
    switch (node.type) {
      case 'text':
        // Emphasis markers that did not pair up ("****Contacting Us", "BCBSNC **** uses") stay literal in CommonMark.
        push({ type: 'text', text: node.value.replace(/\*{2,}/g, '').replace(/\r?\n/g, SOFT) });
        break;
      case 'inlineCode':
      case 'html':
        // Markup in a policy is shown as the text it is, never interpreted.
        push({ type: 'text', text: node.value.replace(/\r?\n/g, SOFT) });
        break;
      case 'break':
        push({ type: 'text', text: '\n' });
        break;
      case 'link': {
        const text = segmentsText(foldSegments(rawSegments(node.children)));
        push(isSafeHref(node.url) ? { type: 'link', text, href: node.url } : { type: 'text', text });
        break;
      }
      case 'image':
        break;
      default:
        if ('children' in node) for (const child of node.children) walk(child);
    }
  };
  nodes.forEach(walk);
  return withoutTableDebris(out);
}

function withoutTableDebris(segments: InlineSegment[]): InlineSegment[] {
  let atLineStart = true;
  return segments.map((seg, si) => {
    if (seg.type === 'link') {
      atLineStart = false;
      return seg;
    }
    const pieces = seg.text.split(/([\r\n])/);
    let text = '';
    for (let i = 0; i < pieces.length; i += 2) {
      let line = pieces[i]!;
      const separator = pieces[i + 1];
      const atLineEnd = separator !== undefined || si === segments.length - 1;
      if (atLineStart) line = line.replace(LEADING_CELLS, '');
      if (atLineEnd) line = line.replace(TRAILING_CELLS, '');
      const wholeLine = atLineStart && atLineEnd;
      if (!(wholeLine && DEBRIS_LINE.test(line))) text += line + (separator ?? '');
      else if (separator === '\n') text += separator;
      atLineStart = separator !== undefined;
    }
    return { ...seg, text };
  });
}

/** Soft line endings become spaces; hard breaks stay as "\n"; runs of spaces fold; ends are trimmed. */
function foldSegments(segments: InlineSegment[]): InlineSegment[] {
  const out = segments
    .map((s) => ({ ...s, text: s.text.replace(/[\r\t\f\v \u00a0]+/g, ' ').replace(/ *\n[\s]*/g, '\n') }))
    .filter((s) => s.text !== '');
  const first = out[0];
  if (first) first.text = first.text.replace(/^\s+/, '');
  const last = out[out.length - 1];
  if (last) last.text = last.text.replace(/\s+$/, '');
  return out.filter((s) => s.text !== '');
}

/** Inline content → displayed text and link segments. */
export function phrasingSegments(nodes: readonly PhrasingContent[]): InlineSegment[] {
  return foldSegments(rawSegments(nodes));
}

function segmentsText(segments: InlineSegment[]): string {
  return segments.map((s) => s.text).join('');
}

/** The lines a paragraph shows once layout debris is gone (a bare heading has exactly one). */
function shownLines(nodes: readonly PhrasingContent[]): string[] {
  return segmentsText(rawSegments(nodes)).split(/[\r\n]/).map((l) => l.trim()).filter(Boolean);
}

/** A paragraph made only of bold text (scraped pages mark headings this way): its text, else null. */
function boldHeading(node: Parent): string | null {
  const meaningful = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === '') && c.type !== 'break');
  if (meaningful.length === 0 || !meaningful.every((c) => c.type === 'strong')) return null;
  // Bold links are navigation menus; a bold date is a dateline.
  if (meaningful.some((c) => 'children' in c && c.children.some((g) => g.type === 'link'))) return null;
  const text = normalizeWhitespace(segmentsText(phrasingSegments(meaningful)));
  // A bold lead-in ending in a colon introduces the next block; it is not a heading.
  return text.length >= 2 && text.length <= 120 && !/[.,;:]$/.test(text) && !DATE_LINE.test(text) ? text : null;
}

const DATE_LINE = /^[A-Z][a-z]+\.? \d{1,2}, \d{4}$/;
const hasWords = (s: string) => /[\p{L}\p{N}]/u.test(s);

export function parseMarkdownBlocks(raw: string, sink: MarkdownSink): void {
  source = raw;
  const tree: Root = fromMarkdown(raw, { extensions: [NO_INDENTED_CODE] });
  const blocks = tree.children;
  // Scraped lists often nest by indentation alone, which CommonMark reads as consecutive flat lists;
  // within a run of adjacent lists, deeper markers still make deeper items.
  let runIndents: number[] = [];

  const listItems = (list: Extract<RootContent, { type: 'list' }>, nesting: number) => {
    for (const item of list.children) {
      const column = item.position?.start.column ?? 1;
      if (nesting === 0 && !runIndents.includes(column)) runIndents = [...runIndents, column].sort((a, z) => a - z);
      const depth = nesting === 0 ? runIndents.indexOf(column) : nesting + runIndents.length - 1;
      const own = item.children.filter((c) => c.type === 'paragraph' || c.type === 'heading');
      const segments = own.flatMap((p, i) => [...(i > 0 ? [{ type: 'text' as const, text: ' ' }] : []), ...phrasingSegments(p.children)]);
      const text = segmentsText(segments);
      if (own.length > 0 && hasWords(text)) {
        const first = span(own[0]!);
        sink.clause('list-item', foldSegments(segments), depth, first.start, span(own[own.length - 1]!).end, first.line);
      } else if (own.length > 0) {
        sink.skip('debris', raw.slice(span(own[0]!).start, span(own[own.length - 1]!).end), span(own[0]!).start, span(own[own.length - 1]!).end);
      }
      for (const child of item.children) {
        if (child.type === 'list') listItems(child, nesting + 1);
        else if (child.type !== 'paragraph' && child.type !== 'heading') block(child, depth + 1);
      }
    }
  };

  /** The text of a one-line paragraph that reads as a title, else null. */
  const titleLine = (node: RootContent | undefined): string | null => {
    if (node?.type !== 'paragraph' || node.children.some((c) => c.type === 'link')) return null;
    const lines = shownLines(node.children);
    const text = lines[0] ?? '';
    // Commas mark addresses, dates and sentences rather than titles.
    if (lines.length !== 1 || text.includes(',')) return null;
    return sink.isBareHeading(text) ? normalizeWhitespace(text) : null;
  };

  /** A lone short line before more text, as scraped pages render headings that lost their markup. */
  const bareHeading = (node: RootContent, prev: RootContent | undefined, next: RootContent | undefined): string | null => {
    // A run of title-like lines is a menu, a table of contents or an address, not a heading.
    if (!next || next.type === 'heading' || titleLine(next) || titleLine(prev)) return null;
    return titleLine(node);
  };

  /**
   * A title line ended by a hard break and followed by prose ("Individual Rights  \nAccess: You have…"):
   * the heading and the paragraph lost the blank line between them.
   */
  const runInHeading = (node: Extract<RootContent, { type: 'paragraph' }>): { heading: string; end: number; rest: PhrasingContent[] } | null => {
    const at = node.children.findIndex((c) => c.type === 'break');
    if (at <= 0) return null;
    const head = node.children.slice(0, at);
    const rest = node.children.slice(at + 1);
    if (head.some((c) => c.type === 'link')) return null;
    const lines = shownLines(head);
    const title = lines[0] ?? '';
    const nextLine = shownLines(rest)[0] ?? '';
    if (lines.length !== 1 || title.includes(',') || !sink.isBareHeading(title) || nextLine.length < 60) return null;
    return { heading: normalizeWhitespace(title), end: span(node.children[at - 1]!).end, rest };
  };

  const block = (node: RootContent, depth = 0, next?: RootContent, prev?: RootContent) => {
    const at = span(node);
    switch (node.type) {
      case 'heading': {
        const segments = phrasingSegments(node.children);
        const text = normalizeWhitespace(segmentsText(segments));
        if (!hasWords(text)) return sink.skip('debris', raw.slice(at.start, at.end), at.start, at.end);
        // A "---" line under layout-table debris makes CommonMark read a whole passage as a setext heading.
        if (text.length > 150) return sink.clause('paragraph', segments, depth, at.start, at.end, at.line);
        return sink.heading(text, node.depth, at.start, at.end, at.line);
      }
      case 'paragraph': {
        const segments = phrasingSegments(node.children);
        if (!hasWords(segmentsText(segments))) return sink.skip('debris', raw.slice(at.start, at.end), at.start, at.end);
        const heading = depth === 0 ? boldHeading(node) ?? bareHeading(node, prev, next) : null;
        if (heading) return sink.heading(heading, 4, at.start, at.end, at.line);
        const runIn = depth === 0 ? runInHeading(node) : null;
        if (runIn) {
          sink.heading(runIn.heading, 4, at.start, runIn.end, at.line);
          const first = span(runIn.rest[0]!);
          return sink.clause('paragraph', phrasingSegments(runIn.rest), depth, first.start, at.end, first.line);
        }
        return sink.clause('paragraph', segments, depth, at.start, at.end, at.line);
      }
      case 'list':
        return listItems(node, depth);
      case 'blockquote': {
        // The archive's provenance note is a blockquote before any policy text; other quotes are clauses.
        const paragraphs = node.children.filter((c) => c.type === 'paragraph');
        const segments = paragraphs.flatMap((p, i) => [...(i > 0 ? [{ type: 'text' as const, text: '\n' }] : []), ...phrasingSegments(p.children)]);
        const text = segmentsText(segments);
        if (sink.atStart() && (/extracted and transformed from the \S+ privacy policy/.test(text) || FETCHED_PROVENANCE.test(text)))
          return sink.skip('provenance', raw.slice(at.start, at.end), at.start, at.end);
        if (!hasWords(text) || paragraphs.length === 0) return sink.skip('debris', raw.slice(at.start, at.end), at.start, at.end);
        const first = span(paragraphs[0]!);
        return sink.clause('paragraph', foldSegments(segments), depth, first.start, span(paragraphs[paragraphs.length - 1]!).end, first.line);
      }
      case 'html': {
        if (!hasWords(node.value)) return sink.skip('debris', raw.slice(at.start, at.end), at.start, at.end);
        return sink.clause('paragraph', foldSegments([{ type: 'text', text: node.value.replace(/\r?\n/g, SOFT) }]), depth, at.start, at.end, at.line);
      }
      case 'code': {
        const segments: InlineSegment[] = [{ type: 'text', text: node.value.replace(/[\s\u00a0]+/g, ' ').trim() }];
        if (!hasWords(node.value)) return sink.skip('debris', raw.slice(at.start, at.end), at.start, at.end);
        return sink.clause('paragraph', segments, depth, at.start, at.end, at.line);
      }
      default:
        // Thematic breaks, raw HTML and link definitions carry no policy prose.
        if (at.end > at.start) sink.skip('debris', raw.slice(at.start, at.end), at.start, at.end);
    }
  };

  blocks.forEach((node, i) => {
    if (node.type !== 'list') runIndents = [];
    block(node, 0, blocks[i + 1], blocks[i - 1]);
  });
}
