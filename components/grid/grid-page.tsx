import type { GridDTO } from '@/lib/dto';
import { applyGridState, EMPTY_GRID_STATE, GRID_PAGE_SIZE } from '@/lib/grid-state';
import { gridQuery } from '@/lib/urls';
import { CompactTable } from './compact-table';
import { DetailedTable } from './detailed-table';
import { GridApp } from './grid-app';

/**
 * The grid page, prerendered in one view: the detailed grid of the first insurers (/) or the compact
 * grid of all (/?view=compact, rewritten to /views/compact). A reader's other query is applied by
 * GridApp once the page runs; until then a one-line script hides the prerendered grid so that what is
 * shown never contradicts the address (no JavaScript: the prerendered grid stays).
 */
export function GridPage({ grid, compact }: { grid: GridDTO; compact: boolean }) {
  const initial = { ...EMPTY_GRID_STATE, compact };
  const view = applyGridState(grid, initial, compact ? undefined : GRID_PAGE_SIZE);
  const served = gridQuery(initial);
  return (
    <div className="flex flex-col gap-2">
      <script dangerouslySetInnerHTML={{ __html: `if(location.search&&location.search!==${JSON.stringify(served)})document.documentElement.dataset.gridQuery="1"` }} />
      <header className="flex flex-wrap items-baseline gap-x-4">
        <h1 className="text-lg font-bold sm:text-2xl">What health insurers’ privacy policies say, side by side</h1>
        <p className="text-sm text-slate-800">
          {grid.totalInsurers} insurers and exchanges, {grid.topics.length} questions; every answer links to the clause it comes from.
        </p>
      </header>
      <GridApp grid={grid} initial={initial}>
        <div className="served-grid">{compact ? <CompactTable grid={view} asOf={null} gridLabel="Every insurer’s answers, one word each" /> : <DetailedTable grid={view} asOf={null} />}</div>
      </GridApp>
    </div>
  );
}
