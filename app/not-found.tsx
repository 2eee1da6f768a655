import type { Metadata } from 'next';
import { homeUrl, topicsUrl } from '@/lib/urls';

export const metadata: Metadata = { title: 'Not found', description: 'There is no page at this address.' };

export default function NotFound() {
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="mt-2">There is no insurer, topic or page at this address. It may have been mistyped, or the insurer may not be in the comparison.</p>
      <p className="mt-4 flex gap-4">
        <a className="text-blue-800 underline underline-offset-2" href={homeUrl()}>
          Back to the comparison
        </a>
        <a className="text-blue-800 underline underline-offset-2" href={topicsUrl()}>
          All topics
        </a>
      </p>
    </div>
  );
}
