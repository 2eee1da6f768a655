import { markdownInlineSegments, normalizeWhitespace, segmentsToText } from './inline';

/**
 * Stage 2 of the ingest pipeline: raw policy text → sections and clauses with character offsets.
 * Offsets are JavaScript string indices (UTF-16 code units) into the raw text, end exclusive.
 * Clause keys are `<section-key>-<n>`: derived only from the section heading and the clause's place
 * in its section, so re-seeding the same text yields the same keys, and an edit in one section
 * leaves every other section's keys alone.
 */
export type PolicyFormat = 'markdown' | 'text';
export type ClauseKind = 'paragraph' | 'list-item';

export interface ParsedClause {
  key: string;
  sectionKey: string;
  kind: ClauseKind;
  ordinal: number;
  depth: number;
  text: string;
  start: number;
  end: number;
  /** Set when the source repeats an earlier clause word for word (a scraping artefact). */
  duplicateOfKey?: string;
}

export interface ParsedSection {
  key: string;
  heading: string;
  level: number;
  ordinal: number;
  start: number;
  end: number;
  clauses: ParsedClause[];
}

export interface Provenance {
  domain: string;
  archivedOn: string;
  snapshotUrl: string;
  sourceUrl: string;
}

export interface SkippedBlock {
  reason: 'provenance' | 'furniture' | 'bullet-marker';
  text: string;
  start: number;
  end: number;
}

export interface ParsedPolicy {
  format: PolicyFormat;
  title: string;
  provenance?: Provenance;
  statedDates: { lastModifiedOn?: string; effectiveOn?: string };
  sections: ParsedSection[];
  clauses: ParsedClause[];
  skipped: SkippedBlock[];
}

export class ParseError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line: number,
  ) {
    super(`${file}:${line}: ${message}`);
    this.name = 'ParseError';
  }
}

export interface ParseOptions {
  file: string;
  format?: PolicyFormat;
  /** Exact lines (after trimming) that are page furniture, not policy text. */
  furniture?: readonly string[];
}

/** Scraped UI text seen at the end of captured pages; never policy text. */
export const DEFAULT_FURNITURE: readonly string[] = ['Errors found', 'Status okay', 'Button Container'];

interface Line {
  no: number;
  start: number;
  text: string;
}

function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let no = 1;
  for (const text of raw.split('\n')) {
    lines.push({ no, start, text });
    start += text.length + 1;
    no += 1;
  }
  return lines;
}

export function detectFormat(raw: string): PolicyFormat {
  return /^(#{1,6} |> |\s*\* )/m.test(raw) || /\[[^\]]+\]\([^)]+\)/.test(raw) ? 'markdown' : 'text';
}

export function slugify(s: string, maxLength = 40): string {
  const slug = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const at = cut.lastIndexOf('-');
  return at > 0 ? cut.slice(0, at) : slug.slice(0, maxLength);
}

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

function monthNumber(name: string): string | undefined {
  const i = MONTHS.indexOf(name.toLowerCase());
  return i < 0 ? undefined : String(i + 1).padStart(2, '0');
}

/** Dates the policy states about itself, as ISO dates (YYYY-MM where only a month is given). */
export function findStatedDates(text: string): ParsedPolicy['statedDates'] {
  const dates: ParsedPolicy['statedDates'] = {};
  const modified = /last modified:?\s+([A-Za-z]+) (\d{1,2}), (\d{4})/i.exec(text);
  if (modified) {
    const m = monthNumber(modified[1]!);
    if (m) dates.lastModifiedOn = `${modified[3]}-${m}-${modified[2]!.padStart(2, '0')}`;
  }
  const numeric = /effective(?: as of)?:?\s+(\d{1,2})\/(\d{1,2})\/(\d{4})/i.exec(text);
  const monthYear = /effective(?: as of)?:?\s+([A-Za-z]+) (\d{4})/i.exec(text);
  if (numeric) {
    dates.effectiveOn = `${numeric[3]}-${numeric[1]!.padStart(2, '0')}-${numeric[2]!.padStart(2, '0')}`;
  } else if (monthYear) {
    const m = monthNumber(monthYear[1]!);
    if (m) dates.effectiveOn = `${monthYear[2]}-${m}`;
  }
  return dates;
}

const PROVENANCE =
  /extracted and transformed from the (\S+) privacy policy that was archived on (\d{4}-\d{2}-\d{2})[\s\S]*?\((https:\/\/web\.archive\.org\/web\/\d+id_\/([^)\s]+))\)/;

function parseProvenance(text: string): Provenance | undefined {
  const m = PROVENANCE.exec(text);
  if (!m) return undefined;
  let sourceUrl: string;
  try {
    sourceUrl = decodeURIComponent(m[4]!);
  } catch {
    sourceUrl = m[4]!;
  }
  return { domain: m[1]!, archivedOn: m[2]!, snapshotUrl: m[3]!, sourceUrl };
}

