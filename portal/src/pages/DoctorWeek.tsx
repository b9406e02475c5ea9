import { useEffect, useState } from 'preact/hooks';
import { doctorName, type Doctor, type Slot } from '../api/client';
import { ApiError } from '../api/problems';
import { groupByDay, weekEnd, weekStart, type DaySlots } from '../slots/week';
import { Notice } from './Notice';
import { SlotPicker } from './SlotPicker';
import { useFailure, usePortal } from './context';

const viewerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** One doctor's free times, a week at a time, in the viewer's own time zone. */
export function DoctorWeek({ doctorId }: { doctorId: string }) {
  const { api } = usePortal();
  const failure = useFailure();
  const [doctor, setDoctor] = useState<Doctor | null>(null);
  const [weeksAhead, setWeeksAhead] = useState(0);
  const [days, setDays] = useState<DaySlots[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [booked, setBooked] = useState<string | null>(null);

  const loadSlots = async () => {
    const from = weekStart(new Date(), weeksAhead);
    const to = weekEnd(from);
    const query = new URLSearchParams({ doctorId, from: from.toISOString(), to: to.toISOString() });
    try {
      setDays(groupByDay(await api.get<Slot[]>(`/api/slots?${query}`), from, to, viewerZone()));
    } catch (e) {
      setError(failure(e, 'slots'));
    }
  };

  useEffect(() => {
    api.get<Doctor>(`/api/doctors/${encodeURIComponent(doctorId)}`).then(setDoctor, (e) => setError(failure(e, 'doctors')));
  }, [doctorId]);
  useEffect(() => void loadSlots(), [doctorId, weeksAhead]);

  const name = doctor ? doctorName(doctor) : 'Your doctor';
  const book = async (slot: Slot) => {
    setError(null);
    setBooked(null);
    try {
      // one key per confirmation: a retried request books once
      await api.post('/api/appointments', { doctorId: slot.doctorId, start: slot.start }, { 'Idempotency-Key': crypto.randomUUID() });
      setBooked(`Booked with ${name}. You will receive a confirmation email.`);
    } catch (e) {
      setError(failure(e, 'booking'));
      if (e instanceof ApiError && e.status === 401) return;
    }
    await loadSlots();
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
      <p class="muted">Times are shown in your time zone ({viewerZone()}).</p>
      <Notice error={error} success={booked} />
      {booked && (
        <p>
          <a href="#/appointments">See my appointments</a>
        </p>
      )}
      <div class="actions">
        <button type="button" onClick={() => setWeeksAhead(weeksAhead - 1)} disabled={weeksAhead === 0}>
          Previous week
        </button>
        <button type="button" onClick={() => setWeeksAhead(weeksAhead + 1)} disabled={weeksAhead >= 51}>
          Next week
        </button>
      </div>
      {days && <SlotPicker days={days} doctor={name} onConfirm={book} />}
    </section>
  );
}
