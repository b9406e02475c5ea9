/** The vital-signs form as typed: every field a string, empty when left out. */
export interface VitalsInput {
  systolic: string;
  diastolic: string;
  pulse: string;
  oxygenSaturation: string;
  notes: string;
}

export type VitalsField = keyof VitalsInput | 'visit';

export interface VitalsBody {
  systolic?: number;
  diastolic?: number;
  pulse?: number;
  oxygenSaturation?: number;
  notes?: string;
}

/** The API's ranges (appointment-service `VisitRequest`), so a typo is caught before sending. */
export const RANGES: Record<'systolic' | 'diastolic' | 'pulse' | 'oxygenSaturation', { min: number; max: number; unit: string }> = {
  systolic: { min: 50, max: 260, unit: 'mmHg' },
  diastolic: { min: 30, max: 160, unit: 'mmHg' },
  pulse: { min: 20, max: 250, unit: '/min' },
  oxygenSaturation: { min: 50, max: 100, unit: '%' },
};

export const NOTES_MAX = 4000;

export const emptyVitals = (): VitalsInput => ({ systolic: '', diastolic: '', pulse: '', oxygenSaturation: '', notes: '' });

/**
 * Checks the form as the API would and builds the request body. Nurses may not send notes (the
 * API answers 403), so without `withNotes` they are never part of the body.
 */
export function checkVitals(input: VitalsInput, withNotes: boolean): { body?: VitalsBody; errors: Partial<Record<VitalsField, string>> } {
  const errors: Partial<Record<VitalsField, string>> = {};
  const body: VitalsBody = {};
  for (const field of Object.keys(RANGES) as (keyof typeof RANGES)[]) {
    const text = input[field].trim();
    if (text === '') continue;
    const { min, max, unit } = RANGES[field];
    if (!/^\d+$/.test(text)) errors[field] = 'must be a whole number';
    else if (Number(text) < min) errors[field] = `must be at least ${min} ${unit}`;
    else if (Number(text) > max) errors[field] = `must be at most ${max} ${unit}`;
    else body[field] = Number(text);
  }
  if (body.systolic !== undefined && body.diastolic !== undefined && body.systolic <= body.diastolic) {
    errors.systolic = 'must be higher than the diastolic pressure';
  }
  const notes = input.notes.trim();
  if (withNotes && notes) {
    // line breaks and tabs are plain text; other control and invisible format characters the API refuses
    if (/[\p{Cc}\p{Cf}]/u.test(notes.replace(/[\n\r\t]/g, ''))) errors.notes = 'must not contain control or invisible characters';
    else if (notes.length > NOTES_MAX) errors.notes = `must be at most ${NOTES_MAX} characters`;
    else body.notes = notes;
  }
  if (Object.keys(errors).length > 0) return { errors };
  if (Object.keys(body).length === 0) return { errors: { visit: 'Enter at least one value.' } };
  return { body, errors };
}

/** The API's 400 `errors: [{field, message}]`, by the form's fields (others under `visit`). */
export function fieldErrors(problemErrors: { field?: string; message?: string }[] | undefined): Partial<Record<VitalsField, string>> {
  const errors: Partial<Record<VitalsField, string>> = {};
  for (const { field, message } of problemErrors ?? []) {
    const name = (field ?? '').replace(/^visit\./, '');
    const known = (['systolic', 'diastolic', 'pulse', 'oxygenSaturation', 'notes'] as const).find((f) => f === name);
    errors[known ?? 'visit'] = message ?? 'is not valid';
  }
  return errors;
}
