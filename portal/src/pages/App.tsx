import { useEffect, useMemo, useState } from 'preact/hooks';
import { Api } from '../api/client';
import { LiveStream, type LiveHandlers } from '../live/stream';
import type { Session } from '../auth/session';
import { claimsOf, primaryRole, type Tokens } from '../auth/tokens';
import { DoctorWeek } from './DoctorWeek';
import { FindDoctor } from './FindDoctor';
import { MyAppointments } from './MyAppointments';
import { Notice } from './Notice';
import { Reschedule } from './Reschedule';
import { Waitlist } from './Waitlist';
import { Portal } from './context';
import { DayView } from './staff/DayView';
import { NurseDay } from './staff/NurseDay';

const ROLE_NAMES: Record<string, string> = {
  doctor: 'Doctor',
  nurse: 'Nurse',
  pharmacist: 'Pharmacist',
  admin: 'Administrator',
};

/** Hash routes carry ids only, never health data: #/, #/doctors/{id}, #/appointments, #/appointments/{id}/reschedule, #/waitlist. */
function useHash(): string {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const changed = () => setHash(location.hash);
    addEventListener('hashchange', changed);
    return () => removeEventListener('hashchange', changed);
  }, []);
  return hash;
}

function PatientPages({ hash, patientId }: { hash: string; patientId: string }) {
  const doctor = hash.match(/^#\/doctors\/([A-Za-z0-9-]{1,64})$/);
  if (doctor) return <DoctorWeek doctorId={doctor[1]} />;
  const moving = hash.match(/^#\/appointments\/([A-Za-z0-9-]{1,64})\/reschedule$/);
  if (moving) return <Reschedule appointmentId={moving[1]} />;
  if (hash === '#/appointments') return <MyAppointments patientId={patientId} />;
  if (hash === '#/waitlist') return <Waitlist />;
  return <FindDoctor />;
}

export function App({ session, startError }: { session: Session; startError?: string }) {
  const [tokens, setTokens] = useState<Tokens | null>(session.current);
  const [message, setMessage] = useState<string | null>(startError ?? null);
  const hash = useHash();
  useEffect(() => session.subscribe(setTokens), [session]);
  const portal = useMemo(
    () => ({
      api: new Api(() => session.current?.accessToken ?? null),
      signedOut: (text: string) => {
        setMessage(text);
        session.clear();
      },
      live: (handlers: LiveHandlers) => new LiveStream(handlers, () => session.current?.accessToken ?? null),
    }),
    [session],
  );

  if (!tokens) {
    return (
      <main id="main" class="signin">
        <h1>CareFlow</h1>
        <p>Book and manage your visits.</p>
        <Notice error={message} />
        <button type="button" class="primary" onClick={() => void session.signIn(location.hash)}>
          Sign in
        </button>
      </main>
    );
  }

  const claims = claimsOf(tokens.accessToken);
  const role = primaryRole(claims);
  const name = claims.given_name ?? claims.name ?? claims.preferred_username ?? '';
  return (
    <Portal.Provider value={portal}>
      <header class="top">
        <strong class="brand">CareFlow</strong>
        {role === 'patient' && (
          <nav aria-label="Main">
            <a href="#/" aria-current={hash.startsWith('#/doctors') || hash === '#/' || hash === '' ? 'page' : undefined}>
              Find a doctor
            </a>
            <a href="#/appointments" aria-current={hash.startsWith('#/appointments') ? 'page' : undefined}>
              My appointments
            </a>
            <a href="#/waitlist" aria-current={hash === '#/waitlist' ? 'page' : undefined}>
              Waitlist
            </a>
          </nav>
        )}
        <span class="who">{name}</span>
        <button type="button" onClick={() => session.signOut()}>
          Sign out
        </button>
      </header>
      <main id="main">
        {role === 'patient' ? (
          <PatientPages hash={hash} patientId={claims.sub ?? ''} />
        ) : role === 'doctor' ? (
          // a doctor's login id is their doctor id (doctor-service), so the token's subject names their calendar
          <DayView doctorId={claims.sub ?? ''} role="doctor" heading="My day" />
        ) : role === 'nurse' ? (
          <NurseDay />
        ) : (
          <section>
            <h2>{role ? ROLE_NAMES[role] : 'No CareFlow role'}</h2>
            <p>Pages for your role are coming soon. Until then, use the API through your usual app.</p>
          </section>
        )}
      </main>
    </Portal.Provider>
  );
}
