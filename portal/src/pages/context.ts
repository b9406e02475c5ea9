import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Api } from '../api/client';
import { ApiError, messageFor, type Action } from '../api/problems';
import type { LiveHandlers } from '../live/stream';

export interface PortalContext {
  api: Api;
  /** A 401: the session is over, the page asks to sign in again. */
  signedOut: (message: string) => void;
  /** Opens the live event stream with the user's current token; returns how to close it. */
  live: (handlers: LiveHandlers) => { start(): void; stop(): void };
}

export const Portal = createContext<PortalContext | null>(null);

export function usePortal(): PortalContext {
  const portal = useContext(Portal);
  if (!portal) throw new Error('usePortal outside <Portal.Provider>');
  return portal;
}

/** Turns any failure into words, and ends the session on a 401. */
export function useFailure(): (error: unknown, action: Action) => string {
  const { signedOut } = usePortal();
  return (error, action) => {
    const apiError = error instanceof ApiError ? error : new ApiError(0);
    const message = messageFor(apiError, action);
    if (apiError.status === 401) signedOut(message);
    return message;
  };
}
