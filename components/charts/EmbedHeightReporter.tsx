'use client';

import { useEffect } from 'react';
import { embedHeightMessage } from '@/lib/charts/embed-snippet';

/** Inside an embed iframe: tells the host page how tall the content is, now and whenever it changes. */
export function EmbedHeightReporter() {
  useEffect(() => {
    if (window.parent === window) return;
    const report = () =>
      window.parent.postMessage(
        { type: embedHeightMessage, height: document.body.getBoundingClientRect().height },
        '*',
      );
    const observer = new ResizeObserver(report);
    observer.observe(document.body);
    report();
    return () => observer.disconnect();
  }, []);
  return null;
}
