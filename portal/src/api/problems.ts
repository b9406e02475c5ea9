/** An RFC 9457 problem, as far as the portal reads one. */
export interface Problem {
  title?: string;
  detail?: string;
  status?: number;
  service?: string;
  /** A 400's bad fields. */
  errors?: { field?: string; message?: string }[];
}

/** A failed API call: its status (0: no answer at all) and the problem it carried. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem = {},
  ) {
    super(problem.title ?? `HTTP ${status}`);
  }
}

/** What the user is doing when the call fails: names the thing that is unavailable. */
export type Action = 'doctors' | 'slots' | 'booking' | 'reschedule' | 'appointments' | 'cancel' | 'waitlist' | 'day' | 'visit';

const SERVICE_NAMES: Record<string, string> = {
  'doctor-service': 'The doctor directory',
  'scheduling-service': 'Scheduling',
  'appointment-service': 'Booking',
  'patient-service': 'Your profile',
};

const ACTION_NAMES: Record<Action, string> = {
  doctors: 'The doctor directory',
  slots: 'Scheduling',
  booking: 'Booking',
  appointments: 'Your appointments',
  reschedule: 'Booking',
  cancel: 'Booking',
  waitlist: 'The waitlist',
  day: "The doctor's day",
  visit: 'Recording visits',
};

function unavailable(problem: Problem, action: Action): string {
  const name = (problem.service && SERVICE_NAMES[problem.service]) ?? (problem.title?.match(/^(.+) unavailable$/i)?.[1]) ?? ACTION_NAMES[action];
  return `${name} is unavailable right now, try again in a moment.`;
}

/** The 409s that are about the patient's own appointments, not about the slot. */
const OWN_CONFLICTS: [RegExp, string][] = [
  [/overlapping/i, 'You already have an appointment at that time.'],
  [/too many upcoming/i, 'You have as many upcoming appointments as allowed. Cancel one to book another.'],
  [/in progress|being rescheduled/i, 'Another booking of yours is still being made; try again in a moment.'],
  [/already waiting|5 places/i, 'You are already waiting in as many places as allowed. Leave one to join another.'],
];

function conflict(problem: Problem, action: Action): string {
  const title = problem.title ?? '';
  const own = OWN_CONFLICTS.find(([pattern]) => pattern.test(title));
  if (own) return own[1];
  if (action === 'cancel' || action === 'appointments' || action === 'day' || action === 'visit') return 'This appointment was already cancelled or changed; the list is now up to date.';
  if (action === 'waitlist') return 'That offer has expired; the slot went to the next patient.';
  return 'That slot was just taken. Please choose another time.';
}

/** A 409 on booking or rescheduling that means someone else got the slot first. */
export function isSlotTaken(error: unknown): boolean {
  if (!(error instanceof ApiError) || error.status !== 409) return false;
  const title = error.problem.title ?? '';
  return !OWN_CONFLICTS.some(([pattern]) => pattern.test(title)) && !/not booked|changed/i.test(title);
}

/** The problem in plain words for the person using the page; never the raw JSON. */
export function messageFor(error: ApiError, action: Action): string {
  const { status, problem } = error;
  switch (true) {
    case status === 0:
      return 'CareFlow could not be reached. Check your connection and try again.';
    case status === 401:
      return 'Your session has ended. Please sign in again.';
    case status === 403:
      return problem.detail ?? 'You are not allowed to do this.';
    case status === 404:
      return 'That could not be found; it may have been removed.';
    case status === 409:
      return conflict(problem, action);
    case status === 429:
      return 'Too many requests at once. Wait a moment and try again.';
    case status === 503:
      return unavailable(problem, action);
    case status >= 400 && status < 500:
      return problem.detail ?? problem.title ?? 'That request was not accepted.';
    default:
      return 'Something went wrong on our side. Please try again.';
  }
}
