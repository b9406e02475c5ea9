import { useEffect, useState } from 'preact/hooks';
import { doctorName, type Doctor } from '../../api/client';
import { Notice } from '../Notice';
import { useFailure, usePortal } from '../context';
import { DayView } from './DayView';

/** The directory holds a clinic's doctors; the cap only stops a runaway chain of next links. */
const MAX_PAGES = 10;

/** The nurse picks a doctor from the directory and works on that doctor's day. */
export function NurseDay() {
  const { api } = usePortal();
  const failure = useFailure();
  const [doctors, setDoctors] = useState<Doctor[] | null>(null);
  const [doctorId, setDoctorId] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void (async () => {
      try {
        const all: Doctor[] = [];
        let path: string | null = '/api/doctors?page=0&size=100';
        for (let pages = 0; path && pages < MAX_PAGES; pages++) {
          const page: { items: Doctor[]; next: string | null } = await api.page<Doctor>(path);
          all.push(...page.items);
          path = page.next;
        }
        setDoctors(all);
      } catch (e) {
        setError(failure(e, 'doctors'));
      }
    })();
  }, []);

  return (
    <>
      <div class="day-picker">
        <label for="nurse-doctor">Doctor</label>
        <select id="nurse-doctor" value={doctorId} onChange={(e) => setDoctorId((e.target as HTMLSelectElement).value)} disabled={!doctors}>
          <option value="">{doctors ? 'Choose a doctor' : 'Loading the doctors…'}</option>
          {(doctors ?? []).map((d) => (
            <option key={d.id} value={d.id}>
              {doctorName(d)} · {d.specialty}
            </option>
          ))}
        </select>
      </div>
      <Notice error={error} />
      {doctorId ? (
        <DayView key={doctorId} doctorId={doctorId} role="nurse" heading={`The day of ${doctorName(doctors!.find((d) => d.id === doctorId)!)}`} />
      ) : (
        <h2>A doctor's day</h2>
      )}
    </>
  );
}
