import type { ReactNode } from 'react';
import { markTargetRadius } from '@/lib/charts/chart-layout';

/**
 * A chart mark as a plain SVG link, so it opens its figure with no script: focusable, named for screen readers,
 * `tip` the index of its tooltip. Inside an embed the link opens in the whole window (`target="_top"`).
 */
export function MarkLink({
  href,
  label,
  tip,
  x,
  y,
  atTop,
  children,
}: {
  href: string;
  label: string;
  tip: number;
  x: number;
  y: number;
  atTop: boolean;
  children: ReactNode;
}) {
  return (
    <a
      href={href}
      aria-label={label}
      data-tip={tip}
      target={atTop ? '_top' : undefined}
      className="chart-mark"
    >
      <circle className="chart-mark-anchor" cx={x} cy={y} r={markTargetRadius} fill="transparent" />
      {children}
    </a>
  );
}
