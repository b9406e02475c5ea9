import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MyAppointments } from '../src/pages/MyAppointments';
import { Portal } from '../src/pages/context';
import { answer, gateway, portal } from './portal';

const DAY = 86_400_000;
const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const appointment = (id: string, start: string, status = 'booked') => ({ id, doctorId: 'd1', start, end: start, status, timeZone: 'UTC' });
const ada = { id: 'd1', firstName: 'Ada', lastName: 'Lovelace', specialty: 'Cardiology' };

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const show = () =>
  render(
    <Portal.Provider value={portal()}>
      <MyAppointments patientId="p1" />
    </Portal.Provider>,
  );

describe('MyAppointments', () => {
  it('lists upcoming and past apart, with the status in words, and loads more only on "Show more"', async () => {
    const fetchMock = gateway([
      [/GET \/api\/appointments\?patientId=p1&page=0&size=20$/, () => answer(200, [appointment('next', at(2)), appointment('gone', at(-3), 'noshow')], { Link: '<http://appointment-service/api/appointments?patientId=p1&page=1&size=20>; rel="next"' })],
      [/GET \/api\/appointments\?patientId=p1&page=1&size=20$/, () => answer(200, [appointment('older', at(-30), 'fulfilled')])],
      [/GET \/api\/doctors\/d1$/, () => answer(200, ada)],
    ]);
    show();

    const upcoming = await screen.findByRole('list', { name: 'Upcoming appointments' });
    expect(within(upcoming).getAllByRole('listitem')).toHaveLength(1);
    await waitFor(() => expect(within(upcoming).getByText(/Dr Ada Lovelace/)).toBeTruthy());
    const past = screen.getByRole('list', { name: 'Past and cancelled appointments' });
    expect(within(past).getByText('Missed (no-show)')).toBeTruthy();
    expect(screen.getByRole('link', { name: /^Reschedule the appointment on/ }).getAttribute('href')).toBe('#/appointments/next/reschedule');

    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));

    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Past and cancelled appointments' })).getByText('Took place')).toBeTruthy());
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
    expect(fetchMock.mock.calls.filter(([path]) => String(path).startsWith('/api/appointments'))).toHaveLength(2);
  });

  it('cancels with the reason typed, counting its characters', async () => {
    let cancelled: unknown = null;
    gateway([
      [/GET \/api\/appointments\?/, () => answer(200, cancelled ? [appointment('next', at(2), 'cancelled')] : [appointment('next', at(2))])],
      [/GET \/api\/doctors\/d1$/, () => answer(200, ada)],
      [
        /POST \/api\/appointments\/next\/cancel$/,
        (init) => {
          cancelled = JSON.parse(String(init.body));
          return answer(200, appointment('next', at(2), 'cancelled'));
        },
      ],
    ]);
    show();

    fireEvent.click(await screen.findByRole('button', { name: /^Cancel the appointment on/ }));
    const reason = screen.getByLabelText('Reason (optional)');
    expect(reason.getAttribute('maxlength')).toBe('1000');
    fireEvent.input(reason, { target: { value: 'Feeling better' } });
    expect(screen.getByText('14 of 1000 characters')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, cancel it' }));

    await screen.findByText(/^Cancelled your appointment on/);
    expect(cancelled).toEqual({ reason: 'Feeling better' });
    await waitFor(() => expect(screen.getByText('No upcoming appointments.', { exact: false })).toBeTruthy());
  });

  it('keeps the appointment when the patient thinks again', async () => {
    const fetchMock = gateway([
      [/GET \/api\/appointments\?/, () => answer(200, [appointment('next', at(2))])],
      [/GET \/api\/doctors\/d1$/, () => answer(200, ada)],
    ]);
    show();

    fireEvent.click(await screen.findByRole('button', { name: /^Cancel the appointment on/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep it' }));

    expect(screen.queryByLabelText('Reason (optional)')).toBeNull();
    expect(fetchMock.mock.calls.some(([, init]) => init.method === 'POST')).toBe(false);
  });
});
