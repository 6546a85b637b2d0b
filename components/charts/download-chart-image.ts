import {
  buildChartImageSvg,
  chartImageFilename,
  chartImageLicence,
  wholeRowLabel,
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

const isCut = (text: Element) => text.textContent?.trimEnd().endsWith('…') ?? false;

/**
 * Row labels the drawing cut short ("…"), redrawn whole from the row's title (`who · where and when`) in the same
 * column: the image is a chart to post, where a label must be read in full without a tooltip.
 */
function wholeLabels(copy: SVGSVGElement): void {
  for (const title of copy.querySelectorAll('g > title')) {
    const row = title.parentElement;
    const texts = [...(row?.querySelectorAll(':scope > text') ?? [])];
    const [first] = texts;
    if (!row || !first || !texts.some(isCut)) continue;
    const full = title.textContent ?? '';
    const split = full.indexOf(' · ');
    const label = split < 0 ? full : full.slice(0, split);
    const sublabel = split < 0 ? '' : full.slice(split + 3);
    const ys = texts.map((text) => Number(text.getAttribute('y')));
    const centre = (Math.min(...ys) + Math.max(...ys)) / 2;
    const x = Number(first.getAttribute('x'));
    const boldStyle = first.getAttribute('style') ?? '';
    const plainStyle = texts
      .find((text) => text.getAttribute('font-weight') !== '600')
      ?.getAttribute('style');
    // The label column's width: its right-aligned text ends 12 units before the plot, 8 from the left edge.
    const width = Math.max(40, x - 8);
    for (const text of texts) text.remove();
    for (const line of wholeRowLabel(label, sublabel, width)) {
      const text = first.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'text');
      text.setAttribute('x', String(x));
      text.setAttribute('y', String(Math.round(centre + line.dy)));
      text.setAttribute('style', line.bold ? boldStyle : (plainStyle ?? boldStyle));
      text.setAttribute('font-size', String(line.fontSize));
      if (line.bold) text.setAttribute('font-weight', '600');
      text.textContent = line.text;
      row.append(text);
    }
  }
}

/**
 * Every drawing of the chart on the page (wide and narrow, shown or hidden by the screen's width), in its own
 * units: the image takes the one whose text comes out largest at its size.
 */
function chartDrawings(figure: Element, origin: string): ChartDrawing[] {
  return [...figure.querySelectorAll<SVGSVGElement>('[role="group"] svg.chart-svg')].map((svg) => ({
    ...snapshotSvg(svg, origin, { inViewBoxUnits: true, prepare: wholeLabels }),
    cutLabels: [...svg.querySelectorAll('text')].some(isCut),
  }));
}

/**
 * The chart as the embed draws it for a narrow column (`stacked`: each row's labels over its mark, wrapped whole,
 * the plot the full width), fetched from the embed page and snapshotted off-screen under this page's styles. The page
 * does not carry this drawing, so it costs nothing until an image is made. Null if it cannot be had.
 */
async function stackedDrawing(slug: string, origin: string): Promise<ChartDrawing | null> {
  try {
    const response = await fetch(`/embed/metrics/${encodeURIComponent(slug)}`);
    if (!response.ok) return null;
    const parsed = new DOMParser().parseFromString(await response.text(), 'text/html');
    const drawn = parsed.querySelector('svg.chart-svg-stacked');
    if (!drawn) return null;
    const holder = document.createElement('div');
    holder.setAttribute('aria-hidden', 'true');
    holder.style.cssText = 'position:absolute;left:-10000px;top:0;width:320px;visibility:hidden';
    const svg = document.importNode(drawn, true) as SVGSVGElement;
    holder.append(svg);
    document.body.append(holder);
    try {
      return {
        ...snapshotSvg(svg, origin, { inViewBoxUnits: true, prepare: wholeLabels }),
        cutLabels: [...svg.querySelectorAll('text')].some(isCut),
      };
    } finally {
      holder.remove();
    }
  } catch {
    return null;
  }
}

/** Draws the chart in `figure` as a headlined, credited image of `shape`, and saves it; returns the filename. */
export async function downloadChartImage(
  figure: Element,
  request: ChartImageRequest,
  format: ChartImageFormat,
  shape: ChartImageShape,
): Promise<string> {
  const { origin } = window.location;
  const stacked = await stackedDrawing(request.slug, origin);
  const drawings = [...chartDrawings(figure, origin), ...(stacked ? [stacked] : [])];
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
