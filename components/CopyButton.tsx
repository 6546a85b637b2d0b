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

// With `html`, the formatted version too, so a word processor keeps the italics; plain text everywhere else.
async function writeClipboard(text: string, html: string | undefined) {
  if (html !== undefined && typeof ClipboardItem !== 'undefined') {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/plain': new Blob([text], { type: 'text/plain' }),
        'text/html': new Blob([html], { type: 'text/html' }),
      }),
    ]);
  } else {
    await navigator.clipboard.writeText(text);
  }
}

/**
 * "Copy": puts `text` on the clipboard, or selects the element showing it, and says which it did. With
 * `withFormatting`, the element's own markup goes along as HTML (italics and all) beside the plain text.
 */
export function CopyButton({
  text,
  targetId,
  withFormatting = false,
  label = 'Copy',
}: {
  text: string;
  targetId: string;
  withFormatting?: boolean;
  label?: string;
}) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await writeClipboard(text, withFormatting ? document.getElementById(targetId)?.innerHTML : undefined);
      setStatus('Copied.');
    } catch {
      selectElement(targetId);
      setStatus('Selected: press Ctrl+C (⌘C on a Mac) to copy.');
    }
  };
  return (
    <span className="copy-button">
      <button type="button" onClick={() => void copy()}>
        {label}
      </button>{' '}
      <span role="status" className="muted small">
        {status}
      </span>
    </span>
  );
}
