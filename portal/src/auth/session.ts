import { realmUrl, type PortalConfig } from '../config';
import { authorizeUrl, challengeOf, randomToken, savePending, stateMatches, takePending } from './pkce';
import { refreshDelayMs, toTokens, type TokenResponse, type Tokens } from './tokens';

export type SessionListener = (tokens: Tokens | null) => void;

/**
 * The signed-in user's tokens, kept in this object only (never in web storage: a script
 * injected into the page could read storage long after the tab is closed), refreshed shortly
 * before they expire; a failed refresh signs out.
 */
export class Session {
  private tokens: Tokens | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<SessionListener>();

  constructor(
    private readonly config: PortalConfig,
    private readonly redirectUri: string,
  ) {}

  get current(): Tokens | null {
    return this.tokens;
  }

  subscribe(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Sends the browser to Keycloak. Silent: only Keycloak's own session may answer (no login
   * page), which keeps a user signed in across reloads although the tokens live in memory.
   */
  async signIn(returnTo: string, silent = false): Promise<void> {
    const verifier = randomToken();
    const state = randomToken();
    savePending(sessionStorage, { verifier, state, returnTo, silent });
    window.location.assign(
      authorizeUrl({
        authorizeEndpoint: `${realmUrl(this.config)}/auth`,
        clientId: this.config.clientId,
        redirectUri: this.redirectUri,
        state,
        challenge: await challengeOf(verifier),
        silent,
      }),
    );
  }

  /**
   * Redeems Keycloak's answer when the page was opened by it: where the user was going, and
   * whether they are now signed in (a silent sign-in may find no Keycloak session). Null when
   * this page load is not a sign-in answer.
   */
  async completeSignIn(search: URLSearchParams): Promise<{ returnTo: string; signedIn: boolean } | null> {
    if (!search.has('code') && !search.has('error')) return null;
    const pending = takePending(sessionStorage);
    if (!stateMatches(pending, search.get('state'))) throw new Error('This sign-in answer was not for this page; please sign in again.');
    if (search.has('error')) {
      if (pending.silent) return { returnTo: pending.returnTo, signedIn: false };
      throw new Error('Sign-in was cancelled or refused.');
    }
    await this.requestTokens({
      grant_type: 'authorization_code',
      code: search.get('code') ?? '',
      redirect_uri: this.redirectUri,
      client_id: this.config.clientId,
      code_verifier: pending.verifier,
    });
    return { returnTo: pending.returnTo, signedIn: true };
  }

  signOut(): void {
    const idToken = this.tokens?.idToken;
    this.clear();
    const url = new URL(`${realmUrl(this.config)}/logout`);
    url.search = new URLSearchParams({
      client_id: this.config.clientId,
      post_logout_redirect_uri: this.redirectUri,
      ...(idToken ? { id_token_hint: idToken } : {}),
    }).toString();
    window.location.assign(url.toString());
  }

  /** Forgets the tokens (an expired session, a 401): the page asks to sign in again. */
  clear(): void {
    clearTimeout(this.timer);
    this.tokens = null;
    this.notify();
  }

  private async refresh(): Promise<void> {
    const refreshToken = this.tokens?.refreshToken;
    if (!refreshToken) return this.clear();
    try {
      await this.requestTokens({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: this.config.clientId });
    } catch {
      this.clear();
    }
  }

  private async requestTokens(form: Record<string, string>): Promise<void> {
    const response = await fetch(`${realmUrl(this.config)}/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form),
    });
    if (!response.ok) throw new Error(`Sign-in failed (${response.status}); please sign in again.`);
    const previousIdToken = this.tokens?.idToken;
    const tokens = toTokens((await response.json()) as TokenResponse, Date.now());
    this.tokens = { ...tokens, idToken: tokens.idToken ?? previousIdToken };
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), refreshDelayMs(this.tokens, Date.now()));
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener(this.tokens);
  }
}
