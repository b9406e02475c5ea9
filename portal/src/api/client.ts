import { ApiError, type Problem } from './problems';

/** Supplies the current access token; null when signed out. */
export type TokenSource = () => string | null;

/** Calls the public API through the gateway (same origin) with the user's Bearer token. */
export class Api {
  constructor(private readonly token: TokenSource) {}

  get<T>(path: string): Promise<T> {
    return this.call<T>('GET', path);
  }

  post<T>(path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    return this.call<T>('POST', path, body, headers);
  }

  private async call<T>(method: string, path: string, body?: unknown, extra: Record<string, string> = {}): Promise<T> {
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
    return (response.status === 204 ? undefined : await response.json()) as T;
  }
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
  status: string;
  timeZone?: string;
}

export const doctorName = (doctor: Doctor): string => `Dr ${doctor.firstName} ${doctor.lastName}`;
