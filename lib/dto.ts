/** Plain data the query layer returns and components render. No Prisma types cross this line. */
import type { Tone } from './schemas';

export type { Tone };

export interface StanceDTO {
  value: string;
  label: string;
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
  citations: CitationDTO[];
}

export interface MatrixDTO {
  insurers: InsurerDTO[];
  groups: GroupDTO[];
  topics: TopicDTO[];
  cells: CellDTO[];
  /** Insurers in the corpus; more than `insurers.length` when only a page of them is loaded. */
  totalInsurers: number;
}

export interface ClauseDTO {
  key: string;
  kind: 'paragraph' | 'list-item';
  depth: number;
  text: string;
  /** Markdown source of the clause, for rendering its links; null for plain-text policies. */
  markdown: string | null;
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
  sourceFile: string;
  sourceUrl: string | null;
  snapshotUrl: string | null;
  archivedOn: string | null;
  effectiveOn: string | null;
  lastModifiedOn: string | null;
  contentSha256: string;
  sections: SectionDTO[];
  practices: CellDTO[];
}

/** What the grid page sends to the browser: only what the grid shows, no quotes or explanations. */
export interface GridTopicDTO {
  slug: string;
  name: string;
  question: string;
  group: string;
  stances: Pick<StanceDTO, 'value' | 'label' | 'tone'>[];
}

export interface GridCellDTO {
  insurer: string;
  topic: string;
  stance: string;
  summary: string;
  /** Deep link of the first cited clause; null for not-addressed. */
  clauseUrl: string | null;
}

export interface GridDTO {
  insurers: InsurerDTO[];
  groups: GroupDTO[];
  topics: GridTopicDTO[];
  cells: GridCellDTO[];
  totalInsurers: number;
}
