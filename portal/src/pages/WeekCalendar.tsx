import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Slot } from '../api/client';
import { ApiError, isSlotTaken } from '../api/problems';
import { nextFreeSlot } from '../appointments/appointments';
import { groupByDay, weekEnd, weekStart, type DaySlots } from '../slots/week';
import { Notice } from './Notice';
import { SlotPicker } from './SlotPicker';
import { WaitlistJoin } from './WaitlistJoin';
import { useFailure, usePortal } from './context';

export const viewerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
export const whenLabel = (start: string) =>
  new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(new Date(start));

const WEEK_MS = 7 * 24 * 3_600_000;

interface Props {
  doctorId: string;
  doctor: string;
  /** The doctor's zone when known (from an appointment): named when it differs from the viewer's. */
  doctorZone?: string;
  action: 'booking' | 'reschedule';
  confirmLabel: string;
  /** Books or moves to the slot and says so; rejects with the API's error. */
  take: (slot: Slot) => Promise<string>;
  /** Shown under the success message (where to go next). */
  afterSuccess?: ComponentChildren;
}

/**
 * A doctor's free times a week at a time, in the viewer's zone, for booking or rescheduling.
 * When the slot was just taken by someone else, it offers the next free one in one click.
 */
export function WeekCalendar({ doctorId, doctor, doctorZone, action, confirmLabel, take, afterSuccess }: Props) {
  const { api } = usePortal();
  const failure = useFailure();
  const [weeksAhead, setWeeksAhead] = useState(0);
  const [days, setDays] = useState<DaySlots[] | null>(null);
  const [range, setRange] = useState<{ from: Date; to: Date } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [offer, setOffer] = useState<Slot | null>(null);

  const slotsBetween = (from: Date, to: Date) =>
    api.get<Slot[]>(`/api/slots?${new URLSearchParams({ doctorId, from: from.toISOString(), to: to.toISOString() })}`);

  const loadWeek = async () => {
    const from = weekStart(new Date(), weeksAhead);
    const to = weekEnd(from);
    try {
      setDays(groupByDay(await slotsBetween(from, to), from, to, viewerZone()));
      setRange({ from, to });
    } catch (e) {
      setError(failure(e, 'slots'));
    }
  };
  useEffect(() => void loadWeek(), [doctorId, weeksAhead]);

  /** The lost slot's successor, from a fresh load of the week that follows it. */
  const offerNextAfter = async (lost: Slot) => {
    const from = new Date(Math.max(Date.parse(lost.start), Date.now()));
    try {
      setOffer(nextFreeSlot(await slotsBetween(from, new Date(from.getTime() + WEEK_MS)), lost));
    } catch {
      // the message about the lost slot stays; the week below still lists what is free
    }
  };

  const confirm = async (slot: Slot) => {
    setError(null);
    setDone(null);
    setOffer(null);
    try {
      const message = await take(slot);
      // the slot leaves the week at once, before the reload confirms it
      setDays((shown) => shown && shown.map((day) => ({ ...day, slots: day.slots.filter((s) => s.slot.start !== slot.start) })));
      setDone(message);
    } catch (e) {
      setError(failure(e, action));
      if (e instanceof ApiError && e.status === 401) return;
      if (isSlotTaken(e)) void offerNextAfter(slot);
    }
    // not awaited: the confirmation box closes as soon as the answer is in
    void loadWeek();
  };

  const zone = viewerZone();
  const noFreeTime = days !== null && days.every((day) => day.slots.length === 0);
  return (
    <>
      <p class="muted">
        Times are shown in your time zone ({zone}).
        {doctorZone && doctorZone !== zone && ` The doctor works in ${doctorZone}.`}
      </p>
      <Notice error={error} success={done} />
      {done && afterSuccess}
      {offer && (
        <div class="offer" role="group" aria-labelledby="offer-text">
          <p id="offer-text">The next free time with {doctor} is {whenLabel(offer.start)}.</p>
          <button type="button" class="primary" onClick={() => void confirm(offer)}>
            Take {whenLabel(offer.start)}
          </button>
        </div>
      )}
      <div class="actions">
        <button type="button" onClick={() => setWeeksAhead(weeksAhead - 1)} disabled={weeksAhead === 0}>
          Previous week
        </button>
        <button type="button" onClick={() => setWeeksAhead(weeksAhead + 1)} disabled={weeksAhead >= 51}>
          Next week
        </button>
      </div>
      {noFreeTime && action === 'booking' && range && <WaitlistJoin doctorId={doctorId} doctor={doctor} from={range.from} to={range.to} />}
      {days && <SlotPicker days={days} doctor={doctor} confirmLabel={confirmLabel} onConfirm={confirm} />}
    </>
  );
}
