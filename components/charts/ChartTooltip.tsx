import type { CSSProperties } from 'react';
import { SideLabel } from '@/components/SideLabel';
import type { ChartTip } from '@/lib/charts/chart-tip';

/** The mark under the pointer or keyboard focus, at its position over the chart in pixels. */
export interface ActiveTip {
  tip: ChartTip;
  x: number;
  y: number;
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

/** Hidden from assistive technology: each mark's accessible name already says this, and the table says it all. */
export function ChartTooltip({ active }: { active: ActiveTip }) {
  const { tip } = active;
  const transform = active.flip ? 'translate(calc(-100% - 16px), -50%)' : 'translate(16px, -50%)';
  return (
    <div aria-hidden="true" style={{ ...cardStyle, left: active.x, top: active.y, transform }}>
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
