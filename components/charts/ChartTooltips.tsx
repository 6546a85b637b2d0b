'use client';

import { useEffect, useRef, useState } from 'react';
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
  return { tip, x, flip: x > area.width / 2 };
}

/**
 * Tooltips for the server-drawn chart it sits in. The listeners go on the chart's frame and find the mark under the
 * pointer or focus (event delegation), so the marks stay plain links that work before this script runs, or without it.
 */
export function ChartTooltips({ tips }: { tips: readonly ChartTip[] }) {
  const markerRef = useRef<HTMLSpanElement>(null);
  const [active, setActive] = useState<ActiveTip | null>(null);
  useEffect(() => {
    const frame = markerRef.current?.parentElement;
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
    <>
      <span ref={markerRef} hidden />
      {active && <ChartTooltip active={active} />}
    </>
  );
}
