import { EMPTY_GRID_STATE, GRID_PAGE_SIZE, ROSTER_LIMIT } from '@/lib/grid-state';
import { getGridPage } from '@/lib/queries/matrix';
import { compactColumnsCssUrl } from '@/lib/urls';
import { GridApp } from './grid-app';

/**
 * The grid page, prerendered in one view: the detailed grid of the first insurers (/) or the compact
 * grid of all (/?view=compact, rewritten to /views/compact). The grid is a client component rendered
 * on the server from the data the page carries, so the page holds that data once (as props) and its
 * markup once. An address with a grid query (a filter, a base, an order, a date) is served the same
 * page marked `pending` (next.config.ts rewrites it to /views/pending or /views/compact-pending): its
 * prerendered grid stays hidden until the page has applied the address's view, so what is shown never
 * contradicts the address, with no script to run before the first paint (without JavaScript the
 * prerendered grid shows: the rule hiding it applies only where scripting is enabled).
 */
export async function GridPage({ compact, pending = false }: { compact: boolean; pending?: boolean }) {
  const grid = await getGridPage(GRID_PAGE_SIZE, ROSTER_LIMIT);
  const initial = { ...EMPTY_GRID_STATE, compact };
  return (
    <div className="flex flex-col gap-2">
      <link rel="stylesheet" href={compactColumnsCssUrl()} precedence="default" />
      <header className="flex flex-wrap items-baseline gap-x-4">
        <h1 className="text-lg font-bold sm:text-2xl">What health insurers’ privacy policies say, side by side</h1>
        <p className="text-sm text-slate-800">
          {grid.totalInsurers} insurers and exchanges, {grid.topics.length} questions; every answer links to the clause it comes from.
        </p>
      </header>
      <GridApp grid={grid} initial={initial} pending={pending} />
    </div>
  );
}
