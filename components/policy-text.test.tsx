import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { PolicyDTO } from '@/lib/dto';
import { parsePolicy } from '@/lib/ingest/parse';
import { PolicyText } from './policy-text';

const raw = readFileSync(path.join(import.meta.dirname, '..', 'lib', 'ingest', 'fixtures', 'hostile', 'policy.md'), 'utf8');

function render(): string {
  const parsed = parsePolicy(raw, { file: 'hostile/policy.md', format: 'markdown' });
  const policy: PolicyDTO = {
    insurer: { slug: 'hostile', name: 'Hostile', state: 'XX' },
    title: 'Hostile fixture',
    sourceUrl: null,
    snapshotUrl: null,
    archivedOn: '2020-01-01',
    capture: 'archive',
    isLatest: true,
    versions: [],
    effectiveOn: null,
    lastModifiedOn: null,
    captureNote: null,
    sources: [],
    parent: null,
    contentSha256: '',
    practices: [],
    sections: parsed.sections.map((s) => ({
      key: s.key,
      heading: s.heading,
      level: s.level,
      clauses: s.clauses.map((c) => ({
        key: c.key, kind: c.kind, depth: c.depth, text: c.text, links: c.links ?? null, duplicateOfKey: null, earlierWordingOn: null, topics: [],
      })),
    })),
  };
  return renderToStaticMarkup(<PolicyText policy={policy} unpinned />);
}

describe('a policy containing markup cannot inject anything', () => {
  const html = render();

  it('renders every tag in the text as visible text', () => {
    expect(html).not.toMatch(/<(script|img|iframe|style|b)\b/i);
    expect(html).toContain('&lt;script&gt;document.location=');
    expect(html).toContain('&lt;img src=x onerror=');
    expect(html).toContain('&lt;iframe src=');
    expect(html).toContain('&lt;style&gt;body{display:none}&lt;/style&gt;');
  });

  it('keeps only http(s) and mailto links', () => {
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!).filter((h) => !h.startsWith('#') && !h.startsWith('/'));
    expect(hrefs).toEqual(['https://example.org/policy', 'mailto:privacy@example.org']);
    expect(html).not.toMatch(/javascript:|data:text/i);
    expect(html).toContain('our partner');
  });

  it('sets no event handler attributes', () => {
    expect(html).not.toMatch(/<[^>]*\son[a-z]+=/i);
    expect(html).toContain(" onerror=");
  });
});
