import type { Metadata } from 'next';
import { canonicalAlternate } from '@/lib/http';
import { GridPage } from '@/components/grid/grid-page';

export const metadata: Metadata = { title: 'Every insurer at once (compact view)', alternates: canonicalAlternate('/?view=compact') };

/** /?view=compact, prerendered (next.config.ts rewrites it here): every insurer at once, one word per answer. */
export default function CompactViewPage() {
  return <GridPage compact />;
}
