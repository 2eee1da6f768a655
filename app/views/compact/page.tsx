import type { Metadata } from 'next';
import { canonicalAlternate } from '@/lib/http';
import { GridPage } from '@/components/grid/grid-page';
import { GRID_PAGE_SIZE, ROSTER_LIMIT } from '@/lib/grid-state';
import { getGridPage } from '@/lib/queries/matrix';

export const metadata: Metadata = { title: 'Every insurer at once (compact view)', alternates: canonicalAlternate('/?view=compact') };

/** /?view=compact, prerendered (next.config.ts rewrites it here): every insurer at once, one word per answer. */
export default async function CompactViewPage() {
  return <GridPage grid={await getGridPage(GRID_PAGE_SIZE, ROSTER_LIMIT)} compact />;
}
