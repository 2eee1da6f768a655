import type { Metadata, Viewport } from 'next';
import './globals.css';
import { HeaderSearch } from '@/components/header-search';
import { changesUrl, homeUrl, reviewUrl, SITE_NAME, topicsUrl } from '@/lib/urls';

export const metadata: Metadata = {
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: 'Compare what health insurers’ website privacy policies say about cookies, IP addresses, text messages, Do Not Track and more, with the exact clause behind every answer.',
  referrer: 'no-referrer',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
          Skip to content
        </a>
        <header className="border-b border-slate-300 bg-white">
          <nav aria-label="Site" className="mx-auto flex max-w-screen-2xl flex-wrap items-center gap-x-2.5 gap-y-1 px-3 py-2 sm:gap-x-5 sm:px-4">
            <a href={homeUrl()} className="text-[15px] font-bold text-slate-900 sm:text-lg">
              {SITE_NAME}
            </a>
            <a href={topicsUrl()} className="text-[13px] text-blue-800 underline underline-offset-2 sm:text-sm">
              Topics
            </a>
            <a href={changesUrl()} className="text-[13px] text-blue-800 underline underline-offset-2 sm:text-sm">
              What changed
            </a>
            <div className="w-full sm:ml-auto sm:w-auto">
              <HeaderSearch />
            </div>
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-screen-2xl px-3 py-3 sm:px-4 sm:py-4">
          {children}
        </main>
        <footer className="mx-auto flex max-w-screen-2xl flex-wrap gap-x-4 px-4 pb-8 text-sm text-slate-700">
          <span>Summaries are our reading of each archived policy; the quoted clause is the authority. This site sets no cookies and loads nothing from other sites.</span>
          <a href={reviewUrl()} className="underline underline-offset-2">
            Answers waiting for review
          </a>
        </footer>
      </body>
    </html>
  );
}
