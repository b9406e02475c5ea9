import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { authorizeUrl, challengeOf, randomToken, savePending, stateMatches, takePending } from '../src/auth/pkce';

describe('PKCE', () => {
  it('derives the S256 challenge: BASE64URL(SHA-256(verifier)) without padding', async () => {
    const verifier = randomToken();
    const expected = createHash('sha256').update(verifier).digest('base64url');

    expect(await challengeOf(verifier)).toBe(expected);
    expect(expected).not.toContain('=');
  });

  it('makes a fresh 43-character URL-safe verifier every time', () => {
    const a = randomToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(randomToken()).not.toBe(a);
  });

  it('asks Keycloak for a code with the S256 challenge and the state', () => {
    const url = new URL(
      authorizeUrl({
        authorizeEndpoint: 'http://localhost:8180/realms/careflow/protocol/openid-connect/auth',
        clientId: 'careflow-web',
        redirectUri: 'http://localhost:8080/',
        state: 'the-state',
        challenge: 'the-challenge',
      }),
    );
    expect(url.origin + url.pathname).toBe('http://localhost:8180/realms/careflow/protocol/openid-connect/auth');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'careflow-web',
      redirect_uri: 'http://localhost:8080/',
      scope: 'openid',
      state: 'the-state',
      code_challenge: 'the-challenge',
      code_challenge_method: 'S256',
    });
  });
});

describe('a silent sign-in', () => {
  it('asks Keycloak never to show a login page', () => {
    const request = { authorizeEndpoint: 'http://kc/auth', clientId: 'c', redirectUri: 'http://gw/', state: 's', challenge: 'x' };
    expect(new URL(authorizeUrl({ ...request, silent: true })).searchParams.get('prompt')).toBe('none');
    expect(new URL(authorizeUrl(request)).searchParams.has('prompt')).toBe(false);
  });
});

describe('the pending sign-in', () => {
  beforeEach(() => sessionStorage.clear());

  it('is removed from storage as soon as it is read', () => {
    savePending(sessionStorage, { verifier: 'v', state: 's', returnTo: '#/appointments' });

    expect(takePending(sessionStorage)).toEqual({ verifier: 'v', state: 's', returnTo: '#/appointments' });
    expect(sessionStorage.length).toBe(0);
    expect(takePending(sessionStorage)).toBeNull();
  });

  it('accepts only the state this browser sent', () => {
    const pending = { verifier: 'v', state: 's1', returnTo: '' };
    expect(stateMatches(pending, 's1')).toBe(true);
    expect(stateMatches(pending, 's2')).toBe(false);
    expect(stateMatches(pending, null)).toBe(false);
    expect(stateMatches(null, 's1')).toBe(false);
    expect(stateMatches({ ...pending, state: '' }, '')).toBe(false);
  });

  it('ignores a corrupted entry', () => {
    sessionStorage.setItem('careflow.signin', '{not json');
    expect(takePending(sessionStorage)).toBeNull();
  });
});
