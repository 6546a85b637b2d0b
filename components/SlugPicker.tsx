'use client';

import { useState } from 'react';
import { findNearDuplicates, type PickerOption } from '@/lib/editing/near-duplicates';

/**
 * A claimant or metric picker: suggestions as the editor types (the page's datalist), the name of the entry picked,
 * and a warning when a new slug is close to one that exists, with a button to take the existing one instead.
 */
export function SlugPicker({
  id,
  name,
  label,
  listId,
  options,
  defaultValue,
  file,
  problems,
}: {
  id: string;
  name: string;
  label: string;
  listId: string;
  options: readonly PickerOption[];
  defaultValue: string;
  /** The seed file the entries come from, named in the messages. */
  file: string;
  problems: readonly string[];
}) {
  const [value, setValue] = useState(defaultValue);
  const typed = value.trim();
  const known = options.find((option) => option.slug === typed);
  const near = known ? [] : findNearDuplicates(typed, options).slice(0, 3);
  const describedBy = [`${id}-status`, ...(problems.length > 0 ? [`${id}-problems`] : [])].join(' ');
  return (
    <div className="review-field review-picker">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        list={listId}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={describedBy}
        aria-invalid={problems.length > 0 || undefined}
      />
      <div id={`${id}-status`} className="picker-status" aria-live="polite">
        {known ? (
          <span>{known.name}</span>
        ) : near.length > 0 ? (
          <span className="picker-warning">
            Possible duplicate: “{typed}” is not in {file}, but{' '}
            {near.map((option, index) => (
              <span key={option.slug}>
                {index > 0 ? ', ' : ''}
                <button type="button" className="picker-use" onClick={() => setValue(option.slug)}>
                  {option.slug}
                </button>{' '}
                ({option.name})
              </span>
            ))}{' '}
            {near.length === 1 ? 'is' : 'are'}.
          </span>
        ) : typed !== '' ? (
          <span>
            New: “{typed}” is not in {file}; add it there before accepting.
          </span>
        ) : null}
      </div>
      {problems.length > 0 && (
        <ul id={`${id}-problems`} className="field-problems">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
