import { useEffect, useState } from 'preact/hooks';
import { doctorName, type Doctor, type Slot } from '../api/client';
import { WeekCalendar } from './WeekCalendar';
import { Notice } from './Notice';
import { useFailure, usePortal } from './context';

/** One doctor's free times, a week at a time, booked in two clicks. */
export function DoctorWeek({ doctorId }: { doctorId: string }) {
  const { api } = usePortal();
  const failure = useFailure();
  const [doctor, setDoctor] = useState<Doctor | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.get<Doctor>(`/api/doctors/${encodeURIComponent(doctorId)}`).then(setDoctor, (e) => setError(failure(e, 'doctors')));
  }, [doctorId]);

  const name = doctor ? doctorName(doctor) : 'Your doctor';
  const book = async (slot: Slot) => {
    // one key per confirmation: a retried request books once
    await api.post('/api/appointments', { doctorId: slot.doctorId, start: slot.start }, { 'Idempotency-Key': crypto.randomUUID() });
    return `Booked with ${name}. You will receive a confirmation email.`;
  };

  return (
    <section aria-labelledby="week-title">
      <p>
        <a href="#/">← All doctors</a>
      </p>
      <h2 id="week-title">
        {name}
        {doctor && <span class="muted"> · {doctor.specialty}</span>}
      </h2>
      <Notice error={error} />
      <WeekCalendar
        doctorId={doctorId}
        doctor={name}
        action="booking"
        confirmLabel="Confirm booking"
        take={book}
        afterSuccess={
          <p>
            <a href="#/appointments">See my appointments</a>
          </p>
        }
      />
    </section>
  );
}
