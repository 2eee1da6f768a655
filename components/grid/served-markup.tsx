'use client';

import { useState, useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/** One object for every render: React sets innerHTML again whenever this prop is a different object. */
const KEEP_SERVED_CONTENT = { __html: '' };

/**
 * Whether the component hydrates markup the server sent (true) or was first rendered in the browser
 * (false): latched at the first render, so it stays true after hydration.
 */
export function useServedMarkup(): boolean {
  const hydrating = useSyncExternalStore(
    noSubscription,
    () => false,
    () => true,
  );
  const [served] = useState(hydrating);
  return served;
}

/**
 * The server's markup of its children, kept as sent instead of hydrated. On the server it renders its
 * children; in the browser an element whose content React leaves alone (an empty
 * `dangerouslySetInnerHTML` is not applied while hydrating), so the served DOM stays and React builds
 * nothing for it. Only for markup without React event handlers or state.
 */
export function ServedMarkup({ children }: { children: React.ReactNode }) {
  return typeof window === 'undefined' ? (
    <div className="contents">{children}</div>
  ) : (
    <div className="contents" dangerouslySetInnerHTML={KEEP_SERVED_CONTENT} suppressHydrationWarning />
  );
}
