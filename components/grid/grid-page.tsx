import type { GridDTO } from '@/lib/dto';
import { EMPTY_GRID_STATE } from '@/lib/grid-state';
import { compactColumnsCssUrl, gridQuery } from '@/lib/urls';
import { GridApp } from './grid-app';

/**
 * The grid page, prerendered in one view: the detailed grid of the first insurers (/) or the compact
 * grid of all (/?view=compact, rewritten to /views/compact). The grid is a client component rendered
 * on the server from the data the page carries, so the page holds that data once (as props) and its
 * markup once. A reader's other query is applied once the page runs; until then a one-line script hides
 * the prerendered grid, so what is shown never contradicts the address (without JavaScript the
 * prerendered grid stays).
 */
export function GridPage({ grid, compact }: { grid: GridDTO; compact: boolean }) {
  const initial = { ...EMPTY_GRID_STATE, compact };
  return (
    <div className="flex flex-col gap-2">
      <link rel="stylesheet" href={compactColumnsCssUrl()} precedence="default" />
      <script dangerouslySetInnerHTML={{ __html: `if(location.search&&location.search!==${JSON.stringify(gridQuery(initial))})document.documentElement.dataset.gridQuery="1"` }} />
      <header className="flex flex-wrap items-baseline gap-x-4">
        <h1 className="text-lg font-bold sm:text-2xl">What health insurers’ privacy policies say, side by side</h1>
        <p className="text-sm text-slate-800">
          {grid.totalInsurers} insurers and exchanges, {grid.topics.length} questions; every answer links to the clause it comes from.
        </p>
      </header>
      <GridApp grid={grid} initial={initial} />
    </div>
  );
}
