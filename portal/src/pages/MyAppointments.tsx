import { useEffect, useState } from 'preact/hooks';
import { doctorName, type Appointment, type Doctor } from '../api/client';
import { cancelBody, doctorZoneLabel, splitByTime, statusInWords } from '../appointments/appointments';
import { CancelForm } from './CancelForm';
import { Notice } from './Notice';
import { viewerZone, whenLabel } from './WeekCalendar';
import { useFailure, usePortal } from './context';
import { flash } from './flash';

const PAGE_SIZE = 20;

/**
 * The patient's appointments, newest first a page at a time (the history endpoint): upcoming
 * ones soonest first with reschedule and cancel, past ones with their status in words.
 * A patient has at most 5 upcoming booked appointments, so the first page nearly always holds them.
 */
export function MyAppointments({ patientId }: { patientId: string }) {
  const { api } = usePortal();
  const failure = useFailure();
  const [loaded, setLoaded] = useState<Appointment[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [doctors, setDoctors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(() => flash.take());
  const [cancelling, setCancelling] = useState<string | null>(null);

  const nameDoctors = async (appointments: Appointment[]) => {
    const missing = [...new Set(appointments.map((a) => a.doctorId))].filter((id) => !(id in doctors));
    const found = await Promise.all(missing.map((id) => api.get<Doctor>(`/api/doctors/${encodeURIComponent(id)}`).catch(() => null)));
    setDoctors((known) => ({ ...known, ...Object.fromEntries(found.filter((d) => d !== null).map((d) => [d.id, doctorName(d)])) }));
  };

  const load = async (path: string, more: boolean) => {
    try {
      const page = await api.page<Appointment>(path);
      setLoaded((shown) => {
        const kept = more ? (shown ?? []) : [];
        const known = new Set(kept.map((a) => a.id));
        return [...kept, ...page.items.filter((a) => !known.has(a.id))];
      });
      setNext(page.next);
      await nameDoctors(page.items);
    } catch (e) {
      setError(failure(e, 'appointments'));
    }
  };
  const firstPage = () => load(`/api/appointments?${new URLSearchParams({ patientId, page: '0', size: String(PAGE_SIZE) })}`, false);

  useEffect(() => void firstPage(), [patientId]);

  const cancel = async (appointment: Appointment, reason?: string) => {
    setCancelling(null);
    setError(null);
    setDone(null);
    try {
      await api.post(`/api/appointments/${encodeURIComponent(appointment.id)}/cancel`, cancelBody(reason));
      setDone(`Cancelled your appointment on ${whenLabel(appointment.start)}.`);
    } catch (e) {
      setError(failure(e, 'cancel'));
    }
    await firstPage();
  };

  const { upcoming, past } = splitByTime(loaded ?? [], Date.now());
  const doctorOf = (a: Appointment) => doctors[a.doctorId] ?? 'Doctor';
  return (
    <section aria-labelledby="mine-title">
      <h2 id="mine-title">My appointments</h2>
      <Notice error={error} success={done} />
      <h3>Upcoming</h3>
      {loaded && upcoming.length === 0 && (
        <p>
          No upcoming appointments. <a href="#/">Find a doctor</a>
        </p>
      )}
      {upcoming.length > 0 && (
        <ul class="appointments" aria-label="Upcoming appointments">
          {upcoming.map((a) => (
            <li key={a.id}>
              <When appointment={a} doctor={doctorOf(a)} />
              {cancelling === a.id ? (
                <CancelForm what={`${whenLabel(a.start)} with ${doctorOf(a)}`} onCancel={(reason) => void cancel(a, reason)} onKeep={() => setCancelling(null)} />
              ) : (
                <span class="actions">
                  <a class="button secondary" href={`#/appointments/${encodeURIComponent(a.id)}/reschedule`}>
                    Reschedule<span class="visually-hidden"> the appointment on {whenLabel(a.start)}</span>
                  </a>
                  <button type="button" onClick={() => setCancelling(a.id)}>
                    Cancel<span class="visually-hidden"> the appointment on {whenLabel(a.start)}</span>
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <h3>Past and cancelled</h3>
      {loaded && past.length === 0 && <p>None yet.</p>}
      {past.length > 0 && (
        <ul class="appointments" aria-label="Past and cancelled appointments">
          {past.map((a) => (
            <li key={a.id}>
              <When appointment={a} doctor={doctorOf(a)} />
              <span class="status">{statusInWords(a)}</span>
            </li>
          ))}
        </ul>
      )}
      {next && (
        <button type="button" onClick={() => void load(next, true)}>
          Show more
        </button>
      )}
    </section>
  );
}

function When({ appointment, doctor }: { appointment: Appointment; doctor: string }) {
  const zone = doctorZoneLabel(appointment.start, appointment.timeZone, viewerZone());
  return (
    <span>
      <strong>
        <time dateTime={appointment.start}>{whenLabel(appointment.start)}</time>
      </strong>
      <span class="muted"> · {doctor}</span>
      {zone && <span class="muted zone"> · {zone}</span>}
    </span>
  );
}
