import { boundKind, figureKind, ratePer } from '@/db/schema';
import type { PickerOption } from '@/lib/editing/near-duplicates';
import { rejectionReasons, type EditableField } from '@/lib/editing/review-form';
import { NewEntryForm } from './NewEntryForm';
import { SlugPicker } from './SlugPicker';

export interface DraftFigureView {
  id: string;
  valueText: string;
  quote: string;
  /** The form's starting values, as text, by field name (and `undated`: "on" when the period is undated). */
  values: Record<string, string>;
  /** The claimant and metric the file names for it that the seed does not have yet, to be proposed. */
  newClaimant: string | null;
  newMetric: string | null;
  unit: string;
}

/** A form for a new claimant or metric that came back with errors: what was typed and what was wrong. */
export interface RejectedEntry {
  intent: string;
  values: Record<string, string>;
  errors: Record<string, string>;
}

type FieldProblems = Partial<Record<EditableField | 'general' | 'reason', string[]>>;

function Problems({ id, problems }: { id: string; problems: readonly string[] | undefined }) {
  if (!problems || problems.length === 0) return null;
  return (
    <ul id={id} className="field-problems">
      {problems.map((problem) => (
        <li key={problem}>{problem}</li>
      ))}
    </ul>
  );
}

function described(id: string, problems: readonly string[] | undefined) {
  return problems && problems.length > 0
    ? { 'aria-describedby': `${id}-problems`, 'aria-invalid': true as const }
    : {};
}

function TextField(props: {
  figure: string;
  field: EditableField;
  label: string;
  values: Record<string, string>;
  problems: FieldProblems;
  hint?: string;
  inputMode?: 'decimal';
}) {
  const id = `${props.figure}-${props.field}`;
  const problems = props.problems[props.field];
  return (
    <div className="review-field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        name={props.field}
        defaultValue={props.values[props.field] ?? ''}
        inputMode={props.inputMode}
        placeholder={props.hint}
        autoComplete="off"
        {...described(id, problems)}
      />
      <Problems id={`${id}-problems`} problems={problems} />
    </div>
  );
}

function SelectField(props: {
  figure: string;
  field: EditableField;
  label: string;
  choices: readonly string[];
  none?: string;
  values: Record<string, string>;
  problems: FieldProblems;
}) {
  const id = `${props.figure}-${props.field}`;
  const problems = props.problems[props.field];
  return (
    <div className="review-field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        name={props.field}
        defaultValue={props.values[props.field] ?? ''}
        {...described(id, problems)}
      >
        {props.none !== undefined && <option value="">{props.none}</option>}
        {props.choices.map((choice) => (
          <option key={choice} value={choice}>
            {choice.replaceAll('_', ' ')}
          </option>
        ))}
      </select>
      <Problems id={`${id}-problems`} problems={problems} />
    </div>
  );
}

/** One draft figure on the review screen: its sentence, its fields to edit, and Save, Accept and Reject. */
export function DraftFigureForm({
  draft,
  action,
  problems,
  claimants,
  metrics,
  topics,
  rejectedEntry,
}: {
  draft: DraftFigureView;
  action: string;
  problems: FieldProblems;
  claimants: readonly PickerOption[];
  metrics: readonly PickerOption[];
  topics: readonly PickerOption[];
  rejectedEntry: RejectedEntry | null;
}) {
  const { id, values } = draft;
  const common = { figure: id, values, problems };
  return (
    <article id={`draft-${id}`} className="draft-card" aria-labelledby={`draft-${id}-title`}>
      <h3 id={`draft-${id}-title`}>
        “{draft.valueText}” <span className="draft-id">{id}</span>
      </h3>
      <blockquote className="draft-quote">{draft.quote}</blockquote>
      <p className="draft-links">
        <a href={`#mention-${id}`}>Show in the article</a>
      </p>
      <Problems id={`${id}-general-problems`} problems={problems.general} />
      <form method="post" action={action} className="draft-form">
        <input type="hidden" name="figure" value={id} />
        <div className="review-grid">
          <TextField {...common} field="value" label="Value" inputMode="decimal" />
          <SelectField {...common} field="bound" label="Bound" choices={boundKind.enumValues} />
          <TextField {...common} field="low" label="Low" inputMode="decimal" />
          <TextField {...common} field="high" label="High" inputMode="decimal" />
          <TextField {...common} field="unit" label="Unit" />
          <SelectField {...common} field="per" label="Per" choices={ratePer.enumValues} none="(not a rate)" />
          <SelectField {...common} field="kind" label="Kind" choices={figureKind.enumValues} />
          <TextField {...common} field="period_start" label="Period start" hint="YYYY-MM-DD" />
          <TextField {...common} field="period_end" label="Period end" hint="YYYY-MM-DD" />
          <div className="review-field review-check">
            <input
              type="checkbox"
              id={`${id}-undated`}
              name="undated"
              defaultChecked={values.undated === 'on'}
            />
            <label htmlFor={`${id}-undated`}>Undated</label>
          </div>
        </div>
        <SlugPicker
          id={`${id}-claimant`}
          name="claimant"
          label="Claimant"
          listId="claimant-options"
          options={claimants}
          defaultValue={values.claimant ?? ''}
          file="claimants.yaml"
          problems={problems.claimant ?? []}
        />
        <SlugPicker
          id={`${id}-metric`}
          name="metric"
          label="Metric"
          listId="metric-options"
          options={metrics}
          defaultValue={values.metric ?? ''}
          file="metrics.yaml"
          problems={problems.metric ?? []}
        />
        <div className="review-buttons">
          <button type="submit" name="intent" value="save">
            Save
          </button>
          <button type="submit" name="intent" value="accept" className="accept">
            Accept
          </button>
        </div>
      </form>
      {(['claimants', 'metrics'] as const).map((list) => {
        const slug = list === 'claimants' ? draft.newClaimant : draft.newMetric;
        if (!slug) return null;
        const back = rejectedEntry?.intent === (list === 'claimants' ? 'add-claimant' : 'add-metric');
        return (
          <NewEntryForm
            key={list}
            list={list}
            figure={id}
            slug={slug}
            action={action}
            unit={draft.unit}
            topics={topics}
            values={back ? (rejectedEntry?.values ?? {}) : {}}
            errors={back ? (rejectedEntry?.errors ?? {}) : {}}
          />
        );
      })}
      <form method="post" action={action} className="reject-form">
        <input type="hidden" name="figure" value={id} />
        <input type="hidden" name="intent" value="reject" />
        <div className="review-field">
          <label htmlFor={`${id}-reason`}>Not a figure, because</label>
          <select
            id={`${id}-reason`}
            name="reason"
            defaultValue={values.reason ?? ''}
            {...described(`${id}-reason`, problems.reason)}
          >
            <option value="">(choose a reason)</option>
            {rejectionReasons.map((reason) => (
              <option key={reason} value={reason}>
                {reason.replaceAll('_', ' ')}
              </option>
            ))}
          </select>
          <Problems id={`${id}-reason-problems`} problems={problems.reason} />
        </div>
        <div className="review-field">
          <label htmlFor={`${id}-note`}>Note (optional)</label>
          <input id={`${id}-note`} name="note" defaultValue={values.note ?? ''} autoComplete="off" />
        </div>
        <div className="review-buttons">
          <button type="submit" className="reject">
            Reject
          </button>
        </div>
      </form>
    </article>
  );
}
