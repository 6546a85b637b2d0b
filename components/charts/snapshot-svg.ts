const inlinedProperties = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'paint-order',
] as const;

export interface SvgSnapshot {
  markup: string;
  width: number;
  height: number;
}

function inlineStyles(source: Element, copy: Element): void {
  const computed = getComputedStyle(source);
  const declarations = inlinedProperties.map(
    (property) => `${property}:${computed.getPropertyValue(property)}`,
  );
  copy.setAttribute('style', declarations.join(';'));
  for (const property of inlinedProperties) {
    // A CSS variable in a presentation attribute means nothing outside this page; the inline style replaces it.
    if (copy.getAttribute(property)?.includes('var(')) copy.removeAttribute(property);
  }
}

function makeLinkStandalone(copy: Element, origin: string): void {
  const href = copy.getAttribute('href');
  if (href) copy.setAttribute('href', new URL(href, origin).href);
  copy.removeAttribute('tabindex');
}

/**
 * A drawn SVG (the chart, a legend icon) as standalone markup: colours and fonts resolved, links absolute, sized in
 * pixels as shown, or (`inViewBoxUnits`) in the units it was drawn in; `prepare` may change the copy (styles inlined)
 * before it is written out.
 */
export function snapshotSvg(
  svg: SVGSVGElement,
  origin: string,
  {
    inViewBoxUnits = false,
    prepare,
  }: { inViewBoxUnits?: boolean; prepare?: (copy: SVGSVGElement) => void } = {},
): SvgSnapshot {
  const box = svg.getBoundingClientRect();
  const viewBox = svg.viewBox.baseVal;
  // A chart hidden by the page's CSS (the wide one on a phone) has no box; then it is drawn at its viewBox size.
  const drawn = (inViewBoxUnits && viewBox?.width) || box.width === 0 ? viewBox : box;
  const width = Math.round(drawn.width);
  const height = Math.round(drawn.height);
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const sources = svg.querySelectorAll('*');
  const copies = copy.querySelectorAll('*');
  sources.forEach((source, index) => {
    const target = copies[index];
    if (!target) return;
    inlineStyles(source, target);
    if (target.localName === 'a') makeLinkStandalone(target, origin);
  });
  prepare?.(copy);
  copy.removeAttribute('style');
  copy.removeAttribute('class');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  if (!copy.hasAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return { markup: new XMLSerializer().serializeToString(copy), width, height };
}
