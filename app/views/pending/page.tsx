import { GridPage } from '@/components/grid/grid-page';

/** /?<grid query>, prerendered (next.config.ts rewrites it here): the grid page, hidden until the query's view is applied. */
export default function PendingGridPage() {
  return <GridPage compact={false} pending />;
}
