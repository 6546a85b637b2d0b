'use client';

import type { KeyboardEvent, MouseEvent, ReactNode, SyntheticEvent } from 'react';

function linkTarget(target: EventTarget): string | null {
  return target instanceof Element ? (target.closest('a[href]')?.getAttribute('href') ?? null) : null;
}

function openAtTop(event: SyntheticEvent, href: string): void {
  event.preventDefault();
  event.stopPropagation();
  window.open(new URL(href, window.location.href).href, '_top');
}

/**
 * Inside an iframe, the links within open in the whole window rather than the frame. It catches the events before
 * the marks' own handlers, which would navigate only the frame.
 */
export function TopLevelLinks({ children }: { children: ReactNode }) {
  const onClickCapture = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const href = linkTarget(event.target);
    if (href) openAtTop(event, href);
  };
  const onKeyDownCapture = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    const href = linkTarget(event.target);
    if (href) openAtTop(event, href);
  };
  return (
    <div onClickCapture={onClickCapture} onKeyDownCapture={onKeyDownCapture}>
      {children}
    </div>
  );
}
