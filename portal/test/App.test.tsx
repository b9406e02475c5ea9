import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '../src/auth/session';
import type { Tokens } from '../src/auth/tokens';
import { App } from '../src/pages/App';

const base64Url = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
const tokensWith = (roles: string[]): Tokens => ({
  accessToken: `h.${base64Url({ sub: 'user-1', given_name: 'Jane', realm_access: { roles } })}.s`,
  expiresAt: Date.now() + 300_000,
  lifetime: 300_000,
});

/** Stands in for Keycloak: the session as the page sees it. */
function sessionOf(tokens: Tokens | null) {
  return {
    current: tokens,
    subscribe: () => () => undefined,
    signIn: vi.fn(),
    signOut: vi.fn(),
    clear: vi.fn(),
  } as unknown as Session & { signIn: ReturnType<typeof vi.fn>; clear: ReturnType<typeof vi.fn> };
}

const answer = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status < 300 ? 'application/json' : 'application/problem+json' } });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('App', () => {
  it('offers to sign in, coming back to the page the user was on', () => {
    const session = sessionOf(null);
    location.hash = '#/appointments';
    render(<App session={session} />);

    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(session.signIn).toHaveBeenCalledWith('#/appointments');
    location.hash = '';
  });

  it('shows other roles their name and that their pages are coming', () => {
    render(<App session={sessionOf(tokensWith(['pharmacist']))} />);

    expect(screen.getByRole('heading', { name: 'Pharmacist' })).toBeTruthy();
    expect(screen.getByText(/coming soon/)).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Find a doctor' })).toBeNull();
  });

  it("opens a doctor's own day (the token's subject) and the live stream, both with the bearer token", async () => {
    const fetchMock = vi.fn((path: string) =>
      path.startsWith('/api/events/stream') ? new Promise<Response>(() => undefined) : Promise.resolve(answer(200, [])),
    );
    vi.stubGlobal('fetch', fetchMock);
    const tokens = tokensWith(['doctor']);
    render(<App session={sessionOf(tokens)} />);

    expect(screen.getByRole('heading', { name: 'My day' })).toBeTruthy();
    await screen.findAllByText('None');
    const paths = fetchMock.mock.calls.map(([path]) => path);
    expect(paths.some((p) => /^\/api\/appointments\?doctorId=user-1&date=/.test(p))).toBe(true);
    expect(paths).toContain('/api/events/stream');
    for (const call of fetchMock.mock.calls as unknown as [string, RequestInit][]) {
      expect((call[1].headers as Record<string, string>).Authorization).toBe(`Bearer ${tokens.accessToken}`);
    }
  });

  it('lists doctors for a patient, asking the API with the bearer token', async () => {
    const fetchMock = vi.fn().mockResolvedValue(answer(200, [{ id: 'd1', firstName: 'Ada', lastName: 'Lovelace', specialty: 'Cardiology' }]));
    vi.stubGlobal('fetch', fetchMock);
    const tokens = tokensWith(['patient']);
    render(<App session={sessionOf(tokens)} />);

    const link = await screen.findByRole('link', { name: 'See free times with Dr Ada Lovelace' });

    expect(link.getAttribute('href')).toBe('#/doctors/d1');
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/doctors?size=100');
    expect(init.headers.Authorization).toBe(`Bearer ${tokens.accessToken}`);
  });

  it('says in words that the directory is down, and asks to sign in again after a 401', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(answer(503, { status: 503, title: 'Service unavailable', service: 'doctor-service' })));
    render(<App session={sessionOf(tokensWith(['patient']))} />);
    expect((await screen.findByRole('alert')).textContent).toBe('The doctor directory is unavailable right now, try again in a moment.');
    cleanup();

    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(answer(401, { status: 401, title: 'Unauthorized' })));
    const session = sessionOf(tokensWith(['patient']));
    render(<App session={session} />);
    await vi.waitFor(() => expect(session.clear).toHaveBeenCalled());
  });
});
