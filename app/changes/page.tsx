import type { Metadata } from 'next';
import { StanceChangeList } from '@/components/stance-change-list';
import { getChanges } from '@/lib/queries/history';
import { changesFeedUrl } from '@/lib/urls';

export const metadata: Metadata = {
  title: 'What changed',
  description: 'Every change of stance across insurers’ privacy policies, newest first, with the quotes before and after.',
  alternates: { types: { 'application/atom+xml': changesFeedUrl() } },
};

/** Every stance change across the corpus, newest first; the same list as an Atom feed at /changes.xml. */
export default async function ChangesPage() {
  const changes = await getChanges();
  return (
    <article className="mx-auto flex max-w-5xl flex-col gap-4">
      <header>
        <h1 className="text-2xl font-bold">What changed</h1>
        <p className="mt-1 text-slate-800">
          Each entry is a topic whose stance differs between two consecutive archived versions of an insurer’s policy, newest first, with the
          reading and quotes on both sides. {changes.length} change{changes.length === 1 ? '' : 's'} on file.
        </p>
        <p className="mt-1 text-sm">
          <a href={changesFeedUrl()} className="text-blue-800 underline underline-offset-2">
            Subscribe to changes (Atom feed)
          </a>
        </p>
      </header>
      {changes.length === 0 ? <p>No stance has changed between versions on file.</p> : <StanceChangeList changes={changes} showInsurer />}
    </article>
  );
}
