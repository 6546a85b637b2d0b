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

export interface ChartImageRequest {
  title: string;
  note: string;
  slug: string;
  sourceLine: string;
  sides: readonly Side[];
}

function legendEntries(figure: Element, sides: readonly Side[], origin: string): LegendEntry[] {
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

/** Draws the chart in `figure` with its title, legend, notes, source line and permalink, and saves it; returns the filename. */
export async function downloadChartImage(
  figure: Element,
  request: ChartImageRequest,
  format: ChartImageFormat,
): Promise<string> {
  // The wide drawing, even on a phone that shows the narrow one: an image is read at its own size, not the screen's.
  const svg = figure.querySelector<SVGSVGElement>('svg.chart-svg-wide');
  if (!svg) throw new Error('The chart is not drawn yet; try again in a moment.');
  const { origin } = window.location;
  const chart = snapshotSvg(svg, origin);
  const image = buildChartImageSvg({
    title: request.title,
    note: request.note,
    sourceLine: request.sourceLine,
    permalink: `${origin}/metrics/${request.slug}`,
    width: chart.width,
    height: chart.height,
    chartSvgMarkup: chart.markup,
    legend: legendEntries(figure, request.sides, origin),
  });
  const filename = chartImageFilename(request.slug, format);
  saveBlob(format === 'svg' ? svgBlob(image) : await pngBlob(image), filename);
  return filename;
}
