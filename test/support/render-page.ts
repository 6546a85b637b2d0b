import type { ReactElement } from 'react';
import { createElement } from 'react';
import {
  AppRouterContext,
  type AppRouterInstance,
} from 'next/dist/shared/lib/app-router-context.shared-runtime';
import { renderToStaticMarkup } from 'react-dom/server';

// Client components call useRouter() while rendering; outside Next a router that goes nowhere stands in for it.
const router: AppRouterInstance = {
  back: () => {},
  forward: () => {},
  refresh: () => {},
  push: () => {},
  replace: () => {},
  prefetch: () => {},
  hmrRefresh: () => {},
} as unknown as AppRouterInstance;

/** A server page's HTML, rendered as Next would on the server (the page's data read from the app's database). */
export async function renderPage(page: Promise<ReactElement> | ReactElement): Promise<string> {
  return renderToStaticMarkup(createElement(AppRouterContext.Provider, { value: router }, await page));
}

/** The text a reader sees in rendered HTML: tags dropped, entities decoded, white space collapsed. */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
}
