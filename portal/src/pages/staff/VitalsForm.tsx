import { useState } from 'preact/hooks';
import { ApiError } from '../../api/problems';
import { useFailure } from '../context';
import { checkVitals, emptyVitals, fieldErrors, NOTES_MAX, RANGES, type VitalsBody, type VitalsField, type VitalsInput } from '../../staff/vitals';

interface Props {
  /** Who and when, for the form's heading. */
  what: string;
  /** Doctors may add notes; nurses record vital signs only. */
  withNotes: boolean;
  /** Sends the visit; rejects with the API's error. */
  save: (body: VitalsBody) => Promise<void>;
  onClose: () => void;
}

const LABELS: Record<keyof typeof RANGES, string> = {
  systolic: 'Systolic pressure',
  diastolic: 'Diastolic pressure',
  pulse: 'Pulse',
  oxygenSaturation: 'Oxygen saturation (SpO2)',
};

/** Vital signs (and the doctor's notes): checked as the API checks them, its own 400 shown by field. */
export function VitalsForm({ what, withNotes, save, onClose }: Props) {
  const [input, setInput] = useState<VitalsInput>(emptyVitals);
  const [errors, setErrors] = useState<Partial<Record<VitalsField, string>>>({});
  const [sending, setSending] = useState(false);
  const failure = useFailure();
  const set = (field: keyof VitalsInput) => (event: Event) => setInput({ ...input, [field]: (event.target as HTMLInputElement).value });

  const submit = async (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const checked = checkVitals(input, withNotes);
    setErrors(checked.errors);
    if (!checked.body) return focusFirstInvalid(form, checked.errors);
    setSending(true);
    try {
      await save(checked.body);
    } catch (e) {
      if (e instanceof ApiError && e.status === 400) {
        const refused = fieldErrors(e.problem.errors);
        setErrors(refused);
        focusFirstInvalid(form, refused);
      }
      else setErrors({ visit: failure(e, 'visit') });
    } finally {
      setSending(false);
    }
  };

  const error = (field: VitalsField) =>
    errors[field] && (
      <span id={`vitals-${field}-error`} class="field-error">
        {errors[field]}
      </span>
    );
  return (
    <form class="vitals" aria-labelledby="vitals-title" onSubmit={(e) => void submit(e)} noValidate>
      <h4 id="vitals-title">Record vitals: {what}</h4>
      {errors.visit && (
        <p class="notice error" role="alert">
          {errors.visit}
        </p>
      )}
      {(Object.keys(RANGES) as (keyof typeof RANGES)[]).map((field) => (
        <div class="field" key={field}>
          <label for={`vitals-${field}`}>
            {LABELS[field]} <span class="muted">({RANGES[field].min}–{RANGES[field].max} {RANGES[field].unit})</span>
          </label>
          <input
            id={`vitals-${field}`}
            inputMode="numeric"
            autoComplete="off"
            value={input[field]}
            onInput={set(field)}
            aria-invalid={errors[field] ? 'true' : undefined}
            aria-describedby={errors[field] ? `vitals-${field}-error` : undefined}
          />
          {error(field)}
        </div>
      ))}
      {withNotes && (
        <div class="field wide">
          <label for="vitals-notes">Notes for doctors (optional)</label>
          <textarea
            id="vitals-notes"
            rows={3}
            maxLength={NOTES_MAX}
            value={input.notes}
            onInput={set('notes')}
            aria-invalid={errors.notes ? 'true' : undefined}
            aria-describedby={errors.notes ? 'vitals-notes-error' : undefined}
          />
          {error('notes')}
        </div>
      )}
      <span class="actions wide">
        <button type="submit" class="primary" disabled={sending}>
          Save vitals
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </span>
    </form>
  );
}

/** Keyboard and screen-reader users land on the first field to fix (its message is its description). */
function focusFirstInvalid(form: HTMLFormElement | null, errors: Partial<Record<VitalsField, string>>): void {
  const first = (['systolic', 'diastolic', 'pulse', 'oxygenSaturation', 'notes'] as const).find((field) => errors[field]);
  // after the render that marks the fields
  if (first) setTimeout(() => form?.querySelector<HTMLElement>(`#vitals-${first}`)?.focus(), 0);
}
