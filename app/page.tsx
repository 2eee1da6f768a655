import { ComparisonView } from '@/components/comparison-view';
import { StanceLegend } from '@/components/stance-legend';
import { GRID_PAGE_SIZE, toGridDTO } from '@/lib/grid-state';
import { getMatrixPage } from '@/lib/queries/matrix';

export default async function HomePage() {
  const matrix = await getMatrixPage(GRID_PAGE_SIZE);
  return (
    <div className="flex flex-col gap-6">
      <div className="max-w-3xl">
        <h1 className="text-2xl font-bold">What health insurers’ privacy policies say, side by side</h1>
        <p className="mt-2 text-slate-800">
          {matrix.totalInsurers} insurers’ website privacy policies, read against {matrix.topics.length} questions. Every answer links to
          the clause it comes from.
        </p>
      </div>
      <StanceLegend />
      <ComparisonView grid={toGridDTO(matrix)} />
    </div>
  );
}