/** Accumulates blocks into sections, assigning keys. */
class Builder {
  readonly sections: ParsedSection[] = [];
  readonly clauses: ParsedClause[] = [];
  readonly skipped: SkippedBlock[] = [];
  private readonly usedSectionKeys = new Set<string>();
  private readonly seenText = new Map<string, string>();
  title = '';

  constructor(readonly file: string) {}

  heading(text: string, level: number, start: number, end: number, line: number) {
    const heading = normalizeWhitespace(text);
    if (!heading) throw new ParseError('empty heading', this.file, line);
    const isTitle = this.sections.length === 0 && this.clauses.length === 0 && !this.title;
    if (isTitle) this.title = heading;
    let key = isTitle ? 'overview' : slugify(heading) || 'section';
    if (this.usedSectionKeys.has(key)) {
      let n = 2;
      while (this.usedSectionKeys.has(`${key}-${n}`)) n += 1;
      key = `${key}-${n}`;
    }
    this.usedSectionKeys.add(key);
    this.sections.push({ key, heading, level, ordinal: this.sections.length + 1, start, end, clauses: [] });
  }

  clause(kind: ClauseKind, text: string, depth: number, start: number, end: number, line: number) {
    const plain = normalizeWhitespaceKeepBreaks(text);
    if (!plain) throw new ParseError(`empty ${kind}`, this.file, line);
    if (this.sections.length === 0) this.heading('Overview', 1, start, start, line);
    const section = this.sections[this.sections.length - 1]!;
    const ordinal = section.clauses.length + 1;
    const clause: ParsedClause = { key: `${section.key}-${ordinal}`, sectionKey: section.key, kind, ordinal, depth, text: plain, start, end };
    const fingerprint = normalizeWhitespace(plain);
    const earlier = fingerprint.length >= 80 ? this.seenText.get(fingerprint) : undefined;
    if (earlier) clause.duplicateOfKey = earlier;
    else this.seenText.set(fingerprint, clause.key);
    section.clauses.push(clause);
    section.end = Math.max(section.end, end);
    this.clauses.push(clause);
  }

  skip(reason: SkippedBlock['reason'], text: string, start: number, end: number) {
    this.skipped.push({ reason, text, start, end });
  }
}

/** Keeps hard line breaks (addresses) but folds every other run of white space. */
function normalizeWhitespaceKeepBreaks(s: string): string {
  return s
    .split('\n')
    .map((l) => normalizeWhitespace(l))
    .filter(Boolean)
    .join('\n');
}

function trimmedSpan(line: Line, from = 0): { start: number; end: number; text: string } {
  const body = line.text.slice(from);
  const lead = body.length - body.trimStart().length;
  const text = body.trim();
  const start = line.start + from + lead;
  return { start, end: start + text.length, text };
}

const MD_HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const MD_LIST = /^(\s*)([*+-]|\d+[.)])\s+(.*)$/;

function parseMarkdown(lines: Line[], b: Builder, furniture: Set<string>) {
  let i = 0;
  const isBlank = (l: Line | undefined) => !l || l.text.trim() === '';
  while (i < lines.length) {
    const line = lines[i]!;
    const trimmed = line.text.trim();
    if (trimmed === '') {
      i += 1;
      continue;
    }
    if (furniture.has(trimmed)) {
      const s = trimmedSpan(line);
      b.skip('furniture', s.text, s.start, s.end);
      i += 1;
      continue;
    }
    const heading = MD_HEADING.exec(line.text);
    if (heading) {
      const s = trimmedSpan(line);
      b.heading(segmentsToText(markdownInlineSegments(heading[2]!)), heading[1]!.length, s.start, s.end, line.no);
      i += 1;
      continue;
    }
    if (trimmed.startsWith('>')) {
      const first = line;
      let last = line;
      const parts: string[] = [];
      while (i < lines.length && lines[i]!.text.trim().startsWith('>')) {
        last = lines[i]!;
        parts.push(last.text.trim().replace(/^>\s?/, ''));
        i += 1;
      }
      const body = parts.join('\n');
      const start = first.start + first.text.indexOf('>');
      const end = last.start + last.text.trimEnd().length;
      if (b.clauses.length === 0 && b.sections.length === 0 && parseProvenance(body)) b.skip('provenance', body, start, end);
      else b.clause('paragraph', segmentsToText(markdownInlineSegments(body)), 0, start, end, first.no);
      continue;
    }
    const listMatch = MD_LIST.exec(line.text);
    if (listMatch) {
      // A list: items start at a marker; indented non-marker lines continue the item.
      const indents: number[] = [];
      while (i < lines.length && !isBlank(lines[i])) {
        const itemLine = lines[i]!;
        const m = MD_LIST.exec(itemLine.text);
        if (!m) break;
        const indent = m[1]!.length;
        if (!indents.includes(indent)) indents.push(indent);
        const depth = [...indents].sort((a, z) => a - z).indexOf(indent);
        const markerEnd = itemLine.text.length - m[3]!.length;
        const s = trimmedSpan(itemLine, markerEnd);
        let end = s.end;
        const body = [s.text];
        i += 1;
        while (i < lines.length && !isBlank(lines[i]) && !MD_LIST.exec(lines[i]!.text) && !MD_HEADING.test(lines[i]!.text)) {
          const cont = trimmedSpan(lines[i]!);
          body.push(cont.text);
          end = cont.end;
          i += 1;
        }
        b.clause('list-item', segmentsToText(markdownInlineSegments(body.join(' '))), depth, s.start, end, itemLine.no);
      }
      continue;
    }
    // Paragraph: consecutive non-blank lines; two trailing spaces are a hard break (addresses).
    const first = line;
    let end = first.start;
    const parts: string[] = [];
    while (i < lines.length && !isBlank(lines[i]) && !MD_HEADING.test(lines[i]!.text) && !(parts.length > 0 && MD_LIST.test(lines[i]!.text))) {
      const l = lines[i]!;
      const s = trimmedSpan(l);
      parts.push(s.text + (/ {2,}$/.test(l.text) ? '\n' : ' '));
      end = s.end;
      i += 1;
    }
    const s = trimmedSpan(first);
    b.clause('paragraph', segmentsToText(markdownInlineSegments(parts.join(''))), 0, s.start, end, first.no);
  }
}

