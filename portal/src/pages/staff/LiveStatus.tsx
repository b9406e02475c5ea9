import type { LiveState } from '../../live/stream';

const WORDS: Record<LiveState, string> = {
  connecting: 'Connecting to live updates…',
  live: 'Live: changes appear by themselves',
  reconnecting: 'Reconnecting to live updates…',
  stopped: 'Live updates are off; reload the day to see changes',
};

/** Whether the board follows changes by itself; announced politely when it changes. */
export function LiveStatus({ state }: { state: LiveState }) {
  return (
    <p class={`live live-${state}`} role="status" aria-live="polite">
      {WORDS[state]}
    </p>
  );
}
