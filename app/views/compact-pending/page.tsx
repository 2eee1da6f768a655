import { GridPage } from '@/components/grid/grid-page';
import { GRID_PAGE_SIZE, ROSTER_LIMIT } from '@/lib/grid-state';
import { getGridPage } from '@/lib/queries/matrix';

export { metadata } from '../compact/page';

/** /?view=compact&<grid query>, prerendered (next.config.ts rewrites it here): the compact grid, hidden until the query's view is applied. */
export default async function PendingCompactViewPage() {
  return <GridPage grid={await getGridPage(GRID_PAGE_SIZE, ROSTER_LIMIT)} compact pending />;
}
