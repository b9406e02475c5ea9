import type { Appointment, Slot } from '../api/client';

/** Upcoming: still booked and not yet begun. Everything else is history. */
export function isUpcoming(appointment: Appointment, now: number): boolean {
  return appointment.status.toLowerCase() === 'booked' && Date.parse(appointment.start) >= now;
}

/**
 * Splits what has been loaded so far: upcoming soonest first (the next visit on top),
 * past newest first (as the history reads).
 */
export function splitByTime(appointments: Appointment[], now: number): { upcoming: Appointment[]; past: Appointment[] } {
  const byStart = (a: Appointment, b: Appointment) => Date.parse(a.start) - Date.parse(b.start);
  const upcoming = appointments.filter((a) => isUpcoming(a, now)).sort(byStart);
  const past = appointments.filter((a) => !isUpcoming(a, now)).sort((a, b) => byStart(b, a));
  return { upcoming, past };
}

const STATUS_WORDS: Record<string, string> = {
  booked: 'Booked',
  arrived: 'Arrived',
  fulfilled: 'Took place',
  cancelled: 'Cancelled',
  noshow: 'Missed (no-show)',
  'no-show': 'Missed (no-show)',
  'entered-in-error': 'Withdrawn (entered in error)',
};

/** The status as a patient reads it; a moved appointment says where it went. */
export function statusInWords(appointment: Appointment): string {
  const status = appointment.status.toLowerCase();
  if (status === 'cancelled' && (appointment.replacedBy || appointment.cancellationReason === 'rescheduled')) return 'Rescheduled';
  return STATUS_WORDS[status] ?? status;
}

export const REASON_MAX = 1000;

/**
 * The reason a patient gives for cancelling, as the API accepts it: line breaks and tabs
 * become spaces (the API refuses control characters), at most 1000 characters.
 * Returns the text to send (undefined: none given) or the problem to show.
 */
export function cancelReason(text: string): { reason?: string; problem?: string } {
  const reason = text.replace(/[\r\n\t]+/g, ' ').trim();
  if (!reason) return {};
  if (reason.length > REASON_MAX) return { problem: `The reason is ${reason.length} characters long; at most ${REASON_MAX} are accepted.` };
  // other control and format characters (zero-width, bidi overrides) are refused by the API
  if (/[\p{Cc}\p{Cf}]/u.test(reason)) return { problem: 'The reason contains characters that cannot be sent; please retype it.' };
  return { reason };
}

/** The body of a cancel: `{reason}` when one was given, else empty. */
export const cancelBody = (reason?: string): { reason?: string } => (reason ? { reason } : {});

/** POST /api/appointments/{id}/reschedule: one fresh Idempotency-Key per confirmation. */
export function rescheduleRequest(appointmentId: string, slot: Slot, newKey: () => string = () => crypto.randomUUID()) {
  return {
    path: `/api/appointments/${encodeURIComponent(appointmentId)}/reschedule`,
    body: { start: slot.start },
    headers: { 'Idempotency-Key': newKey() },
  };
}

/**
 * After a 409 "slot just taken": the soonest free slot of the same doctor after the lost one,
 * from a fresh load (the lost slot itself excluded: it may still be listed for a moment).
 */
export function nextFreeSlot(fresh: Slot[], lost: Slot): Slot | null {
  const after = fresh
    .filter((slot) => slot.doctorId === lost.doctorId && slot.start !== lost.start && Date.parse(slot.start) > Date.parse(lost.start))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  return after[0] ?? null;
}

/**
 * "10:00 in Europe/Paris" beside a time shown in the viewer's zone, when the doctor's zone
 * differs (the same wall clock can be another hour there); null when it is the same.
 */
export function doctorZoneLabel(start: string, doctorZone: string | undefined, viewerZone: string, locale?: string): string | null {
  if (!doctorZone || doctorZone === viewerZone) return null;
  const instant = new Date(start);
  const there = new Intl.DateTimeFormat(locale, { timeZone: doctorZone, hour: '2-digit', minute: '2-digit' }).format(instant);
  const here = new Intl.DateTimeFormat(locale, { timeZone: viewerZone, hour: '2-digit', minute: '2-digit' }).format(instant);
  // zones with different names can share the clock (Europe/Berlin, Europe/Paris): say nothing then
  const sameClock = there === here && new Intl.DateTimeFormat('en-CA', { timeZone: doctorZone }).format(instant) === new Intl.DateTimeFormat('en-CA', { timeZone: viewerZone }).format(instant);
  return sameClock ? null : `${there} in ${doctorZone} (the doctor's time zone)`;
}
