import { describe, expect, it } from 'vitest';
import { embedExtraHeight, embedPath, embedSnippet } from '@/lib/charts/embed-snippet';

describe('embedSnippet', () => {
  it('is an iframe of the metric embed, titled, full width and as tall as the chart plus its credits', () => {
    expect(
      embedSnippet({
        origin: 'https://contested.example',
        slug: 'russian-military-recruitment',
        title: 'Russian military recruitment',
        chartHeight: 280,
      }),
    ).toBe(
      '<iframe src="https://contested.example/embed/metrics/russian-military-recruitment" ' +
        'title="Russian military recruitment — Contested Figures" ' +
        `width="100%" height="${280 + embedExtraHeight}" style="border:0" loading="lazy"></iframe>` +
        '<script>window.addEventListener("message",function(e){' +
        'if(e.origin!=="https://contested.example"||!e.data||e.data.type!=="contested-figures:height")return;' +
        'document.querySelectorAll("iframe").forEach(function(f){' +
        'if(f.contentWindow===e.source)f.style.height=Math.ceil(e.data.height)+"px";});});</script>',
    );
  });

  it('escapes quotes and ampersands in the title', () => {
    const snippet = embedSnippet({
      origin: '',
      slug: 'aid',
      title: 'Aid "pledged" & sent',
      chartHeight: 200,
    });
    expect(snippet).toContain('title="Aid &quot;pledged&quot; &amp; sent — Contested Figures"');
  });

  it('uses a relative src before the browser knows the origin', () => {
    const relative = embedSnippet({ origin: '', slug: 'aid', title: 'Aid', chartHeight: 200 });
    expect(relative).toContain('src="/embed/metrics/aid"');
    expect(relative).not.toContain('<script>');
    expect(embedPath('aid')).toBe('/embed/metrics/aid');
  });
});
