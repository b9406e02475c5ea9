import { useEffect, useRef, useState } from 'preact/hooks';
import type { AppointmentChange } from '../../live/stream';
import { isOnDay, today, type DayAppointment, type StaffRole, type Step } from '../../staff/day';
import type { VitalsBody } from '../../staff/vitals';
import { Notice } from '../Notice';
import { viewerZone } from '../WeekCalendar';
import { useFailure, usePortal } from '../context';
import { FlowBoard, patientLabel, timeIn } from './FlowBoard';
import { LiveStatus } from './LiveStatus';
import { useLiveChanges } from './useLiveChanges';
import { VitalsForm } from './VitalsForm';

const PAGE_SIZE = 50;
/** A day holds a few dozen visits; the cap only stops a runaway chain of next links. */
const MAX_PAGES = 20;
/** Changes often come in bursts (a reschedule is two): one reload for the burst. */
const REFETCH_AFTER_MS = 250;

const DONE: Record<Exclude<Step, 'vitals'>, (who: string) => string> = {
  'check-in': (who) => `Checked in ${who}.`,
  complete: (who) => `Completed the visit of ${who}.`,
  'no-show': (who) => `Marked ${who} as a no-show.`,
};

/**
 * A doctor's day (`GET /api/appointments?doctorId=&date=`, every page via Link rel=next) as a
 * flow board that follows the event stream: a change to a shown row, or a new one on the shown
 * day, reloads the day.
 */
export function DayView({ doctorId, role, heading }: { doctorId: string; role: StaffRole; heading: string }) {
  const { api } = usePortal();
  const failure = useFailure();
  const [date, setDate] = useState(() => today(viewerZone()));
  const [rows, setRows] = useState<DayAppointment[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [recording, setRecording] = useState<string | null>(null);
  const [now, setNow] = useState(Date.now);
  // the no-show and vitals buttons appear when a start passes, without waiting for a change
  useEffect(() => {
    const ticker = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(ticker);
  }, []);
  const [doctorZone, setDoctorZone] = useState<string | null>(null);
  const datePicked = useRef(false);
  const zone = doctorZone ?? rows?.find((a) => a.timeZone)?.timeZone ?? viewerZone();

  // the API's date is the doctor's calendar day: "today" is today where the doctor works
  useEffect(() => {
    api
      .get<{ timeZone?: string }>(`/api/schedules/${encodeURIComponent(doctorId)}`)
      .then((schedule) => {
        if (!schedule?.timeZone) return;
        setDoctorZone(schedule.timeZone);
        if (!datePicked.current) setDate(today(schedule.timeZone));
      })
      .catch(() => undefined); // without a schedule the rows' zone, else the browser's, names the day
  }, [doctorId]);

  // only the latest load may fill the board: an older answer (another date) arriving late is dropped
  const loads = useRef(0);
  const load = async () => {
    const thisLoad = ++loads.current;
    try {
      let path: string | null = `/api/appointments?${new URLSearchParams({ doctorId, date, page: '0', size: String(PAGE_SIZE) })}`;
      const all: DayAppointment[] = [];
      for (let pages = 0; path && pages < MAX_PAGES; pages++) {
        const page: { items: DayAppointment[]; next: string | null } = await api.page<DayAppointment>(path);
        all.push(...page.items.filter((a) => !all.some((b) => b.id === a.id)));
        path = page.next;
      }
      if (thisLoad !== loads.current) return;
      setRows(all);
      setNow(Date.now());
    } catch (e) {
      if (thisLoad === loads.current) setError(failure(e, 'day'));
    }
  };
  useEffect(() => {
    setRows(null);
    void load();
  }, [doctorId, date]);

  const refetchTimer = useRef<ReturnType<typeof setTimeout>>();
  const refetchSoon = () => {
    clearTimeout(refetchTimer.current);
    refetchTimer.current = setTimeout(() => void load(), REFETCH_AFTER_MS);
  };
  useEffect(() => () => clearTimeout(refetchTimer.current), []);
  const concernsShownDay = (change: AppointmentChange) =>
    change.doctorId === doctorId &&
    ((rows ?? []).some((a) => a.id === change.appointmentId || a.id === change.replacesId) || isOnDay(change.start, date, zone));
  const live = useLiveChanges((change) => concernsShownDay(change) && refetchSoon(), refetchSoon);

  const pickDate = (picked: string) => {
    if (!picked) return;
    datePicked.current = true;
    setDate(picked);
  };

  const take = async (appointment: DayAppointment, step: Step) => {
    setError(null);
    setDone(null);
    if (step === 'vitals') return setRecording(appointment.id);
    try {
      await api.post(`/api/appointments/${encodeURIComponent(appointment.id)}/${step}`);
      setDone(DONE[step](patientLabel(appointment)));
    } catch (e) {
      setError(failure(e, 'day'));
    }
    await load();
  };
  const saveVitals = async (appointment: DayAppointment, body: VitalsBody) => {
    await api.put(`/api/appointments/${encodeURIComponent(appointment.id)}/visit`, body);
    setRecording(null);
    setDone(`Recorded the vitals of ${patientLabel(appointment)}.`);
  };

  return (
    <section aria-labelledby="day-title">
      <h2 id="day-title">{heading}</h2>
      <LiveStatus state={live} />
      <div class="day-picker">
        <label for="day-date">Day (in the doctor's time zone)</label>
        <input id="day-date" type="date" value={date} onChange={(e) => pickDate((e.target as HTMLInputElement).value)} />
      </div>
      {zone !== viewerZone() && <p class="muted">Times in {zone}, the doctor's time zone.</p>}
      <Notice error={error} success={done} />
      {rows === null ? (
        <p class="muted">Loading the day…</p>
      ) : (
        <FlowBoard
          appointments={rows}
          role={role}
          now={now}
          zone={zone}
          take={(a, step) => void take(a, step)}
          below={(a) =>
            recording === a.id && (
              <VitalsForm
                what={`${patientLabel(a)} at ${timeIn(a.start, zone)}`}
                withNotes={role === 'doctor'}
                save={(body) => saveVitals(a, body)}
                onClose={() => setRecording(null)}
              />
            )
          }
        />
      )}
    </section>
  );
}
