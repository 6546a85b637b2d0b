import { useState, type ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';
import { ActiveMarkContext } from './ActiveMarkContext';
import { ChartTooltip, type ActiveMark } from './ChartTooltip';

/**
 * Reserves the chart's height before it mounts, so the page does not shift, and shows the tooltip over it. The chart
 * comes in as `children`, so a new tooltip does not re-render it (which would remount the focused mark).
 */
export function ChartFrame({
  height,
  summary,
  children,
}: {
  height: number;
  summary: string;
  children: ReactNode;
}) {
  const [active, setActive] = useState<ActiveMark | null>(null);
  return (
    <div role="group" aria-label={summary} style={{ position: 'relative', width: '100%', height }}>
      <ActiveMarkContext value={setActive}>
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </ActiveMarkContext>
      {active && <ChartTooltip mark={active} />}
    </div>
  );
}
