/**
 * One message carried to the next page (e.g. "Moved to …" shown on My appointments after a
 * reschedule). In memory only: it names a time, which is health data, so never the URL.
 */
let pending: string | null = null;

export const flash = {
  set(message: string): void {
    pending = message;
  },
  take(): string | null {
    const message = pending;
    pending = null;
    return message;
  },
};
