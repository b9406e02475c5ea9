import { describe, expect, it } from 'vitest';
import { claimsOf, primaryRole, refreshDelayMs, toTokens } from '../src/auth/tokens';

const NOW = 1_000_000;

describe('token refresh timing', () => {
  it('refreshes a five-minute token 30 seconds before it expires', () => {
    const tokens = toTokens({ access_token: 'a', expires_in: 300 }, NOW);
    expect(tokens.expiresAt).toBe(NOW + 300_000);
    expect(refreshDelayMs(tokens, NOW)).toBe(270_000);
  });

  it('refreshes a short-lived token at 80 % of its life, not in a loop', () => {
    const tokens = toTokens({ access_token: 'a', expires_in: 60 }, NOW);
    expect(refreshDelayMs(tokens, NOW)).toBe(48_000);
  });

  it('counts from the time already passed', () => {
    const tokens = toTokens({ access_token: 'a', expires_in: 300 }, NOW);
    expect(refreshDelayMs(tokens, NOW + 200_000)).toBe(70_000);
  });

  it('refreshes at once when the token has already expired', () => {
    const tokens = toTokens({ access_token: 'a', expires_in: 300 }, NOW);
    expect(refreshDelayMs(tokens, NOW + 400_000)).toBe(0);
  });
});

describe('claims', () => {
  const utf8Base64Url = (text: string) =>
    btoa(String.fromCharCode(...new TextEncoder().encode(text))).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  const jwt = (payload: object) => `h.${utf8Base64Url(JSON.stringify(payload))}.s`;

  it('reads the realm roles and picks the patient pages first', () => {
    const claims = claimsOf(jwt({ given_name: 'Zoë', realm_access: { roles: ['offline_access', 'doctor', 'patient'] } }));
    expect(claims.given_name).toBe('Zoë');
    expect(primaryRole(claims)).toBe('patient');
  });

  it('knows no role when the token carries none of CareFlow', () => {
    expect(primaryRole(claimsOf(jwt({ realm_access: { roles: ['offline_access'] } })))).toBeNull();
  });
});
