'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

// Long enough to finish a word before the results change under the reader; short enough to feel live.
const typingPause = 500;

/**
 * With JavaScript, the /figures filters apply as they change: a ticked box or a chosen sort at once, the search
 * after a pause in typing, each time to a clean address (no empty search, no default sort). The page changes in
 * place, so the search box keeps its focus. Without JavaScript the plain GET form works the same through its
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
      apply();
    };
    const onInput = (event: Event) => {
      if (!(event.target instanceof HTMLInputElement && event.target.type === 'search')) return;
      clearTimeout(pending);
      pending = setTimeout(apply, typingPause);
    };
    form.addEventListener('submit', onSubmit);
    form.addEventListener('change', onChange);
    form.addEventListener('input', onInput);
    return () => {
      clearTimeout(pending);
      if (submitButton) submitButton.hidden = false;
      form.removeEventListener('submit', onSubmit);
      form.removeEventListener('change', onChange);
      form.removeEventListener('input', onInput);
    };
  }, [formId, defaultSort, router]);
  return null;
}
