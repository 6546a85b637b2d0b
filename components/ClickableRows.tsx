'use client';

import { useEffect, useRef, type ReactNode } from 'react';

// Long enough to tell a click from the first half of a double-click, which selects a word to copy.
const doubleClickWindow = 250;

/**
 * A table body whose rows open their figure (`data-href`) when clicked anywhere: one listener for the whole table,
 * so the rows stay plain server-rendered HTML. It only adds a pointer shortcut: keyboard and screen-reader users
 * use the link in each row's first cell. Clicks on a row's own links keep their targets, and selecting text never
 * navigates.
 */
export function ClickableRows({ children }: { children: ReactNode }) {
  const body = useRef<HTMLTableSectionElement>(null);
  useEffect(() => {
    const rows = body.current;
    if (!rows) return;
    let pending: ReturnType<typeof setTimeout> | undefined;
    const open = (event: MouseEvent) => {
      clearTimeout(pending);
      const target = event.target as HTMLElement;
      const href = target.closest('tr')?.dataset.href;
      const selecting = () => Boolean(window.getSelection()?.toString());
      if (!href || event.detail > 1 || target.closest('a, button, input') || selecting()) return;
      pending = setTimeout(() => {
        if (!selecting()) window.location.assign(href);
      }, doubleClickWindow);
    };
    rows.addEventListener('click', open);
    // Only now is a row a target: the pointer says so (app/globals.css), and not before the listener is there.
    rows.dataset.rowsOpen = '';
    return () => {
      clearTimeout(pending);
      rows.removeEventListener('click', open);
      delete rows.dataset.rowsOpen;
    };
  }, []);
  return <tbody ref={body}>{children}</tbody>;
}
