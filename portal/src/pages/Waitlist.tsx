import { useEffect, useState } from 'preact/hooks';
import { doctorName, type Doctor, type WaitlistEntry } from '../api/client';
import { Notice } from './Notice';
import { whenLabel } from './WeekCalendar';
import { useFailure, usePortal } from './context';

const dayLabel = (instant: string) => new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' }).format(new Date(instant));

/** Where the patient waits for a time to open; an open offer is held for them until it expires. */
export function Waitlist() {
  const { api } = usePortal();
  const failure = useFailure();
  const [entries, setEntries] = useState<WaitlistEntry[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [doctors, setDoctors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const load = async (path: string, more: boolean) => {
    try {
      const page = await api.page<WaitlistEntry>(path);
      setEntries((shown) => [...(more ? (shown ?? []) : []), ...page.items]);
      setNext(page.next);
      const ids = [...new Set(page.items.flatMap((e) => [e.doctorId, e.offer?.doctorId]).filter((id): id is string => !!id))];
      const found = await Promise.all(ids.map((id) => api.get<Doctor>(`/api/doctors/${encodeURIComponent(id)}`).catch(() => null)));
      setDoctors((known) => ({ ...known, ...Object.fromEntries(found.filter((d) => d !== null).map((d) => [d.id, doctorName(d)])) }));
    } catch (e) {
      setError(failure(e, 'waitlist'));
    }
  };
  const firstPage = () => load('/api/waitlist?page=0&size=20', false);
  useEffect(() => void firstPage(), []);

  const act = async (call: () => Promise<unknown>, success: string) => {
    setError(null);
    setDone(null);
    try {
      await call();
      setDone(success);
    } catch (e) {
      setError(failure(e, 'waitlist'));
    }
    await firstPage();
  };

  const whom = (entry: WaitlistEntry) => (entry.doctorId ? (doctors[entry.doctorId] ?? 'Your doctor') : `any doctor of ${entry.specialty}`);
  return (
    <section aria-labelledby="waitlist-title">
      <h2 id="waitlist-title">Waitlist</h2>
      <Notice error={error} success={done} />
      {entries && entries.length === 0 && <p>You are not waiting for any time. When a doctor's week is full, join its waitlist there.</p>}
      {entries && entries.length > 0 && (
        <ul class="appointments">
          {entries.map((entry) => (
            <li key={entry.id}>
              <span>
                <strong>{whom(entry)}</strong>
                <span class="muted">
                  {' '}
                  · {dayLabel(entry.from)} to {dayLabel(entry.to)}
                </span>
              </span>
              {entry.offer && (
                <span class="offer" role="group" aria-label="A time offered to you">
                  <span>
                    Held for you: <time dateTime={entry.offer.start}>{whenLabel(entry.offer.start)}</time>, until {whenLabel(entry.offer.expiresAt)}
                  </span>
                  <button type="button" class="primary" onClick={() => void act(() => api.post(`/api/waitlist/offers/${encodeURIComponent(entry.offer!.id)}/accept`), 'Booked. See it among your appointments.')}>
                    Accept
                  </button>
                  <button type="button" onClick={() => void act(() => api.post(`/api/waitlist/offers/${encodeURIComponent(entry.offer!.id)}/decline`), 'Declined; you stay on the waitlist.')}>
                    Decline
                  </button>
                </span>
              )}
              <button type="button" onClick={() => void act(() => api.delete(`/api/waitlist/${encodeURIComponent(entry.id)}`), 'You left the waitlist.')}>
                Leave<span class="visually-hidden"> the waitlist for {whom(entry)}</span>
              </button>
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
