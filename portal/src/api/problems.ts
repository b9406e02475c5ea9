/** An RFC 9457 problem, as far as the portal reads one. */
export interface Problem {
  title?: string;
  detail?: string;
  status?: number;
  service?: string;
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
export type Action = 'doctors' | 'slots' | 'booking' | 'appointments' | 'cancel';

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
  cancel: 'Booking',
};

function unavailable(problem: Problem, action: Action): string {
  const name = (problem.service && SERVICE_NAMES[problem.service]) ?? (problem.title?.match(/^(.+) unavailable$/i)?.[1]) ?? ACTION_NAMES[action];
  return `${name} is unavailable right now, try again in a moment.`;
}

function conflict(problem: Problem, action: Action): string {
  const title = problem.title ?? '';
  if (/overlapping/i.test(title)) return 'You already have an appointment at that time.';
  if (/too many upcoming/i.test(title)) return 'You have as many upcoming appointments as allowed. Cancel one to book another.';
  if (/in progress/i.test(title)) return 'Another booking of yours is still being made; try again in a moment.';
  if (action === 'cancel') return 'This appointment was already cancelled or changed; the list is now up to date.';
  return 'That slot was just taken. Please choose another time.';
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
