import { ApiError, type Problem } from './problems';

/** Supplies the current access token; null when signed out. */
export type TokenSource = () => string | null;

/** Calls the public API through the gateway (same origin) with the user's Bearer token. */
export class Api {
  constructor(private readonly token: TokenSource) {}

  get<T>(path: string): Promise<T> {
    return this.call<T>('GET', path).then((answer) => answer.body);
  }

  /** One page of a list, with the API's `Link: <…>; rel="next"` when more follow. */
  async page<T>(path: string): Promise<Page<T>> {
    const answer = await this.call<T[]>('GET', path);
    return { items: answer.body, next: nextLink(answer.link) };
  }

  post<T>(path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    return this.call<T>('POST', path, body, headers).then((answer) => answer.body);
  }

  put<T>(path: string, body: unknown): Promise<T> {
    return this.call<T>('PUT', path, body).then((answer) => answer.body);
  }

  delete(path: string): Promise<void> {
    return this.call<void>('DELETE', path).then(() => undefined);
  }

  private async call<T>(method: string, path: string, body?: unknown, extra: Record<string, string> = {}): Promise<{ body: T; link: string | null }> {
    const token = this.token();
    if (!token) throw new ApiError(401);
    const headers: Record<string, string> = { Accept: 'application/json', Authorization: `Bearer ${token}`, ...extra };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store' });
    } catch {
      throw new ApiError(0);
    }
    if (!response.ok) throw new ApiError(response.status, await problemOf(response));
    const answer = (response.status === 204 ? undefined : await response.json()) as T;
    return { body: answer, link: response.headers.get('Link') };
  }
}

export interface Page<T> {
  items: T[];
  /** The same-origin path of the next page; null on the last. */
  next: string | null;
}

/**
 * The `rel="next"` target of a Link header, as a path on this origin: the services write
 * their own absolute URLs, and the page must keep talking to the gateway it came from.
 */
export function nextLink(header: string | null): string | null {
  for (const part of (header ?? '').split(',')) {
    const match = part.match(/<([^>]+)>\s*;.*\brel="?next"?/i);
    if (match) {
      const url = new URL(match[1], 'http://gateway.invalid');
      return url.pathname.startsWith('/api/') ? `${url.pathname}${url.search}` : null;
    }
  }
  return null;
}

async function problemOf(response: Response): Promise<Problem> {
  try {
    return (await response.json()) as Problem;
  } catch {
    return {};
  }
}

export interface Doctor {
  id: string;
  firstName: string;
  lastName: string;
  specialty: string;
}

export interface Slot {
  doctorId: string;
  start: string;
  end: string;
}

export interface Appointment {
  id: string;
  doctorId: string;
  start: string;
  end: string;
  /** booked, arrived, fulfilled, cancelled, noshow, entered-in-error */
  status: string;
  /** The doctor's zone, as scheduling confirmed it. */
  timeZone?: string;
  cancellationReason?: string;
  replacedBy?: string;
}

export interface WaitlistEntry {
  id: string;
  doctorId?: string;
  specialty?: string;
  from: string;
  to: string;
  offer?: { id: string; doctorId: string; start: string; end: string; timeZone?: string; expiresAt: string };
}

export const doctorName = (doctor: Doctor): string => `Dr ${doctor.firstName} ${doctor.lastName}`;
