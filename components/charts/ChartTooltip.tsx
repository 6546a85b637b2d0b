import type { CSSProperties } from 'react';
import { SideLabel } from '@/components/SideLabel';
import type { ChartTip } from '@/lib/charts/chart-tip';

/** The mark under the pointer or keyboard focus; `x` is its centre across the chart, in pixels. */
export interface ActiveTip {
  tip: ChartTip;
  x: number;
  flip: boolean;
}

const cardStyle: CSSProperties = {
  position: 'absolute',
  zIndex: 2,
  // As wide as its text up to a limit, not as narrow as the room right of the mark.
  width: 'max-content',
  maxWidth: 'min(20rem, 70vw)',
  padding: '0.5rem 0.75rem',
  background: 'var(--paper)',
  border: '1px solid var(--rule)',
  borderRadius: 6,
  boxShadow: '0 2px 8px rgb(0 0 0 / 0.15)',
  fontSize: '0.85rem',
  lineHeight: 1.4,
  pointerEvents: 'none',
};

/**
 * Set below the chart, under its mark's side of the chart, so it never covers another mark. Hidden from assistive
 * technology: each mark's accessible name already says this, and the table says it all.
 */
export function ChartTooltip({ active }: { active: ActiveTip }) {
  const { tip } = active;
  const place: CSSProperties = active.flip ? { right: 0 } : { left: 0 };
  return (
    <div
      aria-hidden="true"
      className="chart-detail"
      style={{ ...cardStyle, ...place, top: 'calc(100% + 4px)' }}
    >
      <strong>{tip.heading}</strong>
      {tip.lines.map((line) => (
        <div key={line}>{line}</div>
      ))}
      <div>
        {tip.claimant} · <SideLabel side={tip.side} />
      </div>
      <div className="muted">{tip.muted}</div>
    </div>
  );
}
