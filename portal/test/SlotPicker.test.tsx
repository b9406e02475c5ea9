import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SlotPicker } from '../src/pages/SlotPicker';
import { groupByDay } from '../src/slots/week';

const slots = [
  { doctorId: 'd1', start: '2026-12-08T09:00:00Z', end: '2026-12-08T09:30:00Z' },
  { doctorId: 'd1', start: '2026-12-08T09:30:00Z', end: '2026-12-08T10:00:00Z' },
];
const days = groupByDay(slots, new Date('2026-12-07T12:00:00Z'), new Date('2026-12-14T12:00:00Z'), 'UTC', 'en-GB');

afterEach(cleanup);

describe('SlotPicker', () => {
  it('books the chosen slot in two clicks: choose, then confirm', async () => {
    const onConfirm = vi.fn().mockResolvedValue(undefined);
    render(<SlotPicker days={days} doctor="Dr Ada Lovelace" onConfirm={onConfirm} />);

    fireEvent.click(screen.getByRole('button', { name: 'Tue 8 Dec 09:30' }));
    expect(screen.getByText('Dr Ada Lovelace, Tue 8 Dec at 09:30')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Confirm booking' }));

    await waitFor(() => expect(onConfirm).toHaveBeenCalledWith(slots[1]));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it('books nothing when the patient goes back to choose another time', () => {
    const onConfirm = vi.fn();
    render(<SlotPicker days={days} doctor="Dr Ada Lovelace" onConfirm={onConfirm} />);

    fireEvent.click(screen.getByRole('button', { name: 'Tue 8 Dec 09:00' }));
    fireEvent.click(screen.getByRole('button', { name: 'Choose another time' }));

    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.getAllByRole('button')).toHaveLength(2);
  });

  it('says so on a day without free times', () => {
    render(<SlotPicker days={days} doctor="Dr Ada Lovelace" onConfirm={vi.fn()} />);
    expect(screen.getAllByText('No free times')).toHaveLength(days.length - 1);
  });
});
