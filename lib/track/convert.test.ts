import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../ingest/parse';
import { quoteInClause } from '../ingest/quotes';
import { ConvertError, htmlToMarkdown } from './convert';
import { fetchedText } from './provenance';

const page = `<!doctype html><html><head><base href="https://insurer.example/legal/"><script>track()</script><style>p{}</style></head>
<body><nav><a href="/">Home</a></nav>
<main id="policy">
  <div class="cookie-banner">We use cookies. <button>OK</button></div>
  <h1>Website Privacy Policy</h1>
  <h2></h2>
  <p>Last updated: <b>March 3, 2025</b></p>
  <h2>Sharing</h2>
  <p>AT&amp;T and Blue Cross &amp; Blue Shield never <strong>sell</strong> your data. See <a href="notice.html">our notice</a> or <a href="javascript:void(0)">this</a>.</p>
  <ul><li>Claims</li><li>Care management</li></ul>
  <img src="logo.png" alt="Logo">
</main>
<footer>Footer text</footer></body></html>`;

describe('HTML to Markdown', () => {
  it('keeps the first element a selector matches, drops the removed ones, scripts, media and navigation; links become absolute', () => {
    const md = htmlToMarkdown(page, { url: 'https://insurer.example/privacy', select: ['#missing', 'main#policy', 'body'], remove: ['.cookie-banner'] });
    expect(md).toBe(
      [
        '# Website Privacy Policy',
        'Last updated: **March 3, 2025**',
        '## Sharing',
        'AT&T and Blue Cross & Blue Shield never **sell** your data. See [our notice](https://insurer.example/legal/notice.html) or this.',
        '* Claims\n* Care management',
      ].join('\n\n'),
    );
  });

  it('reads the whole body when no selector is given', () => {
    const md = htmlToMarkdown(page, { url: 'https://insurer.example/privacy' });
    expect(md).toContain('We use cookies.');
    expect(md).toContain('Footer text');
    expect(md).not.toContain('Home');
    expect(md).not.toContain('track()');
  });

  it('says which selectors matched nothing, and which one is not CSS', () => {
    expect(() => htmlToMarkdown(page, { url: 'https://insurer.example/privacy', select: ['#privacy'] })).toThrow(new ConvertError('https://insurer.example/privacy', 'no element matches the policy selector "#privacy"'));
    expect(() => htmlToMarkdown(page, { url: 'https://insurer.example/privacy', select: ['main['] })).toThrow(/"main\[" is not a CSS selector/);
  });

  it('gives a text the seed parses, with its provenance line, stated dates and quotable words', () => {
    const md = htmlToMarkdown(page, { url: 'https://insurer.example/privacy', select: ['main'], remove: ['.cookie-banner'] });
    const text = fetchedText('https://insurer.example/privacy', '2026-12-01', md);
    const policy = parsePolicy(text, { file: 'fetched.md', format: 'markdown' });
    expect(policy.provenance).toEqual({ kind: 'fetched', domain: 'insurer.example', date: '2026-12-01', sourceUrl: 'https://insurer.example/privacy' });
    expect(policy.statedDates).toEqual({ lastModifiedOn: '2025-03-03' });
    expect(policy.title).toBe('Website Privacy Policy');
    const sharing = policy.clauses.find((c) => c.sectionKey === 'sharing')!;
    expect(quoteInClause('AT&T and Blue Cross & Blue Shield never sell your data', sharing, text)).toBe(true);
  });
});
