import { render } from 'preact';
import { Session } from './auth/session';
import { loadConfig } from './config';
import { App } from './pages/App';
import './styles.css';

async function start(root: HTMLElement): Promise<void> {
  const config = await loadConfig();
  // the page itself is the redirect target: Keycloak answers with ?code=…&state=…
  const session = new Session(config, `${location.origin}/`);
  let startError: string | undefined;
  try {
    const answer = await session.completeSignIn(new URLSearchParams(location.search));
    if (answer === null) {
      // a fresh load: Keycloak's session (if any) signs the user in again without a page
      await session.signIn(location.hash, true);
      return;
    }
    // the code and state leave the address bar (and the history) at once
    history.replaceState(null, '', `/${answer.returnTo.startsWith('#') ? answer.returnTo : ''}`);
  } catch (error) {
    history.replaceState(null, '', '/');
    startError = error instanceof Error ? error.message : 'Sign-in failed; please try again.';
  }
  // Preact renders beside children it did not create: the loading line goes first
  root.textContent = '';
  render(<App session={session} startError={startError} />, root);
}

const root = document.getElementById('app')!;
start(root).catch(() => {
  root.textContent = 'CareFlow could not start. Please reload the page in a moment.';
});
