import type { ReactNode } from 'react';
import { chartViewWidth } from '@/lib/charts/chart-layout';

/** The drawn chart: a fixed viewBox that scales to the column, so the server can draw every mark in place. */
export function ChartSvg({ height, children }: { height: number; children: ReactNode }) {
  return (
    <svg
      className="chart-svg"
      viewBox={`0 0 ${chartViewWidth} ${height}`}
      width="100%"
      fontFamily="inherit"
      fontSize={12}
    >
      {children}
    </svg>
  );
}
