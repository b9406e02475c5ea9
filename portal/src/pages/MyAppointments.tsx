import { useEffect, useState } from 'preact/hooks';
import { doctorName, type Appointment, type Doctor } from '../api/client';
import { Notice } from './Notice';
import { useFailure, usePortal } from './context';

const UPCOMING = new Set(['booked', 'arrived']);
const when = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

/** The patient's upcoming appointments, soonest first, each with a cancel. */
export function MyAppointments() {
  const { api } = usePortal();
  const failure = useFailure();
  const [appointments, setAppointments] = useState<Appointment[] | null>(null);
  const [doctors, setDoctors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // a cancel asks once more: the slot may be gone by the time the patient wants it back
  const [confirming, setConfirming] = useState<string | null>(null);

  const load = async () => {
    try {
      const all = await api.get<Appointment[]>('/api/appointments?size=100');
      const now = Date.now();
      const upcoming = all.filter((a) => UPCOMING.has(a.status.toLowerCase()) && Date.parse(a.end) > now);
      setAppointments(upcoming.sort((a, b) => Date.parse(a.start) - Date.parse(b.start)));
      const missing = [...new Set(upcoming.map((a) => a.doctorId))].filter((id) => !(id in doctors));
      const found = await Promise.all(missing.map((id) => api.get<Doctor>(`/api/doctors/${encodeURIComponent(id)}`).catch(() => null)));
      setDoctors((known) => ({ ...known, ...Object.fromEntries(found.filter((d) => d !== null).map((d) => [d.id, doctorName(d)])) }));
    } catch (e) {
      setError(failure(e, 'appointments'));
    }
  };

  useEffect(() => void load(), []);

  const cancel = async (appointment: Appointment) => {
    setConfirming(null);
    setError(null);
    setDone(null);
    try {
      await api.post(`/api/appointments/${encodeURIComponent(appointment.id)}/cancel`);
      setDone(`Cancelled your appointment on ${when.format(new Date(appointment.start))}.`);
    } catch (e) {
      setError(failure(e, 'cancel'));
    }
    await load();
  };

  return (
    <section aria-labelledby="mine-title">
      <h2 id="mine-title">My upcoming appointments</h2>
      <Notice error={error} success={done} />
      {appointments && appointments.length === 0 && (
        <p>
          No upcoming appointments. <a href="#/">Find a doctor</a>
        </p>
      )}
      {appointments && appointments.length > 0 && (
        <ul class="appointments">
          {appointments.map((a) => (
            <li key={a.id}>
              <span>
                <strong>{when.format(new Date(a.start))}</strong>
                <span class="muted"> · {doctors[a.doctorId] ?? 'Doctor'}</span>
              </span>
              {a.status.toLowerCase() === 'booked' && confirming !== a.id && (
                <button type="button" onClick={() => setConfirming(a.id)}>
                  Cancel<span class="visually-hidden"> the appointment on {when.format(new Date(a.start))}</span>
                </button>
              )}
              {confirming === a.id && (
                <span class="actions" role="group" aria-label="Cancel this appointment?">
                  <button type="button" class="primary" onClick={() => void cancel(a)} autoFocus>
                    Yes, cancel it
                  </button>
                  <button type="button" onClick={() => setConfirming(null)}>
                    Keep it
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
