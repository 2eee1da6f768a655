/** Plain data the query layer returns and components render. No Prisma types cross this line. */
import type { Capture, ReviewState, Tone } from './schemas';

export type { Capture, ReviewState, Tone };

export interface StanceDTO {
  value: string;
  label: string;
  short: string;
  description: string;
  tone: Tone;
}

export interface TopicDTO {
  slug: string;
  name: string;
  question: string;
  explanation: string;
  group: string;
  groupName: string;
  stances: StanceDTO[];
}

export interface GroupDTO {
  slug: string;
  name: string;
}

export interface InsurerDTO {
  slug: string;
  name: string;
  state: string;
}


/** One version of an insurer's policy, as lists and links need it. */
export interface VersionRefDTO {
  archivedOn: string;
  capture: Capture;
  isLatest: boolean;
  effectiveOn: string | null;
  lastModifiedOn: string | null;
  /** The version's own page; the newest version is also at the insurer's page. */
  url: string;
}

/** An insurer as one view reads it: the version read (latest, or as of a date), or null if none by then. */
export interface InsurerAtDTO extends InsurerDTO {
  version: { archivedOn: string; capture: Capture; isLatest: boolean } | null;
}

export interface CitationDTO {
  clauseKey: string;
  quote: string;
  url: string;
}

export interface CellDTO {
  insurer: string;
  topic: string;
  stance: string;
  summary: string;
  /** reviewed (read by a person), carried (an earlier reviewed reading whose quotes all still occur) or suggested (machine). */
  review: ReviewState;
  /** The capture day of the version this cell reads, and how it was captured. */
  archivedOn: string;
  capture: Capture;
  /** Carried cells: the version whose reviewed reading this is. */
  carriedFrom: string | null;
  /** Suggested cells: the suggester's confidence and reason. */
  confidence: number | null;
  why: string | null;
  /** Why a person must look at this cell, if anything. */
  flag: string | null;
  citations: CitationDTO[];
}

export interface MatrixDTO {
  insurers: InsurerAtDTO[];
  groups: GroupDTO[];
  topics: TopicDTO[];
  cells: CellDTO[];
  /** Insurers in the corpus; more than `insurers.length` when only a page of them is loaded. */
  totalInsurers: number;
  /** The day the view is read as of, or null for each insurer's newest version. */
  asOf: string | null;
}

export type { InlineSegment as InlineSegmentDTO } from './ingest/inline';
import type { InlineSegment as InlineSegmentDTO } from './ingest/inline';

export interface ClauseDTO {
  key: string;
  kind: 'paragraph' | 'list-item';
  depth: number;
  text: string;
  /** The text with its links (http, https and mailto only); null when the clause has no link. */
  links: InlineSegmentDTO[] | null;
  duplicateOfKey: string | null;
  /** Topics whose practice cites this clause. */
  topics: { slug: string; name: string }[];
}

export interface SectionDTO {
  key: string;
  heading: string;
  level: number;
  clauses: ClauseDTO[];
}

export interface PolicyDTO {
  insurer: InsurerDTO;
  title: string;
  sourceUrl: string | null;
  snapshotUrl: string | null;
  archivedOn: string;
  capture: Capture;
  isLatest: boolean;
  effectiveOn: string | null;
  lastModifiedOn: string | null;
  contentSha256: string;
  /** Every version of this insurer's policy, oldest first. */
  versions: VersionRefDTO[];
  sections: SectionDTO[];
  practices: CellDTO[];
}

/** What the grid page sends to the browser: only what the grid shows, no quotes or explanations. */
export interface GridTopicDTO {
  slug: string;
  name: string;
  question: string;
  group: string;
  stances: Pick<StanceDTO, 'value' | 'label' | 'short' | 'tone'>[];
}

export interface GridCellDTO {
  insurer: string;
  topic: string;
  stance: string;
  summary: string;
  review: ReviewState;
  /** Deep link of the first cited clause; null for not-addressed. */
  clauseUrl: string | null;
}

export interface GridDTO {
  insurers: InsurerAtDTO[];
  groups: GroupDTO[];
  topics: GridTopicDTO[];
  cells: GridCellDTO[];
  totalInsurers: number;
  asOf: string | null;
}

/** A topic whose stance differs between two consecutive versions, with the quotes on both sides. */
export interface StanceChangeDTO {
  insurer: InsurerDTO;
  topic: { slug: string; name: string };
  from: ChangeSideDTO;
  to: ChangeSideDTO;
}

export interface ChangeSideDTO {
  archivedOn: string;
  capture: Capture;
  stance: Pick<StanceDTO, 'value' | 'label' | 'tone'>;
  summary: string;
  review: ReviewState;
  citations: CitationDTO[];
  /** The version's page. */
  url: string;
}
