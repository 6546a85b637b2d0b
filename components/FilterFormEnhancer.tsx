'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

// Long enough to finish a word before the results change under the reader; short enough to feel live.
const typingPause = 500;

// Each view is its own route, so the form is drawn afresh after every change; what the reader was typing, and that
// they were typing, outlive it here so the new search box can take over where the old one stopped.
let typing: { value: string; at: number } | null = null;
// A view that loads later than this after the last keystroke takes no focus: the reader has moved on.
const stillTyping = 5000;
// Likewise an opened filter drawer stays open while the reader ticks box after box.
let drawerOpen = false;

/**
 * With JavaScript, the /figures filters apply as they change: a ticked box or a chosen sort at once, the search
 * after a pause in typing, each time to a clean address (no empty search, no default sort). The page changes
 * without a full load; the search box keeps its focus and words, and an opened drawer stays open. Without JavaScript the plain GET form works the same through its
 * "Apply filters" button, which is hidden here as nothing needs it.
 */
export function FilterFormEnhancer({ formId, defaultSort }: { formId: string; defaultSort: string }) {
  const router = useRouter();
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const submitButton = form.querySelector<HTMLButtonElement>('button[type="submit"]');
    if (submitButton) submitButton.hidden = true;
    let pending: ReturnType<typeof setTimeout> | undefined;
    const search = form.querySelector<HTMLInputElement>('input[type="search"]');
    const drawer = form.closest('details');
    if (drawer && drawerOpen) drawer.open = true;
    const onToggle = () => {
      drawerOpen = drawer?.open ?? false;
    };
    drawer?.addEventListener('toggle', onToggle);
    const apply = () => {
      clearTimeout(pending);
      const params = new URLSearchParams();
      for (const [name, value] of new FormData(form)) {
        if (typeof value !== 'string' || value.trim() === '' || (name === 'sort' && value === defaultSort))
          continue;
        params.append(name, value);
      }
      const query = params.toString();
      const address = `${new URL(form.action).pathname}${query ? `?${query}` : ''}`;
      if (address === `${window.location.pathname}${window.location.search}`) return;
      router.push(address, { scroll: false });
    };
    const onSubmit = (event: Event) => {
      event.preventDefault();
      apply();
    };
    const onChange = (event: Event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'search') return;
      typing = null;
      apply();
    };
    const onInput = (event: Event) => {
      if (!(event.target instanceof HTMLInputElement && event.target.type === 'search')) return;
      typing = { value: event.target.value, at: Date.now() };
      clearTimeout(pending);
      pending = setTimeout(apply, typingPause);
    };
    if (typing && search && Date.now() - typing.at < stillTyping) {
      const typed = typing.value;
      search.value = typed;
      search.focus();
      search.setSelectionRange(typed.length, typed.length);
      // Words typed while the last view loaded still count.
      if (typed.trim() !== (new URLSearchParams(window.location.search).get('q') ?? ''))
        pending = setTimeout(apply, typingPause);
    }
    form.addEventListener('submit', onSubmit);
    form.addEventListener('change', onChange);
    form.addEventListener('input', onInput);
    return () => {
      clearTimeout(pending);
      if (submitButton) submitButton.hidden = false;
      form.removeEventListener('submit', onSubmit);
      form.removeEventListener('change', onChange);
      form.removeEventListener('input', onInput);
      drawer?.removeEventListener('toggle', onToggle);
    };
  }, [formId, defaultSort, router]);
  return null;
}
