import { dayKey } from '../slots/week';

/** One row of the doctor's day (`GET /api/appointments?doctorId=&date=`): no reason, visit or history. */
export interface DayAppointment {
  id: string;
  patientId: string;
  /** Absent until appointment-service has heard of the patient's registration. */
  patientName?: string;
  start: string;
  end: string;
  timeZone?: string;
  /** booked, arrived, fulfilled, cancelled, noshow, entered-in-error */
  status: string;
  checkedInAt?: string;
  overbooked?: boolean;
}

export type Column = 'booked' | 'arrived' | 'fulfilled' | 'noshow' | 'cancelled';

/** The flow board's columns in the order a visit moves through them, then the ones it ends in early. */
export const COLUMNS: { column: Column; title: string }[] = [
  { column: 'booked', title: 'Booked' },
  { column: 'arrived', title: 'Arrived' },
  { column: 'fulfilled', title: 'Fulfilled' },
  { column: 'noshow', title: 'No-shows' },
  { column: 'cancelled', title: 'Cancelled' },
];

/** A record entered in error never happened: it sits with the cancelled ones, named as such. */
const COLUMN_OF: Record<string, Column> = {
  booked: 'booked',
  arrived: 'arrived',
  fulfilled: 'fulfilled',
  noshow: 'noshow',
  cancelled: 'cancelled',
  'entered-in-error': 'cancelled',
};

/** The day's appointments by column, each column by start time. */
export function groupByStatus(appointments: DayAppointment[]): Record<Column, DayAppointment[]> {
  const board: Record<Column, DayAppointment[]> = { booked: [], arrived: [], fulfilled: [], noshow: [], cancelled: [] };
  const byStart = [...appointments].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  for (const appointment of byStart) board[COLUMN_OF[appointment.status] ?? 'cancelled'].push(appointment);
  return board;
}

export type StaffRole = 'doctor' | 'nurse';
export type Step = 'check-in' | 'complete' | 'no-show' | 'vitals';

/**
 * The buttons a row offers, following the API's rules so nobody presses one it will refuse:
 * check-in while booked; no-show once the start has passed; complete (the doctor) once arrived;
 * vitals from arrival (or the start) on, and for the doctor's late notes after the visit.
 * Nurses check in and record vital signs only.
 */
export function stepsFor(appointment: DayAppointment, role: StaffRole, now: number): Step[] {
  const started = now >= Date.parse(appointment.start);
  switch (appointment.status) {
    case 'booked':
      if (role === 'nurse') return started ? ['check-in', 'vitals'] : ['check-in'];
      return started ? ['check-in', 'no-show', 'vitals'] : ['check-in'];
    case 'arrived':
      return role === 'doctor' ? ['complete', 'vitals'] : ['vitals'];
    case 'fulfilled':
      return role === 'doctor' ? ['vitals'] : [];
    default:
      return [];
  }
}

/** The shown day in the doctor's zone (each row's own zone; the viewer's until a row says). */
export function isOnDay(start: string, date: string, zone: string): boolean {
  return dayKey(new Date(start), zone) === date;
}

/** Today as YYYY-MM-DD in a zone: the date picker's first value. */
export const today = (zone: string, now = new Date()): string => dayKey(now, zone);
