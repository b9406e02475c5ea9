import { describe, expect, it } from 'vitest';
import type { Appointment, Slot } from '../src/api/client';
import { nextLink } from '../src/api/client';
import { ApiError, isSlotTaken } from '../src/api/problems';
import { cancelBody, cancelReason, doctorZoneLabel, nextFreeSlot, rescheduleRequest, splitByTime, statusInWords } from '../src/appointments/appointments';

const NOW = Date.parse('2026-12-08T12:00:00Z');
const appointment = (id: string, start: string, status = 'booked', extra: Partial<Appointment> = {}): Appointment => ({
  id,
  doctorId: 'd1',
  start,
  end: new Date(Date.parse(start) + 1_800_000).toISOString(),
  status,
  ...extra,
});
const slot = (start: string, doctorId = 'd1'): Slot => ({ doctorId, start, end: new Date(Date.parse(start) + 1_800_000).toISOString() });

describe('past and upcoming', () => {
  it('keeps booked future appointments upcoming, soonest first, and the rest past, newest first', () => {
    const { upcoming, past } = splitByTime(
      [
        appointment('later', '2026-12-20T09:00:00Z'),
        appointment('soon', '2026-12-09T09:00:00Z'),
        appointment('cancelled-future', '2026-12-10T09:00:00Z', 'cancelled'),
        appointment('begun', '2026-12-08T11:45:00Z'),
        appointment('old', '2026-11-01T09:00:00Z', 'fulfilled'),
        appointment('arrived', '2026-12-08T13:00:00Z', 'arrived'),
      ],
      NOW,
    );
    expect(upcoming.map((a) => a.id)).toEqual(['soon', 'later']);
    expect(past.map((a) => a.id)).toEqual(['cancelled-future', 'arrived', 'begun', 'old']);
  });

  it('says each status in words, a moved appointment as rescheduled', () => {
    expect(['booked', 'arrived', 'fulfilled', 'cancelled', 'noshow'].map((s) => statusInWords(appointment('a', '2026-12-01T09:00:00Z', s)))).toEqual([
      'Booked',
      'Arrived',
      'Took place',
      'Cancelled',
      'Missed (no-show)',
    ]);
    expect(statusInWords(appointment('a', '2026-12-01T09:00:00Z', 'cancelled', { replacedBy: 'b' }))).toBe('Rescheduled');
  });
});

describe('paging', () => {
  it('follows rel="next" on this origin, whatever host the service wrote', () => {
    expect(nextLink('<http://appointment-service:8080/api/appointments?page=1&size=20>; rel="next"')).toBe('/api/appointments?page=1&size=20');
    expect(nextLink('<https://x/api/a?page=0>; rel="prev", </api/a?page=2>; rel="next"')).toBe('/api/a?page=2');
  });

  it('stops on the last page and refuses links outside the API', () => {
    expect(nextLink(null)).toBeNull();
    expect(nextLink('</api/a?page=0>; rel="prev"')).toBeNull();
    expect(nextLink('<https://evil.example/steal>; rel="next"')).toBeNull();
  });
});

describe('cancel reason', () => {
  it('sends nothing when none is given, and the trimmed text as {reason} when one is', () => {
    expect(cancelReason('   ')).toEqual({});
    expect(cancelBody(cancelReason('  ').reason)).toEqual({});
    expect(cancelBody(cancelReason(' I feel better\nthanks ').reason)).toEqual({ reason: 'I feel better thanks' });
  });

  it('refuses more than 1000 characters and invisible control characters', () => {
    expect(cancelReason('x'.repeat(1000)).reason).toHaveLength(1000);
    expect(cancelReason('x'.repeat(1001)).problem).toMatch(/1001 characters long; at most 1000/);
    expect(cancelReason('a\u202Eb').problem).toMatch(/cannot be sent/);
  });
});

describe('reschedule', () => {
  it('posts the new start to the appointment, with a fresh Idempotency-Key each time', () => {
    let n = 0;
    const key = () => `key-${++n}`;
    const first = rescheduleRequest('a 1', slot('2026-12-09T10:00:00Z'), key);
    const second = rescheduleRequest('a 1', slot('2026-12-09T10:00:00Z'), key);
    expect(first).toEqual({ path: '/api/appointments/a%201/reschedule', body: { start: '2026-12-09T10:00:00Z' }, headers: { 'Idempotency-Key': 'key-1' } });
    expect(second.headers['Idempotency-Key']).toBe('key-2');
  });

  it('uses a random UUID as the key by default', () => {
    expect(rescheduleRequest('a', slot('2026-12-09T10:00:00Z')).headers['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('after a 409 "slot just taken"', () => {
  const lost = slot('2026-12-09T10:00:00Z');

  it('offers the soonest free slot of the same doctor after the lost one', () => {
    const fresh = [slot('2026-12-09T11:00:00Z'), slot('2026-12-09T10:00:00Z'), slot('2026-12-09T10:30:00Z', 'd2'), slot('2026-12-09T10:30:00Z')];
    expect(nextFreeSlot(fresh, lost)).toEqual(slot('2026-12-09T10:30:00Z'));
  });

  it('offers nothing when no later slot is free', () => {
    expect(nextFreeSlot([slot('2026-12-09T10:00:00Z'), slot('2026-12-09T09:00:00Z')], lost)).toBeNull();
  });

  it('tells a taken slot from the patient\'s own conflicts', () => {
    expect(isSlotTaken(new ApiError(409, { title: 'Slot already taken' }))).toBe(true);
    expect(isSlotTaken(new ApiError(409, { title: 'Overlapping appointment' }))).toBe(false);
    expect(isSlotTaken(new ApiError(409, { title: 'Too many upcoming appointments' }))).toBe(false);
    expect(isSlotTaken(new ApiError(422, { title: 'Slot already taken' }))).toBe(false);
  });
});

describe('the doctor\'s time zone', () => {
  const start = '2026-12-09T09:00:00Z';

  it('is named with its own clock when it differs from the viewer\'s', () => {
    expect(doctorZoneLabel(start, 'America/New_York', 'Europe/Berlin', 'en-GB')).toBe("04:00 in America/New_York (the doctor's time zone)");
  });

  it('is left out when the same, unknown, or on the same clock', () => {
    expect(doctorZoneLabel(start, 'Europe/Berlin', 'Europe/Berlin')).toBeNull();
    expect(doctorZoneLabel(start, undefined, 'Europe/Berlin')).toBeNull();
    expect(doctorZoneLabel(start, 'Europe/Paris', 'Europe/Berlin')).toBeNull();
  });
});
