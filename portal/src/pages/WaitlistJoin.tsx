import { useState } from 'preact/hooks';
import { Notice } from './Notice';
import { useFailure, usePortal } from './context';

const MINUTE_MS = 60_000;

/** Shown when a doctor's week has no free time: wait for one to open in that week. */
export function WaitlistJoin({ doctorId, doctor, from, to }: { doctorId: string; doctor: string; from: Date; to: Date }) {
  const { api } = usePortal();
  const failure = useFailure();
  const [joined, setJoined] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const join = async () => {
    setError(null);
    try {
      // this week's start is "now" when it was loaded: a minute on, so it is not already past
      const start = new Date(Math.max(from.getTime(), Date.now() + MINUTE_MS));
      await api.post('/api/waitlist', { doctorId, from: start.toISOString(), to: to.toISOString() });
      setJoined(true);
    } catch (e) {
      setError(failure(e, 'waitlist'));
    }
  };

  return (
    <div class="offer">
      <Notice error={error} success={joined ? `You are on the waitlist for ${doctor} this week. We will email you when a time opens.` : null} />
      {joined ? (
        <a href="#/waitlist">See my waitlist</a>
      ) : (
        <>
          <p>No free time this week.</p>
          <button type="button" class="primary" onClick={() => void join()}>
            Join the waitlist for this week
          </button>
        </>
      )}
    </div>
  );
}
