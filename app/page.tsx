import { ComparisonView } from '@/components/comparison-view';
import { StanceLegend } from '@/components/stance-legend';
import { GRID_PAGE_SIZE, ROSTER_LIMIT } from '@/lib/grid-state';
import { getGridPage } from '@/lib/queries/matrix';

export default async function HomePage() {
  const grid = await getGridPage(GRID_PAGE_SIZE, ROSTER_LIMIT);
  return (
    <div className="flex flex-col gap-6">
      <div className="max-w-3xl">
        <h1 className="text-2xl font-bold">What health insurers’ privacy policies say, side by side</h1>
        <p className="mt-2 text-slate-800">
          {grid.totalInsurers} insurers’ website privacy policies, read against {grid.topics.length} questions. Every answer links to
          the clause it comes from.
        </p>
      </div>
      <StanceLegend />
      <ComparisonView grid={grid} />
    </div>
  );
}
