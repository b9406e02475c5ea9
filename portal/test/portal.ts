import { vi } from 'vitest';
import { Api } from '../src/api/client';

/** A JSON answer as the gateway sends it. */
export const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status < 300 ? 'application/json' : 'application/problem+json', ...headers },
  });

/** Stands in for the gateway: each call answered by the first route whose test matches "METHOD path". */
export function gateway(routes: [RegExp, (init: RequestInit) => Response][]) {
  const fetchMock = vi.fn(async (path: string, init: RequestInit) => {
    const call = `${init.method} ${path}`;
    const route = routes.find(([pattern]) => pattern.test(call));
    if (!route) throw new Error(`unexpected call: ${call}`);
    return route[1](init);
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

import type { LiveHandlers } from '../src/live/stream';

/** A stand-in event stream: the test plays the server through `handlers`. */
export function fakeLive() {
  const opened: LiveHandlers[] = [];
  return {
    opened,
    live: (handlers: LiveHandlers) => ({ start: () => opened.push(handlers), stop: vi.fn() }),
  };
}

export const portal = (live = fakeLive().live) => ({ api: new Api(() => 'token'), signedOut: vi.fn(), live });
