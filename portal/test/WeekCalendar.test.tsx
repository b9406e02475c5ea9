import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Slot } from '../src/api/client';
import { ApiError } from '../src/api/problems';
import { WeekCalendar } from '../src/pages/WeekCalendar';
import { Portal } from '../src/pages/context';
import { answer, gateway, portal } from './portal';

const HOUR = 3_600_000;
// whole hours a day ahead: inside this week's window whatever the time of the run
const base = Math.ceil((Date.now() + 24 * HOUR) / HOUR) * HOUR;
const slot = (hours: number): Slot => ({ doctorId: 'd1', start: new Date(base + hours * HOUR).toISOString(), end: new Date(base + hours * HOUR + 1_800_000).toISOString() });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('WeekCalendar', () => {
  it('after "slot just taken", offers the next free slot from a fresh load and takes it in one click', async () => {
    let loads = 0;
    gateway([
      [
        /GET \/api\/slots\?doctorId=d1&/,
        // the first load still lists the slot someone else is about to take
        () => answer(200, ++loads === 1 ? [slot(0), slot(2)] : [slot(2), slot(3)]),
      ],
    ]);
    const take = vi.fn(async (chosen: Slot) => {
      if (chosen.start === slot(0).start) throw new ApiError(409, { title: 'Slot already taken' });
      return 'Booked.';
    });
    render(
      <Portal.Provider value={portal()}>
        <WeekCalendar doctorId="d1" doctor="Dr Ada Lovelace" action="booking" confirmLabel="Confirm booking" take={take} />
      </Portal.Provider>,
    );

    const times = await screen.findAllByRole('button', { name: /\d:\d\d/ });
    fireEvent.click(times[0]);
    fireEvent.click(screen.getByRole('button', { name: 'Confirm booking' }));

    await screen.findByText('That slot was just taken. Please choose another time.');
    // the confirmation box is gone at once, not after the reload
    expect(screen.queryByRole('button', { name: 'Confirm booking' })).toBeNull();
    const offer = await screen.findByRole('button', { name: /^Take / });
    fireEvent.click(offer);

    await screen.findByText('Booked.');
    expect(take).toHaveBeenLastCalledWith(slot(2));
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Take / })).toBeNull());
  });

  it('offers the waitlist when the week has no free time', async () => {
    let joined: unknown = null;
    gateway([
      [/GET \/api\/slots\?/, () => answer(200, [])],
      [
        /POST \/api\/waitlist$/,
        (init) => {
          joined = JSON.parse(String(init.body));
          return answer(201, { id: 'w1' });
        },
      ],
    ]);
    render(
      <Portal.Provider value={portal()}>
        <WeekCalendar doctorId="d1" doctor="Dr Ada Lovelace" action="booking" confirmLabel="Confirm booking" take={vi.fn()} />
      </Portal.Provider>,
    );

    fireEvent.click(await screen.findByRole('button', { name: 'Join the waitlist for this week' }));

    await screen.findByText(/You are on the waitlist for Dr Ada Lovelace/);
    expect(joined).toMatchObject({ doctorId: 'd1' });
    const { from, to } = joined as { from: string; to: string };
    expect(Date.parse(from)).toBeGreaterThan(Date.now());
    expect(Date.parse(to) - Date.parse(from)).toBeLessThanOrEqual(7 * 24 * HOUR);
  });
});
