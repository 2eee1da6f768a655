import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PracticeView } from '@/components/practice-view';
import { capturedOn } from '@/lib/format';
import { getVersionPracticeParams } from '@/lib/queries/params';
import { getReading } from '@/lib/queries/reading';

/** A reading of one version: the address a citation names, which keeps its meaning when newer versions arrive. */
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams() {
  return getVersionPracticeParams();
}

type Props = { params: Promise<{ insurer: string; date: string; topic: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { insurer, date, topic } = await params;
  const reading = await getReading(insurer, topic, date);
  if (!reading) return { title: 'Not found' };
  const stance = reading.topic.stances.find((s) => s.value === reading.cell.stance);
  return {
    title: `${reading.insurer.name}: ${reading.topic.name} (policy ${capturedOn(reading.version.capture, reading.version.archivedOn)})`,
    description: `${stance?.label ?? reading.cell.stance}. ${reading.cell.summary}`,
  };
}

export default async function VersionPracticePage({ params }: Props) {
  const { insurer, date, topic } = await params;
  const reading = await getReading(insurer, topic, date);
  if (!reading) notFound();
  return <PracticeView reading={reading} pinned />;
}
