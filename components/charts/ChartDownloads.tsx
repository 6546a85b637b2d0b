'use client';

import { useId, useState, type MouseEvent } from 'react';
import type { ChartImageFormat, ChartImageShape } from '@/lib/charts/chart-image';
import type { ChartImageRequest } from './download-chart-image';

const shapes: { value: ChartImageShape; label: string }[] = [
  { value: 'landscape', label: 'Landscape, 1200 × 675 (social posts)' },
  { value: 'portrait', label: 'Portrait, 1080 × 1350 (phones)' },
];

/**
 * "Download PNG" and "Download SVG" at a size the reader picks: the chart with its headline, note, legend, source
 * line, licence and permalink. The code that draws the image loads on the first click, so it weighs nothing on a
 * page that is only read.
 */
export function ChartDownloads(request: ChartImageRequest) {
  const [status, setStatus] = useState('');
  const [shape, setShape] = useState<ChartImageShape>('landscape');
  const sizeId = useId();

  const download = async (event: MouseEvent<HTMLButtonElement>, format: ChartImageFormat) => {
    const figure = event.currentTarget.closest('.metric-chart')?.querySelector('figure');
    try {
      if (!figure) throw new Error('The chart is not drawn yet; try again in a moment.');
      const { downloadChartImage } = await import('./download-chart-image');
      setStatus(`Downloaded ${await downloadChartImage(figure, request, format, shape)}`);
    } catch (error) {
      setStatus(error instanceof Error ? error.message : 'The image could not be made.');
    }
  };

  return (
    <>
      <label htmlFor={sizeId} className="small">
        Image size
      </label>
      <select
        id={sizeId}
        className="small"
        value={shape}
        onChange={(event) => setShape(event.target.value as ChartImageShape)}
      >
        {shapes.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <button type="button" onClick={(event) => void download(event, 'png')}>
        Download PNG
      </button>
      <button type="button" onClick={(event) => void download(event, 'svg')}>
        Download SVG
      </button>
      <span role="status" className="muted small">
        {status}
      </span>
    </>
  );
}
