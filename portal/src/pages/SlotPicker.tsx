import { useState } from 'preact/hooks';
import type { Slot } from '../api/client';
import type { DaySlots } from '../slots/week';

interface Props {
  days: DaySlots[];
  doctor: string;
  /** 'Confirm booking', or 'Confirm new time' when rescheduling. */
  confirmLabel?: string;
  /** Books (or moves to) the slot; settles as soon as the API has answered. */
  onConfirm: (slot: Slot) => Promise<void>;
}

/** A week of free times: choose one, then confirm it — two clicks to book. */
export function SlotPicker({ days, doctor, confirmLabel = 'Confirm booking', onConfirm }: Props) {
  const [chosen, setChosen] = useState<{ slot: Slot; when: string } | null>(null);
  const [busy, setBusy] = useState(false);

  if (chosen) {
    const confirm = async () => {
      setBusy(true);
      try {
        await onConfirm(chosen.slot);
      } finally {
        setBusy(false);
        setChosen(null);
      }
    };
    return (
      <section class="confirm" aria-labelledby="confirm-title">
        <h3 id="confirm-title">{confirmLabel === 'Confirm booking' ? 'Confirm your appointment' : 'Confirm the new time'}</h3>
        <p>
          {doctor}, {chosen.when}
        </p>
        <div class="actions">
          <button type="button" class="primary" onClick={confirm} disabled={busy} autoFocus>
            {busy ? 'Sending…' : confirmLabel}
          </button>
          <button type="button" onClick={() => setChosen(null)} disabled={busy}>
            Choose another time
          </button>
        </div>
      </section>
    );
  }

  return (
    <div class="week">
      {days.map((day) => (
        <section key={day.day} class="day" aria-label={day.label}>
          <h3>{day.label}</h3>
          {day.slots.length === 0 ? (
            <p class="muted">No free times</p>
          ) : (
            <ul class="slots">
              {day.slots.map(({ slot, time }) => (
                <li key={slot.start}>
                  <button type="button" onClick={() => setChosen({ slot, when: `${day.label} at ${time}` })}>
                    <span class="visually-hidden">{day.label} </span>
                    <time dateTime={slot.start}>{time}</time>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
