import type { Slot } from '../api/client';

export interface DaySlots {
  /** The calendar day in the viewer's time zone, YYYY-MM-DD. */
  day: string;
  label: string;
  slots: { slot: Slot; time: string }[];
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** YYYY-MM-DD of an instant as seen in a time zone. */
export function dayKey(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/**
 * Every calendar day that [from, to) touches as the viewer sees it, each with its free slots
 * in order; a slot belongs to the day on which it starts in `timeZone` (23:30 UTC is tomorrow
 * in Berlin). Days without slots stay in the list, so the week keeps its shape.
 */
export function groupByDay(slots: Slot[], from: Date, to: Date, timeZone: string, locale?: string): DaySlots[] {
  const dayLabel = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'short', day: 'numeric', month: 'short' });
  const timeLabel = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' });
  const byDay = new Map<string, DaySlots>();
  // hourly steps: no local day is shorter than 23 hours, so none is skipped across a
  // daylight-saving change, as whole-day steps could
  for (let cursor = from.getTime(); cursor < to.getTime(); cursor += HOUR_MS) {
    const instant = new Date(cursor);
    const day = dayKey(instant, timeZone);
    if (!byDay.has(day)) byDay.set(day, { day, label: dayLabel.format(instant), slots: [] });
  }
  const sorted = [...slots].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  for (const slot of sorted) {
    const start = new Date(slot.start);
    byDay.get(dayKey(start, timeZone))?.slots.push({ slot, time: timeLabel.format(start) });
  }
  return [...byDay.values()];
}

/** The start of the week shown: now for this week, then whole weeks later. */
export function weekStart(now: Date, weeksAhead: number): Date {
  return new Date(now.getTime() + weeksAhead * 7 * DAY_MS);
}

export function weekEnd(from: Date): Date {
  return new Date(from.getTime() + 7 * DAY_MS);
}
