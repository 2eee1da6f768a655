import type { Metadata } from 'next';
import { FilterSelect } from '@/components/filter-select';
import { SearchSnippet } from '@/components/search-snippet';
import { capturedOn } from '@/lib/format';
import { ROSTER_LIMIT } from '@/lib/grid-state';
import { getInsurers, getTopics } from '@/lib/queries/matrix';
import { searchClauses, type SearchHit } from '@/lib/queries/search';
import { parseSearchParams } from '@/lib/search/params';
import { SearchUnavailableError } from '@/lib/search/pool';
import { searchUrl, versionPracticeUrl } from '@/lib/urls';

export function searchMetadata(params: URLSearchParams): Metadata {
  const req = parseSearchParams(params);
  return {
    title: req.query.ok ? `Search: ${req.query.display}` : 'Search the policies',
    description: 'Find any clause of any insurer’s privacy policy, in every archived version, with the matching words highlighted.',
    // Result pages are endless variations of the policy pages themselves; README: "Search".
    robots: { index: false },
  };
}

function groupByInsurer(hits: SearchHit[]): { insurer: SearchHit['insurer']; hits: SearchHit[] }[] {
  const groups = new Map<string, { insurer: SearchHit['insurer']; hits: SearchHit[] }>();
  for (const h of hits) {
    const g = groups.get(h.insurer.slug) ?? { insurer: h.insurer, hits: [] };
    g.hits.push(h);
    groups.set(h.insurer.slug, g);
  }
  return [...groups.values()];
}

/**
 * Full-text search over every clause of every version; the query and its filters live in the URL.
 * `waitForRoom`: the canonical results page, kept once rendered, waits for a free place in the search
 * queue rather than be kept saying "busy" (proxy.ts sends searches there only while the queue is short).
 */
