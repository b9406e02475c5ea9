import { SseParser, type SseEvent } from './sse';

/** An appointment change as the stream tells it: ids, status and times only. */
export interface AppointmentChange {
  type: string;
  appointmentId: string;
  replacesId?: string;
  patientId: string;
  doctorId: string;
  status: string;
  start: string;
  /** Absent for check-in and fulfilment. */
  end?: string;
  occurredAt: string;
}

/** connecting: the first attempt; live: caught up (`ready` seen); reconnecting: waiting to try again; stopped: refused or closed. */
export type LiveState = 'connecting' | 'live' | 'reconnecting' | 'stopped';

export interface LiveHandlers {
  change(change: AppointmentChange): void;
  /** The view may lack events (`reload`): load again what is shown. */
  reload(): void;
  state(state: LiveState): void;
}

export interface LiveDeps {
  fetch: typeof fetch;
  /** The current access token: read on every connection, so a refreshed token is used. */
  token: () => string | null;
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (timer: unknown) => void;
  /** 0 ≤ x < 1, for the jitter. */
  random: () => number;
}

export const FIRST_DELAY_MS = 1_000;
export const MAX_DELAY_MS = 30_000;

/**
 * How long to wait before the attempt after `failures` failed ones: doubling from the first
 * delay (the server's `retry:` when it sent one) up to 30 s, each drawn between half and all
 * of it, so clients cut off together by a restarting replica do not return together.
 */
export function backoffMs(failures: number, firstMs: number, random: () => number): number {
  const ceiling = Math.min(MAX_DELAY_MS, firstMs * 2 ** Math.min(failures, 16));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

const browserDeps = (token: () => string | null): LiveDeps => ({
  fetch: (input, init) => fetch(input, init),
  token,
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
  random: Math.random,
});

/**
 * `GET /api/events/stream` read with fetch (EventSource cannot send a Bearer header). Keeps the
 * last event id and resumes from it with `Last-Event-ID` after a lost connection and after the
 * server ends the stream (hourly), so no change is missed; backs off while the server is away.
 */
export class LiveStream {
  lastEventId = '';
  private failures = 0;
  private firstDelayMs = FIRST_DELAY_MS;
  private timer: unknown;
  private aborter: AbortController | null = null;
  private stopped = false;
  private readonly deps: LiveDeps;

  constructor(
    private readonly handlers: LiveHandlers,
    deps: LiveDeps | (() => string | null),
    private readonly path = '/api/events/stream',
  ) {
    this.deps = typeof deps === 'function' ? browserDeps(deps) : deps;
  }

  start(): void {
    this.stopped = false;
    this.handlers.state('connecting');
    void this.connect();
  }

  stop(): void {
    this.stopped = true;
    this.deps.clearTimeout(this.timer);
    this.aborter?.abort();
    this.handlers.state('stopped');
  }

  private async connect(): Promise<void> {
    const token = this.deps.token();
    if (!token) return this.retryLater();
    const headers: Record<string, string> = { Accept: 'text/event-stream', Authorization: `Bearer ${token}` };
    if (this.lastEventId) headers['Last-Event-ID'] = this.lastEventId;
    this.aborter = new AbortController();
    try {
      const response = await this.deps.fetch(this.path, { method: 'GET', headers, cache: 'no-store', signal: this.aborter.signal });
      if (response.status === 403) return this.refused();
      if (!response.ok || !response.body) return this.retryLater(retryAfterMs(response));
      await this.read(response.body);
    } catch {
      // a lost connection (or our own abort, checked below)
    }
    if (!this.stopped) this.retryLater();
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const parser = new SseParser(this.lastEventId);
    const reader = body.getReader();
    const decoder = new TextDecoder();
    for (;;) {
      const { done, value } = await reader.read();
      if (done || this.stopped) return;
      const chunk = parser.feed(decoder.decode(value, { stream: true }));
      if (chunk.retryMs !== undefined) this.firstDelayMs = Math.max(chunk.retryMs, 100);
      for (const event of chunk.events) this.handle(event);
    }
  }

  private handle(event: SseEvent): void {
    if (event.lastEventId) this.lastEventId = event.lastEventId;
    if (event.type === 'ready') {
      this.failures = 0;
      this.handlers.state('live');
    } else if (event.type === 'reload') {
      this.handlers.reload();
    } else if (event.type.startsWith('appointment.')) {
      const change = parseChange(event.data);
      if (change) this.handlers.change(change);
    }
  }

  private retryLater(serverDelayMs?: number): void {
    if (this.stopped) return;
    this.handlers.state('reconnecting');
    const delay = serverDelayMs ?? backoffMs(this.failures, this.firstDelayMs, this.deps.random);
    this.failures++;
    this.timer = this.deps.setTimeout(() => void this.connect(), delay);
  }

  private refused(): void {
    this.stopped = true;
    this.handlers.state('stopped');
  }
}

function parseChange(data: string): AppointmentChange | null {
  try {
    const change = JSON.parse(data) as AppointmentChange;
    return typeof change.appointmentId === 'string' && typeof change.doctorId === 'string' ? change : null;
  } catch {
    return null;
  }
}

/** A 429's or 503's `Retry-After` in seconds, capped like the back-off. */
function retryAfterMs(response: Response): number | undefined {
  const seconds = Number(response.headers.get('Retry-After'));
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds * 1000, MAX_DELAY_MS) : undefined;
}
