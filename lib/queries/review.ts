import 'server-only';
import { prisma } from '../db';
import type { Capture, CellDTO, InsurerDTO } from '../dto';
import { getTopics, getVersionCells } from './matrix';
import { once } from './memo';

export interface ReviewItemDTO {
  insurer: InsurerDTO;
  archivedOn: string;
  capture: Capture;
  topic: { slug: string; name: string };
  stanceLabel: string;
  cell: CellDTO;
  /** Where a person corrects the cell and marks it reviewed. */
  annotationFile: string;
}

/**
 * Every cell waiting for a person: machine-suggested, or flagged (a carried reading whose quotes no
 * longer occur), oldest version first. Computed once per process.
 */
export const getReviewQueue = once(async (): Promise<ReviewItemDTO[]> => {
  const waiting = await prisma.practice.findMany({
    where: { OR: [{ review: 'suggested' }, { flag: { not: null } }] },
    select: { versionId: true, version: { select: { archivedOn: true } }, insurer: { select: { slug: true, name: true, state: true, ordinal: true } }, topic: { select: { ordinal: true } } },
  });
  const versionIds = [...new Set(waiting.map((w) => w.versionId))];
  const [cells, { topics }] = await Promise.all([getVersionCells(versionIds), getTopics()]);
  const wanted = new Set(waiting.map((w) => `${w.insurer.slug}\u0000${w.version.archivedOn}`));
  const ordinal = new Map(waiting.map((w) => [w.insurer.slug, w.insurer.ordinal]));
  const insurer = new Map(waiting.map((w) => [w.insurer.slug, { slug: w.insurer.slug, name: w.insurer.name, state: w.insurer.state }]));
  return cells
    .filter((c) => (c.review === 'suggested' || c.flag) && wanted.has(`${c.insurer}\u0000${c.archivedOn}`))
    .sort((a, b) => a.archivedOn.localeCompare(b.archivedOn) || ordinal.get(a.insurer)! - ordinal.get(b.insurer)! || topics.findIndex((t) => t.slug === a.topic) - topics.findIndex((t) => t.slug === b.topic))
    .map((cell) => {
      const topic = topics.find((t) => t.slug === cell.topic)!;
      return {
        insurer: insurer.get(cell.insurer)!,
        archivedOn: cell.archivedOn,
        capture: cell.capture,
        topic: { slug: topic.slug, name: topic.name },
        stanceLabel: topic.stances.find((s) => s.value === cell.stance)?.label ?? cell.stance,
        cell,
        annotationFile: `seeds/annotations/${cell.insurer}.yaml`,
      };
    });
});
