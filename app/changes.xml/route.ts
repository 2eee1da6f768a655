import { Feed } from 'feed';
import { slugList } from '@/lib/grid-state';
import { capturedOn } from '@/lib/format';
import { filterChangeGroups, parseChangesFilter } from '@/lib/history/changes';
import { badHost, publicOrigin } from '@/lib/http';
import { cached, routeCache, type Built } from '@/lib/response-cache';
import type { ChangeGroupDTO } from '@/lib/dto';
import { getChangeGroups } from '@/lib/queries/history';
import { getInsurers, getTopics } from '@/lib/queries/matrix';
import { changesFeedUrl, changesUrl, SITE_NAME, type ChangesFilter } from '@/lib/urls';

/** How many of the newest changes the feed carries; /changes lists them all. */
const FEED_ENTRIES = 100;

const answers = routeCache();

/**
 * GET /changes.xml[?topics=…&insurers=…] — the changes of /changes as an Atom feed, newest first, one
 * entry per changed answer (a subscriber to one topic or one insurer gets just those). Each entry links
 * to the newer reading's own, version-pinned page; new versions still awaiting review are entries too.
 */
export async function GET(request: Request) {
  const from = publicOrigin(request);
  if (!from.ok) return badHost(from.message);
  const { origin } = from;
  const [groups, { topics }, insurers] = await Promise.all([getChangeGroups(), getTopics(), getInsurers()]);
  const filter = parseChangesFilter(new URL(request.url).searchParams, { topics, insurers }, slugList);
  return cached(answers, request, `${origin} ${changesFeedUrl({ topics: filter.topics, insurers: filter.insurers })}`, () => Promise.resolve(feedOf(groups, filter, origin, from.vary)));
}

function feedOf(groups: ChangeGroupDTO[], filter: Required<ChangesFilter>, origin: string, vary: string | null): Built {
  const kept = filterChangeGroups(groups, { topics: filter.topics, insurers: filter.insurers });
  const day = (d: string) => new Date(`${d}T00:00:00Z`);
  const page = `${origin}${changesUrl({ topics: filter.topics, insurers: filter.insurers })}`;
  const feed = new Feed({
    title: `${SITE_NAME}: what changed`,
    description: 'Changes of answer in health insurers’ website privacy policies, between consecutive versions.',
    id: page,
    link: page,
    language: 'en',
    // The newest entry's capture day: the feed changes only when the corpus does.
    updated: kept[0] ? day(kept[0].to.archivedOn) : new Date('2026-01-01T00:00:00Z'),
    generator: false,
    feedLinks: { atom: `${origin}${changesFeedUrl({ topics: filter.topics, insurers: filter.insurers })}` },
    author: { name: SITE_NAME, link: origin },
    copyright: 'Policy quotes are from the insurers’ published policies; summaries are this site’s reading.',
  });
  const quotes = (side: (typeof kept)[number]['changes'][number]['from']) =>
    side.citations.length ? side.citations.map((q) => `${q.leadIn ? `${q.leadIn} … ` : ''}“${q.quote}”`).join(' ') : 'No clause on this.';
  let entries = 0;
  for (const g of kept) {
    if (entries >= FEED_ENTRIES) break;
    const compare = `${origin}${g.compareUrl}`;
    if (g.awaitingReview > 0 && g.changes.length === 0) {
      entries += 1;
      feed.addItem({
        title: `${g.insurer.name}: new version ${capturedOn(g.to.capture, g.to.archivedOn)}, awaiting review`,
        id: `tag:insurer-privacy-compare,2026:version/${g.insurer.slug}/${g.to.archivedOn}`,
        link: `${origin}${g.to.url}`,
        date: day(g.to.archivedOn),
        description: `${g.awaitingReview} of its answers are machine-suggested or flagged and wait for a person. Compare it with the version ${capturedOn(g.from.capture, g.from.archivedOn)}: ${compare}`,
      });
      continue;
    }
    for (const c of g.changes) {
      if (entries >= FEED_ENTRIES) break;
      entries += 1;
      feed.addItem({
        title: `${g.insurer.name} · ${c.topic.name}: ${c.from.stance.label} → ${c.to.stance.label}${c.to.review === 'suggested' ? ' (awaiting review)' : ''}`,
        id: `tag:insurer-privacy-compare,2026:change/${g.insurer.slug}/${c.topic.slug}/${g.from.archivedOn}/${g.to.archivedOn}`,
        link: `${origin}${c.to.url}`,
        date: day(g.to.archivedOn),
        description: `Before (${capturedOn(c.from.capture, c.from.archivedOn)}): ${c.from.summary} After (${capturedOn(c.to.capture, c.to.archivedOn)}): ${c.to.summary} Compare the texts: ${compare}`,
        content: `Before: ${quotes(c.from)} After: ${quotes(c.to)}`,
      });
    }
  }
  return { body: feed.atom1(), headers: { 'content-type': 'application/atom+xml; charset=utf-8', ...(vary ? { vary } : {}) } };
}