export async function SearchView({ params, waitForRoom }: { params: URLSearchParams; waitForRoom: boolean }) {
  const req = parseSearchParams(params);
  const [{ topics }, insurers] = await Promise.all([getTopics(), getInsurers()]);
  let busy: string | null = null;
  const result =
    req.query.ok && !req.numberError
      ? await searchClauses(req.query, req, waitForRoom).catch((err: unknown) => {
          if (!(err instanceof SearchUnavailableError)) throw err;
          busy = `Search is busy: ${err.message}. Please try again.`;
          return null;
        })
      : null;
  const page = Math.floor(req.offset / req.limit) + 1;
  const base = { q: params.get('q') ?? '', insurers: req.insurers, topics: req.topics, versions: req.versions };
  const topicName = (slug: string) => topics.find((t) => t.slug === slug)?.name ?? slug;
  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-5">
      <h1 className="text-2xl font-bold">Search the policies</h1>
      <form role="search" aria-label="Search the policies" method="get" action="/search" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-300 bg-slate-50 p-4">
        <label className="flex grow flex-col text-sm font-medium">
          Words, or a “quoted phrase”
          <input name="q" type="search" defaultValue={params.get('q') ?? ''} maxLength={500} className="mt-1 rounded-md border border-slate-400 bg-white px-2 py-1 text-base font-normal" />
        </label>
        <FilterSelect label="Cited for question" name="topics" anyLabel="Any question" value={req.topics[0] ?? ''} options={topics.map((t) => ({ value: t.slug, label: t.name }))} />
        {insurers.length <= ROSTER_LIMIT ? (
          <FilterSelect label="Insurer" name="insurers" anyLabel="Any insurer" value={req.insurers[0] ?? ''} options={insurers.map((i) => ({ value: i.slug, label: i.name }))} className="max-w-64" />
        ) : null}
        <fieldset className="flex flex-col text-sm">
          <legend className="font-medium">Versions</legend>
          <span className="mt-1 flex gap-3">
            <label className="flex items-center gap-1">
              <input type="radio" name="versions" value="current" defaultChecked={req.versions === 'current'} /> Newest
            </label>
            <label className="flex items-center gap-1">
              <input type="radio" name="versions" value="all" defaultChecked={req.versions === 'all'} /> All on file
            </label>
          </span>
        </fieldset>
        <button type="submit" className="rounded-md border border-blue-800 bg-blue-800 px-4 py-1.5 text-sm font-semibold text-white">
          Search
        </button>
      </form>

      {!params.has('q') ? (
        <p className="text-slate-800">
          Search every paragraph of every insurer’s policy. Words find their usual endings (“track” also finds “tracking”) and, for common policy words, their other
          forms (“sell” also finds “sold” and “sale”; “disclose”, “disclosure”); put a phrase in quotes to find it word for word; end a word with * to find words
          that start with it.
        </p>
      ) : busy || req.numberError || !req.query.ok ? (
        <p role="status" className="rounded-lg border border-amber-700 bg-amber-50 p-3 text-amber-950">
          {busy ?? req.numberError ?? (req.query.ok ? '' : req.query.message)}
        </p>
      ) : result ? (
        <>
          <p role="status" className="text-sm text-slate-800">
            {result.total === 0 ? `No paragraph matches ${req.query.terms.join(' ')}` : `${result.total} paragraph${result.total === 1 ? '' : 's'} match ${req.query.terms.join(' ')}`}
            {req.topics.length ? ` among paragraphs cited for ${req.topics.map(topicName).join(', ')}` : ''}
            {req.versions === 'all' ? ', in every version on file' : ', in each insurer’s newest version'}
            {result.total > req.limit ? `; showing ${req.offset + 1}–${Math.min(req.offset + req.limit, result.total)}` : ''}.
            {result.total > 0 ? (result.ranked ? ' Best matches first.' : ' So many match that they are listed insurer by insurer, in the order of the grid; add a word to narrow them down.') : ''}
          </p>
          {groupByInsurer(result.hits).map((g) => (
            <section key={g.insurer.slug} aria-labelledby={`results-${g.insurer.slug}`}>
              <h2 id={`results-${g.insurer.slug}`} className="text-lg font-semibold">
                {g.insurer.name} <span className="text-sm font-normal text-slate-700">({g.hits.length} on this page)</span>
              </h2>
              <ol className="mt-2 flex flex-col gap-3">
                {g.hits.map((h) => (
                  <li key={`${h.archivedOn}-${h.clauseKey}`} className="rounded-lg border border-slate-300 bg-white p-3">
                    <p className="text-xs font-semibold uppercase tracking-wide text-slate-700">Section: {h.section}</p>
                    {h.leadIn ? <p className="lead-in text-sm text-slate-700">{h.leadIn} …</p> : null}
                    <p className="leading-relaxed">
                      <SearchSnippet snippet={h.snippet} />
                    </p>
                    <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
                      <a href={h.url} className="target-link font-medium">
                        Read it in the full text<span className="sr-only"> of {g.insurer.name}’s policy</span> ({capturedOn(h.capture, h.archivedOn)}
                        {h.isLatest ? ', newest' : ''})
                      </a>
                      {h.sameIn.length > 1 ? (
                        <span className="text-slate-700">
                          Same words in {h.sameIn.length} versions:{' '}
                          {h.sameIn.map((v, i) => (
                            <span key={v.archivedOn}>
                              {i > 0 ? ', ' : ''}
                              <a href={v.url} className="underline underline-offset-2">
                                {capturedOn(v.capture, v.archivedOn)}
                              </a>
                            </span>
                          ))}
                        </span>
                      ) : null}
                      {h.topics.map((t) => (
                        <a key={t.slug} href={versionPracticeUrl(g.insurer.slug, h.archivedOn, t.slug)} className="rounded-full border border-blue-700 bg-blue-50 px-2 py-0.5 text-xs font-medium text-blue-900">
                          Cited for: {t.name}
                        </a>
                      ))}
                    </p>
                  </li>
                ))}
              </ol>
            </section>
          ))}
          {result.total > req.limit ? (
            <nav aria-label="Result pages" className="flex gap-4 text-sm">
              {page > 1 ? (
                <a href={searchUrl({ ...base, page: page - 1 })} className="text-blue-800 underline underline-offset-2">
                  Previous results
                </a>
              ) : null}
              {req.offset + req.limit < result.total ? (
                <a href={searchUrl({ ...base, page: page + 1 })} className="text-blue-800 underline underline-offset-2">
                  More results
                </a>
              ) : null}
            </nav>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
