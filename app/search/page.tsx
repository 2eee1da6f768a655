import type { Metadata } from 'next';
import { SearchView, searchMetadata } from '@/components/search-view';

// Reads the query from the URL, so it renders per request: the search page without a query, and
// searches proxy.ts does not send to their kept results page (lib/search/canonical.ts).
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function toParams(query: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (typeof v === 'string') params.set(k, v);
  return params;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return searchMetadata(toParams(await searchParams));
}

export default async function SearchPage({ searchParams }: Props) {
  return <SearchView params={toParams(await searchParams)} waitForRoom={false} />;
}
