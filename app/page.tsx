import { GridPage } from '@/components/grid/grid-page';
import { GRID_PAGE_SIZE, ROSTER_LIMIT } from '@/lib/grid-state';
import { getGridPage } from '@/lib/queries/matrix';

export default async function HomePage() {
  return <GridPage grid={await getGridPage(GRID_PAGE_SIZE, ROSTER_LIMIT)} compact={false} />;
}
