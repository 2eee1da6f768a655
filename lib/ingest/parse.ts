import { normalizeWhitespace, segmentsToText, type InlineSegment } from './inline';
import { parseMarkdownBlocks } from './parse-markdown';
import { parseProvenance } from './provenance';

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
  /** The displayed text with its links; only clauses that contain a link carry it (text is the rest). */
  links?: InlineSegment[];
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

export type { Provenance } from './provenance';
import type { Provenance } from './provenance';

export interface SkippedBlock {
  reason: 'provenance' | 'furniture' | 'bullet-marker' | 'debris';
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

/** Scraped UI text seen in captured pages (form widgets, in-page navigation); never policy text. */
export const DEFAULT_FURNITURE: readonly string[] = [
  'Errors found', 'Status okay', 'Button Container',
  'Top of Page', 'Back to Top', 'Back to top', 'back to top', 'Return to top', 'return to the top',
];

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

const DATE = String.raw`(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|[A-Z][a-z]+ \d{4}|\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2})`;
/** A keyword, then at most a few words of the same sentence, then a date. */
const MODIFIED = new RegExp(String.raw`\b(?:modified|updated|revised)\b[^.\n]{0,40}?(${DATE})`, 'i');
const EFFECTIVE = new RegExp(String.raw`\beffective\b[^.\n]{0,40}?(${DATE})`, 'i');

/** A stated date as ISO: YYYY-MM-DD, or YYYY-MM where only a month is given; undefined if not a date. */
export function isoDate(text: string): string | undefined {
  let m = /^([A-Za-z]+)\.? (\d{1,2}), (\d{4})$/.exec(text);
  if (m) {
    const month = monthNumber(m[1]!);
    return month ? `${m[3]}-${month}-${m[2]!.padStart(2, '0')}` : undefined;
  }
  m = /^([A-Za-z]+) (\d{4})$/.exec(text);
  if (m) {
    const month = monthNumber(m[1]!);
    return month ? `${m[2]}-${month}` : undefined;
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (m) return `${m[3]}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : undefined;
}

/** Dates the policy states about itself: the first "modified/updated/revised" and "effective" dates. */
export function findStatedDates(text: string): ParsedPolicy['statedDates'] {
  const dates: ParsedPolicy['statedDates'] = {};
  const first = (re: RegExp) => {
    const global = new RegExp(re.source, 'gi');
    for (const m of text.matchAll(global)) {
      const iso = isoDate(m[1]!);
      if (iso) return iso;
    }
    return undefined;
  };
  const modified = first(MODIFIED);
  const effective = first(EFFECTIVE);
  if (modified) dates.lastModifiedOn = modified;
  if (effective) dates.effectiveOn = effective;
  return dates;
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

  clause(kind: ClauseKind, content: string | InlineSegment[], depth: number, start: number, end: number, line: number) {
    const segments = typeof content === 'string' ? undefined : content;
    const plain = normalizeWhitespaceKeepBreaks(segments ? segmentsToText(segments) : (content as string));
    if (!plain) throw new ParseError(`empty ${kind}`, this.file, line);
    if (this.sections.length === 0) this.heading('Overview', 1, start, start, line);
    const section = this.sections[this.sections.length - 1]!;
    const ordinal = section.clauses.length + 1;
    const clause: ParsedClause = { key: `${section.key}-${ordinal}`, sectionKey: section.key, kind, ordinal, depth, text: plain, start, end };
    if (segments?.some((s) => s.type === 'link')) clause.links = segments;
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

/**
 * Furniture lines are blanked (same length, so offsets hold) and recorded before the CommonMark parse,
 * so a furniture line inside a paragraph splits it rather than joining the policy text.
 */
function parseMarkdown(raw: string, lines: Line[], b: Builder, furniture: Set<string>) {
  let text = raw;
  for (const line of lines) {
    if (!furniture.has(line.text.trim())) continue;
    const s = trimmedSpan(line);
    b.skip('furniture', s.text, s.start, s.end);
    text = text.slice(0, line.start) + ' '.repeat(line.text.length) + text.slice(line.start + line.text.length);
  }
  parseMarkdownBlocks(text, {
    heading: (heading, level, start, end, line) => b.heading(heading, level, start, end, line),
    clause: (kind, segments, depth, start, end, line) => b.clause(kind, segments, depth, start, end, line),
    skip: (reason, skipped, start, end) => b.skip(reason, raw.slice(start, end) || skipped, start, end),
    atStart: () => b.sections.length === 0 && b.clauses.length === 0,
    isBareHeading,
  });
  b.skipped.sort((x, y) => x.start - y.start);
}

const BULLET = /^(\s*)[•●▪◦]\s*(.*)$/;

/** A bare line that reads as a heading: short, capitalised, no sentence-ending punctuation. */
export function isBareHeading(text: string): boolean {
  const t = text.trim();
  if (t.length < 2 || t.length > 80) return false;
  if (/[.,;:!]$/.test(t)) return false;
  if (!/^["“‘']?[A-Z0-9]/.test(t)) return false;
  // A label with a value ("Effective as of: 01/01/2016") or a table row is not a heading.
  if (t.includes('|') || t.includes(': ')) return false;
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
  if (format === 'markdown') parseMarkdown(raw, lines, b, furniture);
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
