import { escapeXml } from './chart-image';

// Room for the heading, legend, caption, source line and link: measured at 158–226 px on every metric at 640 px wide.
export const embedExtraHeight = 230;

export function embedPath(slug: string): string {
  return `/embed/metrics/${slug}`;
}

/** The message an embed posts to its host page whenever its content changes height. */
export const embedHeightMessage = 'contested-figures:height';

// The host page grows each embed iframe to the height it reports, as Datawrapper's snippet does; only messages from
// this site's origin and from that iframe's own window are heeded.
function resizeScript(origin: string): string {
  return (
    `<script>window.addEventListener("message",function(e){` +
    `if(e.origin!==${JSON.stringify(origin)}||!e.data||e.data.type!==${JSON.stringify(embedHeightMessage)})return;` +
    `document.querySelectorAll("iframe").forEach(function(f){` +
    `if(f.contentWindow===e.source)f.style.height=Math.ceil(e.data.height)+"px";});});</script>`
  );
}

/**
 * The iframe a publisher pastes to show one metric's chart, sized for a wide column and grown by a small script
 * when a narrow one needs more; `origin` is empty before the browser knows it (and then there is no script).
 */
export function embedSnippet({
  origin,
  slug,
  title,
  chartHeight,
}: {
  origin: string;
  slug: string;
  title: string;
  chartHeight: number;
}): string {
  const src = `${origin}${embedPath(slug)}`;
  const height = Math.round(chartHeight + embedExtraHeight);
  return (
    `<iframe src="${escapeXml(src)}" title="${escapeXml(`${title} — Contested Figures`)}" ` +
    `width="100%" height="${height}" style="border:0" loading="lazy"></iframe>` +
    (origin ? resizeScript(origin) : '')
  );
}

/** The embed's own script, inline and the only one it has: it reports the page's height to the host, now and on change. */
export const embedHeightScript =
  `if(window.parent!==window){var report=function(){window.parent.postMessage(` +
  `{type:${JSON.stringify(embedHeightMessage)},height:document.body.getBoundingClientRect().height},"*");};` +
  `new ResizeObserver(report).observe(document.body);report();}`;
