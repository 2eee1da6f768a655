import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { carryForward } from '../ingest/carry-forward';
import { parsePolicy } from '../ingest/parse';
import { parseSeed } from '../ingest/parse-seed';
import { readSeedBundle } from '../ingest/read';
import { validateCorpus, type Corpus } from '../ingest/validate';
import { policyWords, sameWords } from './compare';
import { htmlToMarkdown } from './convert';
import { fetchedText } from './provenance';
import { policyHtml } from './test-site';

let corpus: Corpus;
beforeAll(() => readSeedBundle(path.join(import.meta.dirname, '..', '..', 'seeds')).then((b) => void (corpus = validateCorpus(parseSeed(b)))));

describe('every real insurer’s newest version, served as a web page', () => {
  it('has the same words once fetched and converted, and every quoted reading still carries', () => {
    expect(corpus.insurers.length).toBeGreaterThanOrEqual(20);
    for (const insurer of corpus.insurers) {
      const newest = insurer.versions.at(-1)!;
      const url = `https://${insurer.meta.domain ?? 'insurer.example'}/privacy`;
      const text = fetchedText(url, '2026-12-01', htmlToMarkdown(policyHtml(newest.policy), { url, select: ['#policy'] }));
      const fetched = parsePolicy(text, { file: url, format: 'markdown' });
      expect(sameWords(policyWords(fetched), policyWords(newest.policy)), insurer.meta.slug).toBe(true);
      const { carried, flagged } = carryForward(newest, { policy: fetched, rawText: text });
      const quoted = newest.practices.filter((p) => p.review !== 'suggested' && p.citations.length > 0);
      expect(flagged.filter((f) => f.reason.includes('no longer occur')), insurer.meta.slug).toEqual([]);
      expect(carried.length, insurer.meta.slug).toBe(quoted.length);
    }
  });
});
