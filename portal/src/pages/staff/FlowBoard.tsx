import type { ComponentChildren } from 'preact';
import { COLUMNS, groupByStatus, stepsFor, type DayAppointment, type StaffRole, type Step } from '../../staff/day';

const STEP_LABELS: Record<Step, string> = {
  'check-in': 'Check in',
  complete: 'Complete',
  'no-show': 'No-show',
  vitals: 'Record vitals',
};

interface Props {
  appointments: DayAppointment[];
  role: StaffRole;
  now: number;
  /** The zone the times are shown in (the doctor's). */
  zone: string;
  take: (appointment: DayAppointment, step: Step) => void;
  /** Shown under the row it belongs to (the vitals form). */
  below: (appointment: DayAppointment) => ComponentChildren;
}

export const patientLabel = (appointment: DayAppointment) => appointment.patientName ?? 'Patient (name not yet known)';

export const timeIn = (instant: string, zone: string) =>
  new Intl.DateTimeFormat(undefined, { timeZone: zone, hour: '2-digit', minute: '2-digit' }).format(new Date(instant));

/** The day as a flow board: booked → arrived → fulfilled, then no-shows and cancelled; each row with its next steps. */
export function FlowBoard({ appointments, role, now, zone, take, below }: Props) {
  const board = groupByStatus(appointments);
  return (
    <div class="board">
      {COLUMNS.map(({ column, title }) => (
        <section class="column" key={column} aria-labelledby={`column-${column}`}>
          <h3 id={`column-${column}`}>
            {title} <span class="count">({board[column].length})</span>
          </h3>
          {board[column].length === 0 ? (
            <p class="muted">None</p>
          ) : (
            <ul class="visits" aria-label={title}>
              {board[column].map((a) => {
                const who = `${patientLabel(a)} at ${timeIn(a.start, zone)}`;
                return (
                  <li key={a.id}>
                    <time dateTime={a.start}>{timeIn(a.start, zone)}</time> <strong>{patientLabel(a)}</strong>
                    {a.status === 'entered-in-error' && <span class="muted"> · entered in error</span>}
                    {a.overbooked && <span class="muted"> · overbooked</span>}
                    <span class="actions">
                      {stepsFor(a, role, now).map((step) => (
                        <button type="button" key={step} onClick={() => take(a, step)}>
                          {STEP_LABELS[step]}
                          <span class="visually-hidden"> {who}</span>
                        </button>
                      ))}
                    </span>
                    {below(a)}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
