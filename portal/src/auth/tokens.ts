/** The token endpoint's answer, as far as the portal uses it. */
export interface TokenResponse {
  access_token: string;
  expires_in: number;
  refresh_token?: string;
  refresh_expires_in?: number;
  id_token?: string;
}

export interface Tokens {
  accessToken: string;
  refreshToken?: string;
  idToken?: string;
  /** Epoch milliseconds at which the access token expires. */
  expiresAt: number;
  /** How long the access token lives, in milliseconds. */
  lifetime: number;
}

export function toTokens(response: TokenResponse, now: number): Tokens {
  return {
    accessToken: response.access_token,
    refreshToken: response.refresh_token,
    idToken: response.id_token,
    expiresAt: now + response.expires_in * 1000,
    lifetime: response.expires_in * 1000,
  };
}

/** Longest margin before expiry: covers a slow network and a clock a little off. */
const MAX_MARGIN_MS = 30_000;

/**
 * When to refresh: 30 s before expiry, or at 80 % of the lifetime for tokens that live under
 * 2.5 minutes (so a short-lived token is not refreshed in a loop), never in the past.
 */
export function refreshDelayMs(tokens: Tokens, now: number): number {
  const margin = Math.min(MAX_MARGIN_MS, tokens.lifetime * 0.2);
  return Math.max(0, Math.floor(tokens.expiresAt - margin - now));
}

export interface Claims {
  sub?: string;
  name?: string;
  given_name?: string;
  preferred_username?: string;
  realm_access?: { roles?: string[] };
}

/** Reads a JWT's payload for display only; the gateway and the services verify it. */
export function claimsOf(jwt: string): Claims {
  const payload = jwt.split('.')[1] ?? '';
  const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '=')), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as Claims;
}

const ROLES = ['patient', 'doctor', 'nurse', 'pharmacist', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** The first CareFlow role the token carries, in the order above (a patient sees patient pages). */
export function primaryRole(claims: Claims): Role | null {
  const roles = claims.realm_access?.roles ?? [];
  return ROLES.find((role) => roles.includes(role)) ?? null;
}
