import type { Metadata } from 'next';
import { getTopics } from '@/lib/queries/matrix';
import { topicUrl } from '@/lib/urls';

export const metadata: Metadata = {
  title: 'Topics',
  description: 'The privacy questions every insurer’s policy is read against, grouped by theme, each with a plain-language explanation.',
};

export default async function TopicsPage() {
  const { groups, topics } = await getTopics();
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <h1 className="text-2xl font-bold">Topics</h1>
      {groups.map((g) => (
        <section key={g.slug} aria-labelledby={`group-${g.slug}`}>
          <h2 id={`group-${g.slug}`} className="text-lg font-semibold">
            {g.name}
          </h2>
          <ul className="mt-2 flex flex-col gap-2">
            {topics
              .filter((t) => t.group === g.slug)
              .map((t) => (
                <li key={t.slug}>
                  <a href={topicUrl(t.slug)} className="font-medium text-blue-800 underline underline-offset-2">
                    {t.name}
                  </a>
                  <span className="text-slate-800"> — {t.question}</span>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
