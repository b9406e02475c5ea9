import { useEffect, useState } from 'preact/hooks';
import { doctorName, type Appointment, type Doctor, type Slot } from '../api/client';
import { rescheduleRequest } from '../appointments/appointments';
import { Notice } from './Notice';
import { WeekCalendar, whenLabel } from './WeekCalendar';
import { useFailure, usePortal } from './context';
import { flash } from './flash';

/** Moves a booked appointment to another free time of the same doctor. */
export function Reschedule({ appointmentId }: { appointmentId: string }) {
  const { api } = usePortal();
  const failure = useFailure();
  const [appointment, setAppointment] = useState<Appointment | null>(null);
  const [doctor, setDoctor] = useState<string>('Your doctor');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.get<Appointment>(`/api/appointments/${encodeURIComponent(appointmentId)}`).then(
      (found) => {
        setAppointment(found);
        api.get<Doctor>(`/api/doctors/${encodeURIComponent(found.doctorId)}`).then((d) => setDoctor(doctorName(d)), () => undefined);
      },
      (e) => setError(failure(e, 'appointments')),
    );
  }, [appointmentId]);

  const move = async (slot: Slot) => {
    const request = rescheduleRequest(appointmentId, slot);
    await api.post(request.path, request.body, request.headers);
    const message = `Moved your appointment with ${doctor} to ${whenLabel(slot.start)}.`;
    flash.set(message);
    location.hash = '#/appointments';
    return message;
  };

  const booked = appointment?.status.toLowerCase() === 'booked';
  return (
    <section aria-labelledby="reschedule-title">
      <p>
        <a href="#/appointments">← My appointments</a>
      </p>
      <h2 id="reschedule-title">Reschedule</h2>
      <Notice error={error} />
      {appointment && (
        <p>
          Your appointment with {doctor} on <time dateTime={appointment.start}>{whenLabel(appointment.start)}</time>. Choose a new time; the
          old one is given up only when the new one is yours.
        </p>
      )}
      {appointment && !booked && <p>This appointment can no longer be moved.</p>}
      {appointment && booked && (
        <WeekCalendar
          doctorId={appointment.doctorId}
          doctor={doctor}
          doctorZone={appointment.timeZone}
          action="reschedule"
          confirmLabel="Confirm new time"
          take={move}
        />
      )}
    </section>
  );
}
