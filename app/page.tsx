import { GridPage } from '@/components/grid/grid-page';

export default function HomePage() {
  return <GridPage compact={false} />;
}
