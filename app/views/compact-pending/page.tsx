import { GridPage } from '@/components/grid/grid-page';

export { metadata } from '../compact/page';

/** /?view=compact&<grid query>, prerendered (next.config.ts rewrites it here): the compact grid, hidden until the query's view is applied. */
export default function PendingCompactViewPage() {
  return <GridPage compact pending />;
}
