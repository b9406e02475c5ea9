import { describe, expect, it } from 'vitest';
import { ApiError, messageFor } from '../src/api/problems';

const problem = (status: number, fields: object = {}) => new ApiError(status, { status, ...fields });

describe('problems in plain words', () => {
  it('says a booking conflict means the slot was just taken', () => {
    expect(messageFor(problem(409, { title: 'Slot already taken' }), 'booking')).toBe('That slot was just taken. Please choose another time.');
  });

  it('tells an overlapping booking and the upcoming limit apart from a taken slot', () => {
    expect(messageFor(problem(409, { title: 'Overlapping appointment' }), 'booking')).toBe('You already have an appointment at that time.');
    expect(messageFor(problem(409, { title: 'Too many upcoming appointments' }), 'booking')).toMatch(/Cancel one/);
  });

  it('names the service that is down, from the gateway fallback or the service itself', () => {
    expect(messageFor(problem(503, { title: 'Service unavailable', service: 'scheduling-service' }), 'slots')).toBe(
      'Scheduling is unavailable right now, try again in a moment.',
    );
    expect(messageFor(problem(503, { title: 'Scheduling unavailable' }), 'booking')).toBe('Scheduling is unavailable right now, try again in a moment.');
    expect(messageFor(new ApiError(503), 'doctors')).toBe('The doctor directory is unavailable right now, try again in a moment.');
  });

  it('asks to sign in again on 401', () => {
    expect(messageFor(problem(401, { title: 'Unauthorized' }), 'appointments')).toBe('Your session has ended. Please sign in again.');
  });

  it('passes on what a refusal explains, and says when nothing answered', () => {
    expect(messageFor(problem(403, { detail: 'Open the link we sent you.' }), 'booking')).toBe('Open the link we sent you.');
    expect(messageFor(problem(422, { title: 'Rule broken', detail: 'Book at least 2 hours ahead.' }), 'booking')).toBe('Book at least 2 hours ahead.');
    expect(messageFor(new ApiError(0), 'booking')).toMatch(/could not be reached/);
    expect(messageFor(problem(500), 'booking')).toMatch(/on our side/);
  });
});
