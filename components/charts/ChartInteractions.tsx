'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ChartTip } from '@/lib/charts/chart-tip';
import { ChartTooltip, type ActiveTip } from './ChartTooltip';

/** The mark an event happened on, and where its anchor sits over the frame. */
function markAt(frame: HTMLElement, target: EventTarget | null, tips: readonly ChartTip[]): ActiveTip | null {
  const mark = target instanceof Element ? target.closest('a[data-tip]') : null;
  const tip = mark ? tips[Number(mark.getAttribute('data-tip'))] : undefined;
  const anchor = mark?.querySelector('.chart-mark-anchor');
  if (!tip || !anchor) return null;
  const area = frame.getBoundingClientRect();
  const box = anchor.getBoundingClientRect();
  const x = box.left + box.width / 2 - area.left;
  return { tip, x, y: box.top + box.height / 2 - area.top, flip: x > area.width / 2 };
}

/**
 * The server-drawn chart plus its tooltips. The listeners sit on the frame and find the mark under the pointer or
 * focus (event delegation), so the marks stay plain links that work before this script runs, or without it.
 */
export function ChartInteractions({
  summary,
  tips,
  children,
}: {
  summary: string;
  tips: readonly ChartTip[];
  children: ReactNode;
}) {
  const frameRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<ActiveTip | null>(null);
  useEffect(() => {
    const frame = frameRef.current;
    if (!frame) return;
    const show = (event: Event) => setActive(markAt(frame, event.target, tips));
    const hide = () => setActive(null);
    const hideOnEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') hide();
    };
    frame.addEventListener('mouseover', show);
    frame.addEventListener('focusin', show);
    frame.addEventListener('mouseleave', hide);
    frame.addEventListener('focusout', hide);
    frame.addEventListener('keydown', hideOnEscape);
    return () => {
      frame.removeEventListener('mouseover', show);
      frame.removeEventListener('focusin', show);
      frame.removeEventListener('mouseleave', hide);
      frame.removeEventListener('focusout', hide);
      frame.removeEventListener('keydown', hideOnEscape);
    };
  }, [tips]);
  return (
    <div ref={frameRef} role="group" aria-label={summary} className="chart-frame">
      {children}
      {active && <ChartTooltip active={active} />}
    </div>
  );
}
