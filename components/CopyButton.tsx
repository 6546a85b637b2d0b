'use client';

import { useState } from 'react';

/** Selects the text of the element with `id`, for a reader to copy by hand when the clipboard is refused. */
function selectElement(id: string) {
  const element = document.getElementById(id);
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
    element.focus();
    element.select();
  } else if (element) {
    const range = document.createRange();
    range.selectNodeContents(element);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
  }
}

/** "Copy": puts `text` on the clipboard, or selects the element showing it, and says which it did. */
export function CopyButton({ text, targetId }: { text: string; targetId: string }) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Copied.');
    } catch {
      selectElement(targetId);
      setStatus('Selected: press Ctrl+C (⌘C on a Mac) to copy.');
    }
  };
  return (
    <span className="copy-button">
      <button type="button" onClick={() => void copy()}>
        Copy
      </button>{' '}
      <span role="status" className="muted small">
        {status}
      </span>
    </span>
  );
}
