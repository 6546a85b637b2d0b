'use client';

import { useEffect } from 'react';

/**
 * With JavaScript, the /figures form sorts as soon as a sort is chosen and submits a clean address: no empty
 * search and no default sort. Without it, the plain GET form works the same through "Apply filters".
 */
export function FilterFormEnhancer({ formId, defaultSort }: { formId: string; defaultSort: string }) {
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const submitClean = (event: Event) => {
      event.preventDefault();
      const params = new URLSearchParams();
      for (const [name, value] of new FormData(form)) {
        if (typeof value !== 'string' || value.trim() === '' || (name === 'sort' && value === defaultSort))
          continue;
        params.append(name, value);
      }
      const query = params.toString();
      // A full load on purpose, as the plain form does: its uncontrolled checkboxes are drawn afresh from the URL.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      window.location.assign(`${form.action}${query ? `?${query}` : ''}`);
    };
    const sortOnChange = (event: Event) => {
      if (event.target instanceof HTMLSelectElement && event.target.name === 'sort') form.requestSubmit();
    };
    form.addEventListener('submit', submitClean);
    form.addEventListener('change', sortOnChange);
    return () => {
      form.removeEventListener('submit', submitClean);
      form.removeEventListener('change', sortOnChange);
    };
  }, [formId, defaultSort]);
  return null;
}
