import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SearchView, searchMetadata } from '@/components/search-view';
import { getInsurers, getTopics } from '@/lib/queries/matrix';
import { searchOfKey } from '@/lib/search/canonical';

/**
 * A search's results at its canonical key (proxy.ts rewrites /search?q=… here): rendered on its first
 * request and kept in Next's in-memory cache, which is bounded (LRU, next.config.ts) and never written
 * to disk, so strangers' queries can only push older pages out. The public address stays /search?q=….
 */
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams(): { key: string }[] {
  return [];
}

type Props = { params: Promise<{ key: string }> };

async function searchOf(params: Props['params']): Promise<URLSearchParams> {
  const [{ topics }, insurers] = await Promise.all([getTopics(), getInsurers()]);
  const search = searchOfKey((await params).key, { topics: new Set(topics.map((t) => t.slug)), insurers: new Set(insurers.map((i) => i.slug)) });
  if (!search) notFound();
  return search;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return searchMetadata(await searchOf(params));
}

export default async function SearchResultsPage({ params }: Props) {
  return <SearchView params={await searchOf(params)} waitForRoom />;
}
