'use client';

import { useEffect } from 'react';

const prefix = '#figure-';

// A quote is cut into several marks where other quotes and values cross it, so CSS :target can reach only the
// first; this marks every part of the quote the address points to.
function markTargetedQuote() {
  for (const mark of document.querySelectorAll('.source-text mark.targeted'))
    mark.classList.remove('targeted');
  if (!location.hash.startsWith(prefix)) return;
  const id = decodeURIComponent(location.hash.slice(prefix.length));
  for (const mark of document.querySelectorAll('.source-text mark[data-figures]')) {
    if (mark.getAttribute('data-figures')?.split(' ').includes(id)) mark.classList.add('targeted');
  }
}

/** Highlights the quote named by #figure-<id> in the archived text, on arrival and whenever the hash changes. */
export function TargetedQuote() {
  useEffect(() => {
    markTargetedQuote();
    window.addEventListener('hashchange', markTargetedQuote);
    return () => window.removeEventListener('hashchange', markTargetedQuote);
  }, []);
  return null;
}
