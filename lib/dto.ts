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
  /** insurer, state-exchange, federal-exchange or medicare-plan. */
  kind: string;
  version: { archivedOn: string; capture: Capture; isLatest: boolean; sourceUrl: string | null } | null;
  /** The capture day of its oldest version: whether it has a policy by a date, without a request. */
  firstArchivedOn: string;
  /** The tracker's last check of its live policy (its first source), or null when never checked. */
  lastCheck: LiveCheckDTO | null;
}

/** One check of an insurer's live policy by the tracker (lib/track): when, and what it found. */
export interface LiveCheckDTO {
  /** ISO date-time. */
  checkedAt: string;
  outcome: 'unchanged' | 'changed' | 'failed';
  /** Why the check failed. */
  reason: string | null;
  /** The version the live words matched (unchanged) or were written as (changed). */
  matchedVersion: string | null;
}

export interface PolicySourceDTO {
  url: string;
  render: string;
  check: LiveCheckDTO | null;
}

export interface CitationDTO {
  clauseKey: string;
  quote: string;
  /** The clause in the version quoted: /insurers/<insurer>/versions/<date>#<clause-key>. */
  url: string;
  /** For a quote from a list item: the words that introduce the list, shown before it. */
  leadIn: string | null;
  /** The heading of the section the clause is in. */
  section: string;
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
  /** This reading's own page (version-pinned): /insurers/<insurer>/versions/<date>/<topic>. */
  permalink: string;
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
  /** The previous version's capture day when its clause of this key had other words. */
  earlierWordingOn: string | null;
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
  captureNote: string | null;
  contentSha256: string;
  /** Where the tracker fetches this insurer's live policy, each with its last check. */
  sources: PolicySourceDTO[];
  /** The insurer whose separate website this is, when it is one. */
  parent: InsurerDTO | null;
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
  /** Deep link of the first cited clause (version-pinned); null for not-addressed. */
  clauseUrl: string | null;
  /** The reading's own page (version-pinned). */
  permalink: string;
}

export interface GridDTO {
  insurers: InsurerAtDTO[];
  groups: GroupDTO[];
  topics: GridTopicDTO[];
  /** Full cells of the first page of insurers only. */
  cells: GridCellDTO[];
  /** Every listed insurer's stance per topic (topic order), for the compact view, sorting and base marks. */
  stances: Record<string, string[]>;
  totalInsurers: number;
  asOf: string | null;
}

export type { ChangeDirection } from './urls';
import type { ChangeDirection } from './urls';

/** One side of a version pair: the version and the dates its text states. */
export interface VersionSideDTO {
  archivedOn: string;
  capture: Capture;
  effectiveOn: string | null;
  lastModifiedOn: string | null;
  /** The version's page. */
  url: string;
}

/** A topic whose stance differs between two consecutive versions, with the reading and quotes on both sides. */
export interface TopicChangeDTO {
  topic: { slug: string; name: string };
  /** more-exposure / less-exposure by the stances' tones; unclear when either side is not-addressed. */
  direction: ChangeDirection;
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
  /** This reading's own page (version-pinned). */
  url: string;
}

/**
 * Two consecutive versions of an insurer's policy: the topics whose stance changed between them, and
 * how many of the newer version's cells still wait for a person (machine-suggested or flagged).
 */
export interface ChangeGroupDTO {
  /** The entry's anchor on the changes page. */
  id: string;
  insurer: InsurerDTO;
  from: VersionSideDTO;
  to: VersionSideDTO;
  changes: TopicChangeDTO[];
  awaitingReview: number;
  compareUrl: string;
}
