import { claimantKind, side } from '@/db/schema';
import type { PickerOption } from '@/lib/editing/near-duplicates';

function nameFromSlug(slug: string): string {
  return slug
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

function Field({
  id,
  name,
  label,
  values,
  errors,
  defaultValue = '',
  choices,
}: {
  id: string;
  name: string;
  label: string;
  values: Record<string, string>;
  errors: Record<string, string>;
  defaultValue?: string;
  choices?: readonly string[];
}) {
  const error = errors[name];
  const invalid = error ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-${name}-problem` } : {};
  const value = values[name] ?? defaultValue;
  return (
    <div className="review-field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      {choices ? (
        <select id={`${id}-${name}`} name={name} defaultValue={value} {...invalid}>
          <option value="">(choose)</option>
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {choice.replaceAll('_', ' ')}
            </option>
          ))}
        </select>
      ) : (
        <input id={`${id}-${name}`} name={name} defaultValue={value} autoComplete="off" {...invalid} />
      )}
      {error && (
        <p id={`${id}-${name}-problem`} className="field-problems">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * Proposes a claimant or metric a draft names that the seed does not have yet, as article:add suggests: written to
 * claimants.yaml or metrics.yaml, checked by the seed's own schema.
 */
export function NewEntryForm({
  list,
  figure,
  slug,
  action,
  unit,
  topics,
  values,
  errors,
}: {
  list: 'claimants' | 'metrics';
  figure: string;
  slug: string;
  action: string;
  unit: string;
  topics: readonly PickerOption[];
  values: Record<string, string>;
  errors: Record<string, string>;
}) {
  const id = `${figure}-new-${list}`;
  const common = { id, values, errors };
  return (
    <details className="new-entry" open={Object.keys(errors).length > 0}>
      <summary>
        Add {slug} to {list}.yaml
      </summary>
      <form method="post" action={action}>
        <input type="hidden" name="figure" value={figure} />
        <input type="hidden" name="intent" value={list === 'claimants' ? 'add-claimant' : 'add-metric'} />
        <div className="review-grid">
          <Field {...common} name="new_slug" label="Slug" defaultValue={slug} />
          <Field
            {...common}
            name="new_name"
            label="Name"
            defaultValue={list === 'claimants' ? nameFromSlug(slug) : ''}
          />
          {list === 'claimants' ? (
            <>
              <Field {...common} name="new_kind" label="Kind" choices={claimantKind.enumValues} />
              <Field {...common} name="new_side" label="Side" choices={side.enumValues} />
              <Field {...common} name="new_role" label="Role (optional)" />
            </>
          ) : (
            <>
              <Field {...common} name="new_topic" label="Topic" choices={topics.map((topic) => topic.slug)} />
              <Field {...common} name="new_unit" label="Unit" defaultValue={unit} />
              <Field {...common} name="new_subject" label="Subject" />
            </>
          )}
        </div>
        <Field
          {...common}
          name={list === 'claimants' ? 'new_description' : 'new_definition'}
          label={list === 'claimants' ? 'Description' : 'Definition'}
        />
        <div className="review-buttons">
          <button type="submit">Add to {list}.yaml</button>
        </div>
      </form>
    </details>
  );
}
