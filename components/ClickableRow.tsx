'use client';

import { useRouter } from 'next/navigation';
import type { MouseEvent, ReactNode } from 'react';

/**
 * A table row that opens its figure when clicked anywhere. Keyboard and screen-reader users use the link in
 * the row's first cell; clicks on the row's own links keep their targets.
 */
export function ClickableRow({ href, children }: { href: string; children: ReactNode }) {
  const router = useRouter();
  const open = (event: MouseEvent<HTMLTableRowElement>) => {
    const target = event.target as HTMLElement;
    if (target.closest('a, button, input') || window.getSelection()?.toString()) return;
    router.push(href);
  };
  return (
    <tr className="clickable" onClick={open}>
      {children}
    </tr>
  );
}
