import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { savePending } from '../src/auth/pkce';
import { Session } from '../src/auth/session';

const config = { keycloakUrl: 'http://localhost:8180', realm: 'careflow', clientId: 'careflow-web' };
const TOKEN_ENDPOINT = 'http://localhost:8180/realms/careflow/protocol/openid-connect/token';
const tokenAnswer = (access: string) =>
  new Response(JSON.stringify({ access_token: access, expires_in: 300, refresh_token: `r-${access}`, id_token: 'id' }), { status: 200 });
const formOf = (call: unknown[]) => Object.fromEntries(new URLSearchParams(String((call[1] as RequestInit).body)));

describe('Session', () => {
  let fetchMock: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    sessionStorage.clear();
    fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('redeems the code with the verifier when the state matches, and forgets the verifier', async () => {
    savePending(sessionStorage, { verifier: 'the-verifier', state: 'the-state', returnTo: '#/appointments' });
    fetchMock.mockResolvedValue(tokenAnswer('a1'));
    const session = new Session(config, 'http://localhost:8080/');

    const answer = await session.completeSignIn(new URLSearchParams('code=c1&state=the-state'));

    expect(answer).toEqual({ returnTo: '#/appointments', signedIn: true });
    expect(fetchMock.mock.calls[0][0]).toBe(TOKEN_ENDPOINT);
    expect(formOf(fetchMock.mock.calls[0])).toEqual({
      grant_type: 'authorization_code',
      code: 'c1',
      redirect_uri: 'http://localhost:8080/',
      client_id: 'careflow-web',
      code_verifier: 'the-verifier',
    });
    expect(session.current?.accessToken).toBe('a1');
    expect(sessionStorage.length).toBe(0);
  });

  it('refuses an answer with another state and redeems nothing', async () => {
    savePending(sessionStorage, { verifier: 'v', state: 'mine', returnTo: '' });
    const session = new Session(config, 'http://localhost:8080/');

    await expect(session.completeSignIn(new URLSearchParams('code=c1&state=forged'))).rejects.toThrow(/not for this page/);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(session.current).toBeNull();
  });

  it('takes "no Keycloak session" after a silent sign-in as signed out, not as a failure', async () => {
    savePending(sessionStorage, { verifier: 'v', state: 's', returnTo: '#/', silent: true });
    const session = new Session(config, 'http://localhost:8080/');

    await expect(session.completeSignIn(new URLSearchParams('error=login_required&state=s'))).resolves.toEqual({ returnTo: '#/', signedIn: false });
  });

  it('refreshes 30 s before the token expires, and signs out when the refresh is refused', async () => {
    vi.useFakeTimers();
    savePending(sessionStorage, { verifier: 'v', state: 's', returnTo: '' });
    fetchMock.mockResolvedValueOnce(tokenAnswer('a1')).mockResolvedValueOnce(tokenAnswer('a2')).mockResolvedValueOnce(new Response('{}', { status: 400 }));
    const session = new Session(config, 'http://localhost:8080/');
    await session.completeSignIn(new URLSearchParams('code=c&state=s'));

    await vi.advanceTimersByTimeAsync(269_000);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(formOf(fetchMock.mock.calls[1])).toMatchObject({ grant_type: 'refresh_token', refresh_token: 'r-a1' });
    expect(session.current?.accessToken).toBe('a2');

    await vi.advanceTimersByTimeAsync(270_000);
    expect(session.current).toBeNull();
  });
});
