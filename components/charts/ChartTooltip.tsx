import type { CSSProperties } from 'react';
import { SideLabel } from '@/components/SideLabel';
import type { FigureDetail } from '@/lib/charts/describe-figure';

/** The mark under the pointer or keyboard focus, at its position in the chart in pixels. */
export interface ActiveMark {
  detail: FigureDetail;
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
export function ChartTooltip({ mark }: { mark: ActiveMark }) {
  const { detail } = mark;
  const transform = mark.flip ? 'translate(calc(-100% - 16px), -50%)' : 'translate(16px, -50%)';
  return (
    <div aria-hidden="true" style={{ ...cardStyle, left: mark.x, top: mark.y, transform }}>
      <strong>{detail.valueLabel}</strong>
      <div>
        As stated: “{detail.valueText}” · {detail.kindLabel}
      </div>
      {detail.conversion && <div>{detail.conversion}</div>}
      <div>
        {detail.claimant} · <SideLabel side={detail.side} />
      </div>
      <div className="muted">
        {detail.outlet} · {detail.published} · period: {detail.period}
      </div>
    </div>
  );
}
