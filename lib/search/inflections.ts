/**
 * Forms of policy words that the porter stemmer of the search index does not bring together: irregular
 * verbs (sell/sold, keep/kept), and the nouns policies use for the same act (sale, disclosure,
 * retention, notification). A searched word of a group finds every word of it; regular endings
 * (shares, shared, sharing) are the stemmer's work already. README: "Search".
 */
const GROUPS: string[][] = [
  ['sell', 'sold', 'sale', 'sales', 'resell', 'resold'],
  ['disclose', 'disclosure', 'disclosures'],
  ['retain', 'retention'],
  ['notify', 'notification', 'notifications', 'notice'],
  ['keep', 'kept'],
  ['give', 'gave', 'given'],
  ['send', 'sent'],
  ['buy', 'bought'],
  ['rent', 'rental', 'rentals'],
  ['choose', 'chose', 'chosen', 'choice', 'choices'],
  ['child', 'children'],
  ['store', 'storage'],
  ['advertising', 'ads', 'ad'],
  ['analyze', 'analyse', 'analytics', 'analysis'],
];

const GROUP_OF = new Map(GROUPS.flatMap((g) => g.map((w) => [w, g] as const)));

/** The words a searched word stands for, itself first; just the word when it is in no group. */
export function inflectionsOf(word: string): string[] {
  const lower = word.toLowerCase();
  const group = GROUP_OF.get(lower);
  return group ? [lower, ...group.filter((w) => w !== lower)] : [word];
}
