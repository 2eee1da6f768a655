import { describe, expect, it } from 'vitest';
import { benchTracker } from './track-bench';

describe('the tracker benchmark', () => {
  it('tracks synthetic sources on several loopback hosts: a full run, then a conditional one answered 304', async () => {
    const lines: string[] = [];
    const result = await benchTracker(12, { hosts: 3, changedEvery: 3, log: (l) => lines.push(l) });
    expect(result).toMatchObject({ sources: 12, hosts: 3 });
    // Insurers 3, 6, 9 and 12 changed, all on one host: four new versions of one domain and day.
    expect(result.first).toMatchObject({ changed: 4, unchanged: 8, failed: 0, notModified: 0 });
    // 3 robots.txt, 12 pages and a confirming fetch of each changed one.
    expect(result.first.requests).toBe(3 + 12 + 4);
    expect(result.second).toMatchObject({ changed: 0, unchanged: 12, failed: 0, notModified: 12, requests: 3 + 12 });
    expect(lines.some((l) => /^second run \(conditional requests\): 12 sources on 3 hosts in [\d.]+ s, 15 requests \([\d.]+ req\/s\)/.test(l))).toBe(true);
  }, 60_000);
});
