'use client';

import { useId, useSyncExternalStore } from 'react';
import { CopyButton } from '@/components/CopyButton';
import { embedSnippet } from '@/lib/charts/embed-snippet';

const subscribeToNothing = () => () => {};
const browserOrigin = () => window.location.origin;
// The server does not know which host the reader used, so it renders a relative src until the page hydrates.
const serverOrigin = () => '';

/** "Embed": the iframe code for this chart, in a read-only box with a Copy button. */
export function EmbedCode({
  slug,
  title,
  chartHeight,
}: {
  slug: string;
  title: string;
  chartHeight: number;
}) {
  const origin = useSyncExternalStore(subscribeToNothing, browserOrigin, serverOrigin);
  const snippet = embedSnippet({ origin, slug, title, chartHeight });
  const id = useId();

  return (
    <details className="embed-code">
      <summary>Embed</summary>
      <label htmlFor={id}>Paste this code into your page to show the chart</label>
      <textarea id={id} readOnly rows={4} value={snippet} onFocus={(event) => event.currentTarget.select()} />
      <div className="embed-code-actions">
        <CopyButton text={snippet} targetId={id} />
      </div>
    </details>
  );
}
