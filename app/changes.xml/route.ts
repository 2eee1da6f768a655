import { Feed } from 'feed';
import { publicOrigin, sendBody } from '@/lib/http';
import { capturedOn } from '@/lib/format';
import { getChanges } from '@/lib/queries/history';
import { changesFeedUrl, changesUrl, historyUrl, SITE_NAME } from '@/lib/urls';

/** How many of the newest changes the feed carries; /changes lists them all. */
const FEED_ENTRIES = 100;

/** GET /changes.xml — the stance changes of /changes as an Atom feed, newest first. */
export async function GET(request: Request) {
  const origin = publicOrigin(request);
  const changes = await getChanges(FEED_ENTRIES);
  const day = (d: string) => new Date(`${d}T00:00:00Z`);
  const feed = new Feed({
    title: `${SITE_NAME}: what changed`,
    description: 'Changes of stance in health insurers’ website privacy policies, between consecutive archived versions.',
    id: `${origin}${changesUrl()}`,
    link: `${origin}${changesUrl()}`,
    language: 'en',
    // The newest change's capture day: the feed changes only when the corpus does.
    updated: changes[0] ? day(changes[0].to.archivedOn) : new Date('2026-01-01T00:00:00Z'),
    generator: false,
    feedLinks: { atom: `${origin}${changesFeedUrl()}` },
    author: { name: SITE_NAME, link: origin },
    copyright: 'Policy quotes are from the insurers’ published policies; summaries are this site’s reading.',
  });
  for (const c of changes) {
    const quotes = (side: typeof c.from) => (side.citations.length ? side.citations.map((q) => `“${q.quote}”`).join(' ') : 'No clause on this.');
    feed.addItem({
      title: `${c.insurer.name} · ${c.topic.name}: ${c.from.stance.label} → ${c.to.stance.label}`,
      id: `tag:insurer-privacy-compare,2026:change/${c.insurer.slug}/${c.topic.slug}/${c.from.archivedOn}/${c.to.archivedOn}`,
      link: `${origin}${historyUrl(c.insurer.slug, { from: c.from.archivedOn, to: c.to.archivedOn })}`,
      date: day(c.to.archivedOn),
      description: `Before (${capturedOn(c.from.capture, c.from.archivedOn)}): ${c.from.summary} After (${capturedOn(c.to.capture, c.to.archivedOn)}): ${c.to.summary}`,
      content: `Before: ${quotes(c.from)} After: ${quotes(c.to)}`,
    });
  }
  return sendBody(request, feed.atom1(), { 'content-type': 'application/atom+xml; charset=utf-8' });
}
