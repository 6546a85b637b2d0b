import type { ChartImage } from '@/lib/charts/chart-image';

export function svgBlob(image: ChartImage): Blob {
  return new Blob([image.markup], { type: 'image/svg+xml;charset=utf-8' });
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const element = new Image();
    element.onload = () => resolve(element);
    element.onerror = () => reject(new Error('The chart image could not be drawn'));
    element.src = url;
  });
}

/** The SVG drawn onto a canvas of exactly its size: the image is already laid out at the size it will be posted. */
export async function pngBlob(image: ChartImage): Promise<Blob> {
  const url = URL.createObjectURL(svgBlob(image));
  try {
    const drawn = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw on a canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, image.width, image.height);
    context.drawImage(drawn, 0, 0, image.width, image.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The download reads the URL after this returns; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
