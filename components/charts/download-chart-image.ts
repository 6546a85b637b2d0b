import {
  buildChartImageSvg,
  chartImageFilename,
  chartImageLicence,
  type ChartDrawing,
  type ChartImageFormat,
  type ChartImageShape,
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

/**
 * Every drawing of the chart on the page (wide and narrow, shown or hidden by the screen's width), in its own
 * units: the image takes the one whose text comes out largest at its size.
 */
function chartDrawings(figure: Element, origin: string): ChartDrawing[] {
  return [...figure.querySelectorAll<SVGSVGElement>('[role="group"] svg.chart-svg')].map((svg) => ({
    ...snapshotSvg(svg, origin, { inViewBoxUnits: true }),
    cutLabels: [...svg.querySelectorAll('text')].some((text) => text.textContent?.trimEnd().endsWith('…')),
  }));
}

/** Draws the chart in `figure` as a headlined, credited image of `shape`, and saves it; returns the filename. */
export async function downloadChartImage(
  figure: Element,
  request: ChartImageRequest,
  format: ChartImageFormat,
  shape: ChartImageShape,
): Promise<string> {
  const { origin } = window.location;
  const drawings = chartDrawings(figure, origin);
  if (drawings.length === 0) throw new Error('The chart is not drawn yet; try again in a moment.');
  const image = buildChartImageSvg({
    shape,
    title: request.title,
    note: request.note,
    sourceLine: request.sourceLine,
    licence: chartImageLicence,
    permalink: `${origin}/metrics/${request.slug}`,
    drawings,
    legend: legendEntries(figure, request.sides, origin),
  });
  const filename = chartImageFilename(request.slug, format, shape);
  saveBlob(format === 'svg' ? svgBlob(image) : await pngBlob(image), filename);
  return filename;
}
