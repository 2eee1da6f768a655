import 'server-only';
import { prisma } from '../db';
import type { Capture, CellDTO, InsurerDTO, ReviewState, Tone, TopicDTO } from '../dto';
import { versionPracticeUrl } from '../urls';
import { getTopics, getVersionCells } from './matrix';
import { memoByKey } from './memo';

export interface ReadingVersionDTO {
  archivedOn: string;
  capture: Capture;
  isLatest: boolean;
  title: string;
  sourceUrl: string | null;
  snapshotUrl: string | null;
  effectiveOn: string | null;
  lastModifiedOn: string | null;
  captureNote: string | null;
}

/** One reading (an insurer's version × a topic), with the same topic's reading in every version. */
export interface ReadingDTO {
  insurer: InsurerDTO;
  topic: TopicDTO;
  cell: CellDTO;
  version: ReadingVersionDTO;
  readings: { archivedOn: string; capture: Capture; isLatest: boolean; stance: { value: string; label: string; tone: Tone }; review: ReviewState; url: string }[];
}

/**
 * The reading a permalink shows: of the version archived on `archivedOn`, or of the newest version.
 * Null when the insurer, topic or version is unknown. Keys are bounded by the corpus: the proxy lets
 * only known insurers, topics and dates through.
 */
export const getReading = memoByKey(
  async (slug: string, topicSlug: string, archivedOn: string | null): Promise<ReadingDTO | null> => {
    const [{ topics }, insurer] = await Promise.all([
      getTopics(),
      prisma.insurer.findUnique({
        where: { slug },
        select: {
          slug: true, name: true, state: true,
          versions: {
            orderBy: { archivedOn: 'asc' },
            select: {
              id: true, archivedOn: true, capture: true, isLatest: true, title: true, sourceUrl: true, snapshotUrl: true, effectiveOn: true, lastModifiedOn: true, captureNote: true,
              practices: { where: { topic: { slug: topicSlug } }, select: { stance: true, review: true } },
            },
          },
        },
      }),
    ]);
    const topic = topics.find((t) => t.slug === topicSlug);
    if (!insurer || !topic) return null;
    const version = archivedOn ? insurer.versions.find((v) => v.archivedOn === archivedOn) : insurer.versions.find((v) => v.isLatest);
    if (!version) return null;
    const [cell] = await getVersionCells([version.id], [topicSlug]);
    if (!cell) return null;
    return {
      insurer: { slug: insurer.slug, name: insurer.name, state: insurer.state },
      topic,
      cell,
      version: {
        archivedOn: version.archivedOn, capture: version.capture as Capture, isLatest: version.isLatest, title: version.title, sourceUrl: version.sourceUrl,
        snapshotUrl: version.snapshotUrl, effectiveOn: version.effectiveOn, lastModifiedOn: version.lastModifiedOn, captureNote: version.captureNote,
      },
      readings: insurer.versions.flatMap((v) => {
        const p = v.practices[0];
        const stance = topic.stances.find((s) => s.value === p?.stance);
        return p && stance
          ? [{ archivedOn: v.archivedOn, capture: v.capture as Capture, isLatest: v.isLatest, stance: { value: stance.value, label: stance.label, tone: stance.tone }, review: p.review as ReviewState, url: versionPracticeUrl(insurer.slug, v.archivedOn, topicSlug) }]
          : [];
      }),
    };
  },
  (slug, topic, archivedOn) => `${slug}\u0000${topic}\u0000${archivedOn ?? ''}`,
  20_000,
);
