import { describe, expect, it } from 'vitest';
import { checkVitals, emptyVitals, fieldErrors } from '../src/staff/vitals';

const form = (values: Partial<ReturnType<typeof emptyVitals>>) => ({ ...emptyVitals(), ...values });

describe('checkVitals', () => {
  it('sends the values typed, as numbers, and leaves out empty fields', () => {
    expect(checkVitals(form({ systolic: '120', diastolic: ' 80 ', oxygenSaturation: '98' }), true)).toEqual({
      body: { systolic: 120, diastolic: 80, oxygenSaturation: 98 },
      errors: {},
    });
  });

  it('refuses values outside the API ranges, naming each field and its limit', () => {
    const { body, errors } = checkVitals(form({ systolic: '1200', diastolic: '29', pulse: '251', oxygenSaturation: '49' }), true);

    expect(body).toBeUndefined();
    expect(errors).toEqual({
      systolic: 'must be at most 260 mmHg',
      diastolic: 'must be at least 30 mmHg',
      pulse: 'must be at most 250 /min',
      oxygenSaturation: 'must be at least 50 %',
    });
  });

  it('accepts the bounds themselves', () => {
    expect(checkVitals(form({ systolic: '260', diastolic: '30', pulse: '20', oxygenSaturation: '100' }), false).body).toEqual({
      systolic: 260,
      diastolic: 30,
      pulse: 20,
      oxygenSaturation: 100,
    });
  });

  it('refuses decimals and words, and a systolic not above the diastolic (on systolic, as the API)', () => {
    expect(checkVitals(form({ pulse: '72.5' }), true).errors).toEqual({ pulse: 'must be a whole number' });
    expect(checkVitals(form({ pulse: 'fast' }), true).errors).toEqual({ pulse: 'must be a whole number' });
    expect(checkVitals(form({ systolic: '80', diastolic: '80' }), true).errors).toEqual({ systolic: 'must be higher than the diastolic pressure' });
  });

  it('asks for at least one value', () => {
    expect(checkVitals(emptyVitals(), true).errors).toEqual({ visit: 'Enter at least one value.' });
  });

  it('sends notes for a doctor and never for a nurse', () => {
    expect(checkVitals(form({ pulse: '70', notes: 'Mild cough.\nNo fever.' }), true).body).toEqual({ pulse: 70, notes: 'Mild cough.\nNo fever.' });
    expect(checkVitals(form({ pulse: '70', notes: 'typed anyway' }), false).body).toEqual({ pulse: 70 });
  });

  it('refuses notes over 4000 characters or with invisible characters', () => {
    expect(checkVitals(form({ notes: 'x'.repeat(4001) }), true).errors.notes).toBe('must be at most 4000 characters');
    expect(checkVitals(form({ notes: 'ok\u202Eevil' }), true).errors.notes).toMatch(/control or invisible/);
  });
});

describe('fieldErrors', () => {
  it('puts the API 400 errors under their fields, and the rest under the form', () => {
    expect(
      fieldErrors([
        { field: 'systolic', message: 'must be at most 260 mmHg' },
        { field: 'visit', message: 'must contain at least one value' },
        { field: 'id', message: 'too long' },
      ]),
    ).toEqual({ systolic: 'must be at most 260 mmHg', visit: 'too long' });
  });
});
