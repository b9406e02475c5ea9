import { useState } from 'preact/hooks';
import type { Slot } from '../api/client';
import type { DaySlots } from '../slots/week';

interface Props {
  days: DaySlots[];
  doctor: string;
  /** Books the slot; rejects with a message to show. */
  onConfirm: (slot: Slot) => Promise<void>;
}

/** A week of free times: choose one, then confirm it — two clicks to book. */
export function SlotPicker({ days, doctor, onConfirm }: Props) {
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
        <h3 id="confirm-title">Confirm your appointment</h3>
        <p>
          {doctor}, {chosen.when}
        </p>
        <div class="actions">
          <button type="button" class="primary" onClick={confirm} disabled={busy} autoFocus>
            {busy ? 'Booking…' : 'Confirm booking'}
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
                    {time}
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
