'use client';

import { useState, type MouseEvent } from 'react';
import type { ChartImageFormat } from '@/lib/charts/chart-image';
import type { ChartImageRequest } from './download-chart-image';

/**
 * "Download PNG" and "Download SVG": the drawn chart with its title, legend, source line and permalink. The code
 * that draws the image loads on the first click, so it weighs nothing on a page that is only read.
 */
export function ChartDownloads(request: ChartImageRequest) {
  const [status, setStatus] = useState('');

  const download = async (event: MouseEvent<HTMLButtonElement>, format: ChartImageFormat) => {
    const figure = event.currentTarget.closest('.metric-chart')?.querySelector('figure');
    try {
      if (!figure) throw new Error('The chart is not drawn yet; try again in a moment.');
      const { downloadChartImage } = await import('./download-chart-image');
      setStatus(`Downloaded ${await downloadChartImage(figure, request, format)}`);
    } catch (error) {
      setStatus(error instanceof Error ? error.message : 'The image could not be made.');
    }
  };

  return (
    <>
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
