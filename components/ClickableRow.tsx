'use client';

import { useRouter } from 'next/navigation';
import { useRef, type MouseEvent, type ReactNode } from 'react';

// Long enough to tell a click from the first half of a double-click, which selects a word to copy.
const doubleClickWindow = 250;

/**
 * A table row that opens its figure when clicked anywhere. Keyboard and screen-reader users use the link in
 * the row's first cell; clicks on the row's own links keep their targets, and selecting text never navigates.
 */
export function ClickableRow({ href, children }: { href: string; children: ReactNode }) {
  const router = useRouter();
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const open = (event: MouseEvent<HTMLTableRowElement>) => {
    clearTimeout(pending.current);
    const target = event.target as HTMLElement;
    if (event.detail > 1 || target.closest('a, button, input') || window.getSelection()?.toString()) return;
    pending.current = setTimeout(() => {
      if (!window.getSelection()?.toString()) router.push(href);
    }, doubleClickWindow);
  };
  return (
    <tr className="clickable" onClick={open}>
      {children}
    </tr>
  );
}
