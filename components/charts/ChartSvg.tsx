import type { ReactNode } from 'react';
import type { ChartLayout } from '@/lib/charts/chart-layout';

/**
 * The drawn chart: a fixed viewBox that scales to the column, so the server can draw every mark in place. The page
 * carries a wide and a narrow one; a media query shows one and hides the other (`chart-svg-<layout>` in globals.css).
 */
export function ChartSvg({
  layout,
  height,
  children,
}: {
  layout: ChartLayout;
  height: number;
  children: ReactNode;
}) {
  return (
    <svg
      className={`chart-svg chart-svg-${layout.name}`}
      viewBox={`0 0 ${layout.width} ${height}`}
      width="100%"
      fontFamily="inherit"
      fontSize={12}
    >
      {children}
    </svg>
  );
}