const BULLET = /^(\s*)[•●▪◦]\s*(.*)$/;

/** A bare line that reads as a heading: short, capitalised, no sentence-ending punctuation. */
export function isBareHeading(text: string): boolean {
  const t = text.trim();
  if (t.length < 2 || t.length > 80) return false;
  if (/[.,;:!]$/.test(t)) return false;
  if (!/^[A-Z0-9]/.test(t)) return false;
  if (t.includes('|')) return false;
  return t.split(/\s+/).length <= 10;
}

function parseText(lines: Line[], b: Builder, furniture: Set<string>) {
  const content = lines.filter((l) => l.text.trim() !== '');
  let bulletPending: Line | undefined;
  content.forEach((line, idx) => {
    const trimmed = line.text.trim();
    const s = trimmedSpan(line);
    if (furniture.has(trimmed)) {
      b.skip('furniture', s.text, s.start, s.end);
      return;
    }
    if (trimmed === '-' || trimmed === '•') {
      if (bulletPending) throw new ParseError('bullet marker followed by another bullet marker', b.file, line.no);
      b.skip('bullet-marker', s.text, s.start, s.end);
      bulletPending = line;
      return;
    }
    if (bulletPending) {
      bulletPending = undefined;
      b.clause('list-item', s.text, 0, s.start, s.end, line.no);
      return;
    }
    const bullet = BULLET.exec(line.text);
    if (bullet) {
      const depth = bullet[1]!.length >= 4 ? 1 : 0;
      const markerEnd = line.text.length - bullet[2]!.length;
      const item = trimmedSpan(line, markerEnd);
      b.clause('list-item', item.text, depth, item.start, item.end, line.no);
      return;
    }
    const next = content.slice(idx + 1).find((l) => !furniture.has(l.text.trim()));
    if (next && isBareHeading(trimmed)) {
      b.heading(trimmed, b.sections.length === 0 && b.clauses.length === 0 ? 1 : 2, s.start, s.end, line.no);
      return;
    }
    b.clause('paragraph', s.text, 0, s.start, s.end, line.no);
  });
  if (bulletPending) throw new ParseError('bullet marker with no item after it', b.file, bulletPending.no);
}

export function parsePolicy(raw: string, options: ParseOptions): ParsedPolicy {
  const format = options.format ?? detectFormat(raw);
  const furniture = new Set([...DEFAULT_FURNITURE, ...(options.furniture ?? [])].map((f) => f.trim()));
  const b = new Builder(options.file);
  const lines = splitLines(raw);
  if (format === 'markdown') parseMarkdown(lines, b, furniture);
  else parseText(lines, b, furniture);
  if (b.clauses.length === 0) throw new ParseError('no policy text found', options.file, 1);
  const provenanceBlock = b.skipped.find((s) => s.reason === 'provenance');
  const provenance = provenanceBlock ? parseProvenance(provenanceBlock.text) : undefined;
  const body = [...b.sections.map((s) => s.heading), ...b.clauses.map((c) => c.text)].join('\n');
  return {
    format,
    title: b.title,
    ...(provenance ? { provenance } : {}),
    statedDates: findStatedDates(body),
    sections: b.sections,
    clauses: b.clauses,
    skipped: b.skipped,
  };
}
