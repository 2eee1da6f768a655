'use client';

import { useEffect, useState } from 'react';

/**
 * Copies the absolute link of whichever CopyLinkButton is pressed (event delegation), and says so in
 * one live region. Without JavaScript the buttons do nothing; each paragraph's ¶ link is its address.
 */
export function CopyLinks() {
  const [message, setMessage] = useState('');
  useEffect(() => {
    let timer: number | undefined;
    const onClick = (event: MouseEvent) => {
      const button = (event.target as Element | null)?.closest<HTMLElement>('[data-copy-link]');
      if (!button) return;
      const url = new URL(button.dataset.copyLink ?? '', window.location.href).toString();
      navigator.clipboard.writeText(url).then(
        () => setMessage(`Link copied: ${url}`),
        () => setMessage('Could not copy; use the ¶ link of the paragraph'),
      );
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setMessage(''), 4000);
    };
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('click', onClick);
      window.clearTimeout(timer);
    };
  }, []);
  return (
    <p role="status" className={message ? 'copy-status' : 'sr-only'}>
      {message}
    </p>
  );
}
