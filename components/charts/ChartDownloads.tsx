'use client';

import { useState, type RefObject } from 'react';
import {
  buildChartImageSvg,
  chartImageFilename,
  type ChartImageFormat,
  type LegendEntry,
} from '@/lib/charts/chart-image';
import type { Side } from '@/lib/charts/side-colour';
import { sideLabel } from '@/lib/format/labels';
import { pngBlob, saveBlob, svgBlob } from './chart-image-files';
import { snapshotSvg } from './snapshot-svg';

function legendEntries(figure: HTMLElement, sides: readonly Side[], origin: string): LegendEntry[] {
  const root = getComputedStyle(document.documentElement);
  const sideEntries = sides.map((side) => ({
    label: sideLabel[side],
    colour: root.getPropertyValue(`--side-${side}`).trim() || '#6b6b6b',
  }));
  // The page's legend explains the marker shapes (arrows, ranges, hollow marks) in words beside a drawn icon.
  const markerEntries = [...figure.querySelectorAll('ul[aria-label="Legend"] li')].flatMap((item) => {
    const icon = item.querySelector('svg');
    const label = item.textContent?.trim();
    return icon && label ? [{ label, iconMarkup: snapshotSvg(icon, origin).markup }] : [];
  });
  return [...sideEntries, ...markerEntries];
}

/** "Download PNG" and "Download SVG": the drawn chart with its title, legend, source line and permalink. */
export function ChartDownloads({
  title,
  note,
  slug,
  sourceLine,
  sides,
  chartRef,
}: {
  title: string;
  note: string;
  slug: string;
  sourceLine: string;
  sides: readonly Side[];
  chartRef: RefObject<HTMLElement | null>;
}) {
  const [status, setStatus] = useState('');

  const download = async (format: ChartImageFormat) => {
    const figure = chartRef.current;
    const svg = figure?.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!figure || !svg) {
      setStatus('The chart is not drawn yet; try again in a moment.');
      return;
    }
    try {
      const { origin } = window.location;
      const chart = snapshotSvg(svg, origin);
      const image = buildChartImageSvg({
        title,
        note,
        sourceLine,
        permalink: `${origin}/metrics/${slug}`,
        width: chart.width,
        height: chart.height,
        chartSvgMarkup: chart.markup,
        legend: legendEntries(figure, sides, origin),
      });
      const filename = chartImageFilename(slug, format);
      saveBlob(format === 'svg' ? svgBlob(image) : await pngBlob(image), filename);
      setStatus(`Downloaded ${filename}`);
    } catch (error) {
      setStatus(error instanceof Error ? error.message : 'The image could not be made.');
    }
  };

  return (
    <>
      <button type="button" onClick={() => void download('png')}>
        Download PNG
      </button>
      <button type="button" onClick={() => void download('svg')}>
        Download SVG
      </button>
      <span role="status" className="muted small">
        {status}
      </span>
    </>
  );
}
