import { GridPage } from '@/components/grid/grid-page';
import { GRID_PAGE_SIZE, ROSTER_LIMIT } from '@/lib/grid-state';
import { getGridPage } from '@/lib/queries/matrix';

/** /?<grid query>, prerendered (next.config.ts rewrites it here): the grid page, hidden until the query's view is applied. */
export default async function PendingGridPage() {
  return <GridPage grid={await getGridPage(GRID_PAGE_SIZE, ROSTER_LIMIT)} compact={false} pending />;
}
