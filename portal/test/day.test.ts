import { describe, expect, it } from 'vitest';
import { groupByStatus, isOnDay, stepsFor, type DayAppointment } from '../src/staff/day';

const visit = (id: string, status: string, start: string, extra: Partial<DayAppointment> = {}): DayAppointment => ({
  id,
  patientId: `p-${id}`,
  patientName: `Patient ${id}`,
  start,
  end: new Date(Date.parse(start) + 30 * 60_000).toISOString(),
  timeZone: 'UTC',
  status,
  ...extra,
});

describe('groupByStatus', () => {
  it('puts each appointment in its column by status, each column by start time', () => {
    const board = groupByStatus([
      visit('late', 'booked', '2026-12-02T11:00:00Z'),
      visit('early', 'booked', '2026-12-02T09:00:00Z'),
      visit('in', 'arrived', '2026-12-02T08:30:00Z'),
      visit('done', 'fulfilled', '2026-12-02T08:00:00Z'),
      visit('missed', 'noshow', '2026-12-02T07:30:00Z'),
      visit('off', 'cancelled', '2026-12-02T10:00:00Z'),
      visit('wrong', 'entered-in-error', '2026-12-02T10:30:00Z'),
    ]);

    expect(Object.fromEntries(Object.entries(board).map(([column, rows]) => [column, rows.map((a) => a.id)]))).toEqual({
      booked: ['early', 'late'],
      arrived: ['in'],
      fulfilled: ['done'],
      noshow: ['missed'],
      cancelled: ['off', 'wrong'],
    });
  });
});

describe('stepsFor', () => {
  const start = Date.parse('2026-12-02T10:00:00Z');
  const booked = visit('b', 'booked', '2026-12-02T10:00:00Z');

  it('offers a doctor check-in before the start, and no-show and vitals only once it has begun', () => {
    expect(stepsFor(booked, 'doctor', start - 60_000)).toEqual(['check-in']);
    expect(stepsFor(booked, 'doctor', start + 60_000)).toEqual(['check-in', 'no-show', 'vitals']);
  });

  it('lets the doctor complete an arrived visit and add late notes to a fulfilled one', () => {
    expect(stepsFor(visit('a', 'arrived', booked.start), 'doctor', start)).toEqual(['complete', 'vitals']);
    expect(stepsFor(visit('f', 'fulfilled', booked.start), 'doctor', start)).toEqual(['vitals']);
  });

  it('gives a nurse check-in and vitals only', () => {
    expect(stepsFor(booked, 'nurse', start + 60_000)).toEqual(['check-in', 'vitals']);
    expect(stepsFor(visit('a', 'arrived', booked.start), 'nurse', start)).toEqual(['vitals']);
    expect(stepsFor(visit('f', 'fulfilled', booked.start), 'nurse', start)).toEqual([]);
  });

  it('offers nothing on cancelled, no-show or entered-in-error appointments', () => {
    for (const status of ['cancelled', 'noshow', 'entered-in-error']) {
      expect(stepsFor(visit('x', status, booked.start), 'doctor', start + 60_000)).toEqual([]);
    }
  });
});

describe('isOnDay', () => {
  it('reads the day in the doctor zone: 23:30 UTC is the next day in Berlin', () => {
    expect(isOnDay('2026-12-02T23:30:00Z', '2026-12-02', 'UTC')).toBe(true);
    expect(isOnDay('2026-12-02T23:30:00Z', '2026-12-03', 'Europe/Berlin')).toBe(true);
    expect(isOnDay('2026-12-02T23:30:00Z', '2026-12-02', 'Europe/Berlin')).toBe(false);
  });
});
