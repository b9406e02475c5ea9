/**
 * Authorization code + PKCE (RFC 7636, S256) for a public client: the verifier proves that
 * whoever redeems the code is the page that asked for it, and the state ties the answer to
 * this browser's request (no login CSRF).
 */

const STORAGE_KEY = 'careflow.signin';

/** What survives the round trip through Keycloak's login page, and nothing more. */
export interface PendingSignIn {
  verifier: string;
  state: string;
  returnTo: string;
  /** Asked with prompt=none: "not signed in" is then an answer, not a failure. */
  silent?: boolean;
}

export function base64Url(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** 32 random bytes: a 43-character verifier, within RFC 7636's 43–128. */
export function randomToken(): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(32)));
}

export async function challengeOf(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

export interface AuthorizeRequest {
  authorizeEndpoint: string;
  clientId: string;
  redirectUri: string;
  state: string;
  challenge: string;
  /** Never show a login page: answer at once from Keycloak's own session, or with an error. */
  silent?: boolean;
}

export function authorizeUrl(request: AuthorizeRequest): string {
  const url = new URL(request.authorizeEndpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: request.clientId,
    redirect_uri: request.redirectUri,
    scope: 'openid',
    state: request.state,
    code_challenge: request.challenge,
    code_challenge_method: 'S256',
    ...(request.silent ? { prompt: 'none' } : {}),
  }).toString();
  return url.toString();
}

export function savePending(storage: Storage, pending: PendingSignIn): void {
  storage.setItem(STORAGE_KEY, JSON.stringify(pending));
}

/**
 * Reads and removes the pending sign-in at once, so the verifier lives in storage only for
 * the redirect, and a reloaded or replayed answer finds nothing to redeem.
 */
export function takePending(storage: Storage): PendingSignIn | null {
  const raw = storage.getItem(STORAGE_KEY);
  storage.removeItem(STORAGE_KEY);
  if (!raw) return null;
  try {
    const pending = JSON.parse(raw) as PendingSignIn;
    return typeof pending.verifier === 'string' && typeof pending.state === 'string' ? pending : null;
  } catch {
    return null;
  }
}

/** The state Keycloak sent back must be exactly the one this browser sent. */
export function stateMatches(pending: PendingSignIn | null, returned: string | null): pending is PendingSignIn {
  return pending !== null && returned !== null && returned.length > 0 && pending.state === returned;
}
