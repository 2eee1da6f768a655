import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PracticeView } from '@/components/practice-view';
import { getPracticeParams } from '@/lib/queries/params';
import { getReading } from '@/lib/queries/reading';

/**
 * The newest reading of a topic for an insurer. Prerendered for the corpus; an address the corpus does
 * not define never reaches this page (proxy.ts sends it to the not-found page), so the pages rendered
 * on demand are bounded by the corpus too.
 */
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams() {
  return getPracticeParams();
}

type Props = { params: Promise<{ insurer: string; topic: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { insurer, topic } = await params;
  const reading = await getReading(insurer, topic, null);
  if (!reading) return { title: 'Not found' };
  const stance = reading.topic.stances.find((s) => s.value === reading.cell.stance);
  return { title: `${reading.insurer.name}: ${reading.topic.name}`, description: `${stance?.label ?? reading.cell.stance}. ${reading.cell.summary}` };
}

export default async function PracticePage({ params }: Props) {
  const { insurer, topic } = await params;
  const reading = await getReading(insurer, topic, null);
  if (!reading) notFound();
  return <PracticeView reading={reading} pinned={false} />;
}
