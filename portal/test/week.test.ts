import { describe, expect, it } from 'vitest';
import { dayKey, groupByDay } from '../src/slots/week';

const slot = (start: string) => ({ doctorId: 'd1', start, end: new Date(Date.parse(start) + 1_800_000).toISOString() });
const from = new Date('2026-12-07T12:00:00Z');
const to = new Date('2026-12-14T12:00:00Z');

describe('a week of free slots in the viewer time zone', () => {
  it('puts a late-evening UTC slot on the next day in Berlin and the same day in New York', () => {
    const late = [slot('2026-12-08T23:30:00Z')];

    const berlin = groupByDay(late, from, to, 'Europe/Berlin', 'en-GB');
    const newYork = groupByDay(late, from, to, 'America/New_York', 'en-GB');

    expect(berlin.find((d) => d.slots.length)?.day).toBe('2026-12-09');
    expect(berlin.find((d) => d.slots.length)?.slots[0].time).toBe('00:30');
    expect(newYork.find((d) => d.slots.length)?.day).toBe('2026-12-08');
    expect(newYork.find((d) => d.slots.length)?.slots[0].time).toBe('18:30');
  });

  it('lists every day the range touches, empty ones too, and sorts each day', () => {
    const days = groupByDay([slot('2026-12-09T10:00:00Z'), slot('2026-12-09T09:00:00Z')], from, to, 'UTC', 'en-GB');

    expect(days.map((d) => d.day)).toEqual([
      '2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-12', '2026-12-13', '2026-12-14',
    ]);
    expect(days[2].slots.map((s) => s.time)).toEqual(['09:00', '10:00']);
    expect(days[0].label).toBe('Mon 7 Dec');
  });

  it('skips no day and repeats none across a daylight-saving change', () => {
    // Europe/Berlin moves to summer time on 2027-03-28
    const days = groupByDay([], new Date('2027-03-25T23:30:00Z'), new Date('2027-04-01T23:30:00Z'), 'Europe/Berlin');
    expect(days.map((d) => d.day)).toEqual([
      '2027-03-26', '2027-03-27', '2027-03-28', '2027-03-29', '2027-03-30', '2027-03-31', '2027-04-01', '2027-04-02',
    ]);
  });

  it('keys a day as the time zone sees it', () => {
    expect(dayKey(new Date('2026-12-31T23:00:00Z'), 'Asia/Tokyo')).toBe('2027-01-01');
  });
});
