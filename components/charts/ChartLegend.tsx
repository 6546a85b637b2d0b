import type { CSSProperties } from 'react';
import { SideLabel } from '@/components/SideLabel';
import type { MarkerKind } from '@/lib/charts/marker-kind';
import type { Side, SideConfig } from '@/lib/charts/side-colour';
import { FigureMark } from './FigureMark';

const markerWords: Record<Exclude<MarkerKind, 'point'>, string> = {
  'open-right': 'more than / at least: the true value is higher',
  'open-left': 'less than / up to: the true value is lower',
  range: 'range from low to high',
};

const listStyle: CSSProperties = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: '0.25rem 1.25rem',
  listStyle: 'none',
  margin: '0.5rem 0',
  padding: 0,
  fontSize: '0.875rem',
};

const itemStyle: CSSProperties = { display: 'inline-flex', alignItems: 'center', gap: '0.35rem' };

function MarkerIcon({ marker, hollow = false }: { marker: MarkerKind; hollow?: boolean }) {
  return (
    <svg width={36} height={18} aria-hidden="true" focusable="false">
      <FigureMark
        cx={marker === 'open-left' ? 26 : 10}
        cy={9}
        marker={marker}
        span={[4, 32]}
        colour="var(--ink-muted)"
        hollow={hollow}
        valueAxis="x"
      />
    </svg>
  );
}

/** The sides in the chart's config (only those drawn) and, when the marks differ, what each shape means. */
export function ChartLegend({
  config,
  markers,
  hasNonMeasurements,
}: {
  config: Partial<Record<Side, SideConfig>>;
  markers: readonly MarkerKind[];
  hasNonMeasurements: boolean;
}) {
  // A plain dot needs no key, and a black one would read as another side.
  const explained = markers.filter((marker): marker is Exclude<MarkerKind, 'point'> => marker !== 'point');
  return (
    <ul style={listStyle} aria-label="Legend">
      {(Object.keys(config) as Side[]).map((side) => (
        <li key={side} style={itemStyle}>
          <SideLabel side={side} />
        </li>
      ))}
      {explained.map((marker) => (
        <li key={marker} style={itemStyle}>
          <MarkerIcon marker={marker} /> {markerWords[marker]}
        </li>
      ))}
      {hasNonMeasurements && (
        <li style={itemStyle}>
          <MarkerIcon marker="point" hollow /> hollow or dashed: capacity, projection, target, demand or
          proposal
        </li>
      )}
    </ul>
  );
}
