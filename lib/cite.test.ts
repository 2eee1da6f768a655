import { describe, expect, it } from 'vitest';
import { citationText } from './cite';

describe('the plain-text citation of a reading', () => {
  it('names insurer, question, stance, version and its dates, the quote with its lead-in, the links and the snapshot', () => {
    const text = citationText(
      {
        insurer: 'Massachusetts Health Connector',
        question: 'Is personal information sold?',
        stance: 'Does not sell',
        review: 'reviewed',
        version: { title: 'Website privacy policy', capture: 'archive', archivedOn: '2015-09-06', effectiveOn: null, lastModifiedOn: '2015-05-15', snapshotUrl: 'https://web.archive.org/web/20150906033102id_/x' },
        quotes: [{ quote: 'Sell your PII.', leadIn: 'The Health Connector requires your authorization to:', url: '/insurers/ma-health-connector/versions/2015-09-06#your-rights-3' }],
        permalink: '/insurers/ma-health-connector/versions/2015-09-06/sale',
      },
      'https://compare.example.org',
    );
    expect(text.split('\n')).toEqual([
      'Massachusetts Health Connector, “Is personal information sold?” Does not sell (reviewed reading).',
      'Policy: Massachusetts Health Connector, Website privacy policy, archived September 6, 2015 (last modified May 15, 2015).',
      'Quote: The Health Connector requires your authorization to: … “Sell your PII.” https://compare.example.org/insurers/ma-health-connector/versions/2015-09-06#your-rights-3',
      'Archived snapshot: https://web.archive.org/web/20150906033102id_/x',
      'Insurer Privacy Compare: https://compare.example.org/insurers/ma-health-connector/versions/2015-09-06/sale',
    ]);
  });

  it('says when nothing is quoted, and leaves paths relative without an origin', () => {
    const text = citationText(
      { insurer: 'Aetna', question: 'Are browser Do Not Track signals honored?', stance: 'Not addressed', review: 'suggested', version: { title: 'Web privacy statement', capture: 'collected', archivedOn: '2026-11-23', effectiveOn: null, lastModifiedOn: null, snapshotUrl: null }, quotes: [], permalink: '/insurers/aetna/versions/2026-11-23/dnt' },
      '',
    );
    expect(text).toContain('(machine-suggested, not yet reviewed)');
    expect(text).toContain('The policy does not address this question: no clause is quoted.');
    expect(text).toContain('Insurer Privacy Compare: /insurers/aetna/versions/2026-11-23/dnt');
    expect(text).not.toContain('Archived snapshot');
  });
});
