import { describe, expect, it, vi } from 'vitest';
import { backoffMs, LiveStream, MAX_DELAY_MS, type LiveDeps, type LiveHandlers } from '../src/live/stream';

/** A server answer whose body is the given chunks, then its end (the hourly end, or a cut). */
const streamOf = (...chunks: string[]) =>
  new Response(
    new ReadableStream({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
        controller.close();
      },
    }),
    { status: 200, headers: { 'Content-Type': 'text/event-stream' } },
  );

function harness(answers: (() => Response | Promise<Response>)[], token: () => string | null = () => 'token-1') {
  const timers: { run: () => void; ms: number }[] = [];
  const calls: RequestInit[] = [];
  const deps: LiveDeps = {
    fetch: vi.fn(async (_path: RequestInfo | URL, init?: RequestInit) => {
      calls.push(init ?? {});
      const next = answers.shift();
      if (!next) return new Promise<Response>(() => undefined); // the last stream stays open
      return next();
    }),
    token,
    setTimeout: (run, ms) => timers.push({ run, ms }),
    clearTimeout: () => undefined,
    random: () => 1 - Number.EPSILON,
  };
  const handlers: LiveHandlers & { states: string[] } = {
    states: [],
    change: vi.fn(),
    reload: vi.fn(),
    state: (s) => handlers.states.push(s),
  };
  return { deps, handlers, timers, calls, header: (i: number, name: string) => (calls[i].headers as Record<string, string>)[name] };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('backoffMs', () => {
  it('doubles from the first delay up to 30 s, drawn between half and all of it', () => {
    const most = () => 0.999999;
    expect([0, 1, 2, 3].map((n) => backoffMs(n, 1000, most))).toEqual([1000, 2000, 4000, 8000]);
    expect(backoffMs(20, 1000, most)).toBe(MAX_DELAY_MS);
    expect(backoffMs(0, 1000, () => 0)).toBe(500);
  });
});

describe('LiveStream', () => {
  it('reports live on ready, hands over appointment changes, and asks to reload on reload', async () => {
    const booked = '{"type":"appointment.booked","appointmentId":"a-1","patientId":"p-1","doctorId":"d-1","status":"booked","start":"2026-12-02T10:00:00Z"}';
    const h = harness([() => streamOf('event:ready\nid:0-1\ndata:{}\n\n', `id:0-2\nevent:appointment.booked\ndata:${booked}\n\n`, 'event:reload\ndata:{"reason":"unknown-position"}\n\n')]);
    const stream = new LiveStream(h.handlers, h.deps);

    stream.start();
    await settle();

    expect(h.handlers.states.slice(0, 2)).toEqual(['connecting', 'live']);
    expect(h.handlers.change).toHaveBeenCalledWith(expect.objectContaining({ appointmentId: 'a-1', doctorId: 'd-1' }));
    expect(h.handlers.reload).toHaveBeenCalledOnce();
    expect(h.header(0, 'Authorization')).toBe('Bearer token-1');
    expect(h.header(0, 'Last-Event-ID')).toBeUndefined();
  });

  it('resumes after the stream ends with Last-Event-ID and the token of that moment', async () => {
    let token = 'token-1';
    const h = harness([() => streamOf('id:0-5\nevent:ready\ndata:{}\n\n', 'id:0-6\nevent:appointment.cancelled\ndata:{"appointmentId":"a","doctorId":"d"}\n\n')], () => token);
    const stream = new LiveStream(h.handlers, h.deps);

    stream.start();
    await settle();
    expect(h.handlers.states.at(-1)).toBe('reconnecting');
    token = 'token-2'; // refreshed meanwhile
    h.timers[0].run();
    await settle();

    expect(h.calls).toHaveLength(2);
    expect(h.header(1, 'Last-Event-ID')).toBe('0-6');
    expect(h.header(1, 'Authorization')).toBe('Bearer token-2');
    expect(stream.lastEventId).toBe('0-6');
  });

  it('backs off longer after each failed attempt and starts over once the stream is caught up', async () => {
    const down = () => Promise.reject(new TypeError('network down'));
    const h = harness([down, down, () => new Response(null, { status: 502 }), () => streamOf('id:9\nevent:ready\ndata:{}\n\n')]);
    const stream = new LiveStream(h.handlers, h.deps);

    stream.start();
    for (let i = 0; i < 4; i++) {
      await settle();
      h.timers[i].run();
    }
    await settle();

    // the fourth wait follows a stream that was caught up: back to the first delay, not 8 s
    expect(h.timers.map((t) => t.ms)).toEqual([1000, 2000, 4000, 1000]);
    expect(h.handlers.states).toContain('live');
    expect(h.calls).toHaveLength(5);
    expect(h.header(4, 'Last-Event-ID')).toBe('9');
  });

  it('follows the server: its retry as the first delay, Retry-After on a 503', async () => {
    const h = harness([() => new Response(null, { status: 503, headers: { 'Retry-After': '10' } }), () => streamOf('retry:3000\nevent:ready\ndata:{}\n\n')]);
    const stream = new LiveStream(h.handlers, h.deps);

    stream.start();
    await settle();
    h.timers[0].run();
    await settle();

    expect(h.timers.map((t) => t.ms)).toEqual([10_000, 3000]);
  });

  it('stops on a 403 (a role without a stream) and after stop() tries no more', async () => {
    const h = harness([() => new Response(null, { status: 403 })]);
    const stream = new LiveStream(h.handlers, h.deps);

    stream.start();
    await settle();

    expect(h.handlers.states.at(-1)).toBe('stopped');
    expect(h.timers).toHaveLength(0);
  });
});
