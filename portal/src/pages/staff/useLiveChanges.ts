import { useEffect, useRef, useState } from 'preact/hooks';
import type { AppointmentChange, LiveState } from '../../live/stream';
import { usePortal } from '../context';

/**
 * Follows the event stream while the page is shown. The handlers are read through a ref, so
 * the stream is opened once and not again on every render (each open costs the server a catch-up).
 */
export function useLiveChanges(change: (change: AppointmentChange) => void, reload: () => void): LiveState {
  const { live } = usePortal();
  const [state, setState] = useState<LiveState>('connecting');
  const handlers = useRef({ change, reload });
  handlers.current = { change, reload };
  useEffect(() => {
    const stream = live({
      change: (c) => handlers.current.change(c),
      reload: () => handlers.current.reload(),
      state: setState,
    });
    stream.start();
    return () => stream.stop();
  }, [live]);
  return state;
}
