import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DayView } from '../src/pages/staff/DayView';
import { Portal } from '../src/pages/context';
import { today } from '../src/staff/day';
import { answer, fakeLive, gateway, portal } from './portal';

const MINUTE = 60_000;
// started ten minutes ago, today in UTC whatever the time of the run (a minute past midnight: a minute ago)
const startedAt = Math.max(Date.now() - 10 * MINUTE, Date.parse(`${today('UTC')}T00:00:00Z`));
const row = (id: string, status: string, name: string, offsetMinutes = 0) => ({
  id,
  patientId: `p-${id}`,
  patientName: name,
  start: new Date(startedAt + offsetMinutes * MINUTE).toISOString(),
  end: new Date(startedAt + (offsetMinutes + 30) * MINUTE).toISOString(),
  timeZone: 'UTC',
  status,
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function renderDay(role: 'doctor' | 'nurse', live = fakeLive()) {
  render(
    <Portal.Provider value={portal(live.live)}>
      <DayView doctorId="d1" role={role} heading="My day" />
    </Portal.Provider>,
  );
  return live;
}

describe('DayView', () => {
  it('shows the day as a flow board, follows the next page, checks a patient in and reloads', async () => {
    let checkedIn = false;
    const fetchMock = gateway([
      [/GET \/api\/appointments\?doctorId=d1&date=\d{4}-\d\d-\d\d&page=0&size=50$/, () =>
        answer(200, [checkedIn ? row('a1', 'arrived', 'Alex Martin') : row('a1', 'booked', 'Alex Martin')], { Link: '<http://appointment-service:8084/api/appointments?doctorId=d1&page=1&size=50>; rel="next"' })],
      [/GET \/api\/appointments\?doctorId=d1&page=1/, () => answer(200, [row('a2', 'fulfilled', 'Bea Khan', -40)])],
      [/POST \/api\/appointments\/a1\/check-in$/, () => ((checkedIn = true), answer(200, { id: 'a1', status: 'arrived' }))],
    ]);
    renderDay('doctor');

    const booked = await screen.findByRole('list', { name: 'Booked' });
    expect(within(booked).getByText('Alex Martin')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Fulfilled' })).getByText('Bea Khan')).toBeTruthy();

    fireEvent.click(within(booked).getByRole('button', { name: /^Check in Alex Martin at/ }));

    await screen.findByText('Checked in Alex Martin.');
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Arrived' })).getByText('Alex Martin')).toBeTruthy());
    expect(fetchMock.mock.calls.filter(([path]) => String(path).includes('check-in'))).toHaveLength(1);
  });

  it('reloads by itself when the stream tells of a booking on the shown day, and says it is live', async () => {
    let booked = false;
    gateway([[/GET \/api\/appointments\?doctorId=d1&date=/, () => answer(200, booked ? [row('a9', 'booked', 'New Patient', 30)] : [])]]);
    const live = renderDay('doctor');
    await screen.findAllByText('None');
    expect(live.opened).toHaveLength(1);

    live.opened[0].state('live');
    booked = true;
    live.opened[0].change({ ...row('a9', 'booked', ''), appointmentId: 'a9', type: 'appointment.booked', doctorId: 'd1', occurredAt: new Date().toISOString() });

    expect(await screen.findByText('New Patient', {}, { timeout: 2000 })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toMatch(/^Live/);
  });

  it('ignores changes to other doctors', async () => {
    const fetchMock = gateway([[/GET \/api\/appointments\?doctorId=d1&date=/, () => answer(200, [])]]);
    const live = renderDay('doctor');
    await screen.findAllByText('None');

    live.opened[0].change({ ...row('x', 'booked', ''), appointmentId: 'x', type: 'appointment.booked', doctorId: 'd2', occurredAt: '' });
    await new Promise((resolve) => setTimeout(resolve, 400));

    expect(fetchMock.mock.calls.filter(([path]) => String(path).startsWith('/api/appointments'))).toHaveLength(1);
  });

  it('records vitals: checks the ranges first, then shows the API 400 by field', async () => {
    const puts: unknown[] = [];
    gateway([
      [/GET \/api\/appointments\?doctorId=d1&date=/, () => answer(200, [row('a1', 'arrived', 'Alex Martin')])],
      [/PUT \/api\/appointments\/a1\/visit$/, (init) => (puts.push(JSON.parse(String(init.body))), answer(400, { title: 'Invalid request', errors: [{ field: 'pulse', message: 'must be at most 250 /min' }] }))],
    ]);
    renderDay('doctor');
    fireEvent.click(await screen.findByRole('button', { name: /^Record vitals Alex Martin/ }));

    fireEvent.input(screen.getByLabelText(/^Systolic pressure/), { target: { value: '1200' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save vitals' }));
    expect(await screen.findByText('must be at most 260 mmHg')).toBeTruthy();
    expect(screen.getByLabelText(/^Systolic pressure/).getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText(/^Systolic pressure/)));
    expect(puts).toHaveLength(0);

    fireEvent.input(screen.getByLabelText(/^Systolic pressure/), { target: { value: '120' } });
    fireEvent.input(screen.getByLabelText(/^Pulse/), { target: { value: '72' } });
    fireEvent.input(screen.getByLabelText('Notes for doctors (optional)'), { target: { value: 'Calm.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save vitals' }));

    expect(await screen.findByText('must be at most 250 /min')).toBeTruthy();
    expect(puts).toEqual([{ systolic: 120, pulse: 72, notes: 'Calm.' }]);
  });

  it('gives a nurse the vital signs without notes, and no complete or no-show', async () => {
    gateway([[/GET \/api\/appointments\?doctorId=d1&date=/, () => answer(200, [row('a1', 'booked', 'Alex Martin'), row('a2', 'arrived', 'Bea Khan')])]]);
    renderDay('nurse');

    fireEvent.click(await screen.findByRole('button', { name: /^Record vitals Bea Khan/ }));

    expect(screen.getByLabelText(/^Oxygen saturation/)).toBeTruthy();
    expect(screen.queryByLabelText('Notes for doctors (optional)')).toBeNull();
    expect(screen.queryByRole('button', { name: /^Complete/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^No-show/ })).toBeNull();
  });
});

describe('NurseDay', () => {
  it("lists the directory's doctors and opens the chosen doctor's day", async () => {
    const { NurseDay } = await import('../src/pages/staff/NurseDay');
    gateway([
      [/GET \/api\/doctors\?page=0&size=100$/, () => answer(200, [{ id: 'd1', firstName: 'Lisa', lastName: 'Cuddy', specialty: 'Medicine' }])],
      [/GET \/api\/appointments\?doctorId=d1&date=/, () => answer(200, [row('a1', 'booked', 'Alex Martin')])],
    ]);
    render(
      <Portal.Provider value={portal()}>
        <NurseDay />
      </Portal.Provider>,
    );

    const doctor = await screen.findByRole('option', { name: 'Dr Lisa Cuddy · Medicine' });
    fireEvent.change(screen.getByLabelText('Doctor'), { target: { value: (doctor as HTMLOptionElement).value } });

    expect(await screen.findByRole('heading', { name: 'The day of Dr Lisa Cuddy' })).toBeTruthy();
    expect(within(await screen.findByRole('list', { name: 'Booked' })).getByRole('button', { name: /^Check in Alex Martin/ })).toBeTruthy();
  });
});

describe("DayView's first date", () => {
  it("is today in the doctor's zone, from the doctor's schedule", async () => {
    gateway([
      [/GET \/api\/schedules\/d1$/, () => answer(200, { doctorId: 'd1', timeZone: 'Pacific/Kiritimati' })],
      [/GET \/api\/appointments\?doctorId=d1&date=/, () => answer(200, [])],
    ]);
    const fetchMock = vi.mocked(fetch);
    renderDay('doctor');

    const expected = today('Pacific/Kiritimati');
    await waitFor(() => expect((screen.getByLabelText("Day (in the doctor's time zone)") as HTMLInputElement).value).toBe(expected));
    await waitFor(() => expect(fetchMock.mock.calls.map(([path]) => String(path)).at(-1)).toContain(`date=${expected}`));
  });
});
